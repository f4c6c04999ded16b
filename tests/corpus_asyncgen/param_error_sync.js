// a throwing default parameter makes an async generator call throw synchronously
const boom = () => { throw new Error('param'); };
async function* ag(a = boom()) { yield a; }
async function af(a = boom()) {}
af().catch(e => console.log('af rejected:', e.message));
try { ag(); } catch (e) { console.log('ag threw sync:', e.message); }
