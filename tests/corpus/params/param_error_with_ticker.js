// the rejection from a parameter error is observable at level 1, like a throw in the body
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(3);
async function p({ v }) { return v; }
async function b() { throw new Error('body'); }
p(undefined).catch(e => console.log('param rejection', e.name));
b().catch(e => console.log('body rejection', e.message));
(async () => { try { await p(null); } catch (e) { console.log('awaited param rejection', e.name); } })();
