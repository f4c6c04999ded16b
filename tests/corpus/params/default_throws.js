// a throwing default parameter rejects an async function but throws synchronously from a generator (checklist 20)
const boom = () => { throw new Error('param'); };
async function af(a = boom()) { console.log('af body never runs'); }
function* g(a = boom()) {}
const arrow = async (a = boom()) => {};
af().catch(e => console.log('af rejected:', e.message));
arrow().catch(e => console.log('arrow rejected:', e.message));
try { g(); } catch (e) { console.log('g threw sync:', e.message); }
console.log('sync end');
