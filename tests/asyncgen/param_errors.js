// parameter errors throw synchronously at the call; the body waits for the first next()
async function* g(a = boom()) { console.log('body'); yield a; }
function boom() { throw new Error('param'); }
async function* h({ x }) { yield x; }
try { g(); } catch (e) { console.log('sync', e.message); }
try { h(); } catch (e) { console.log('sync', e.name); }
const it = g(1);
console.log('created');
it.next().then((r) => console.log(JSON.stringify(r)));
console.log('after next');
