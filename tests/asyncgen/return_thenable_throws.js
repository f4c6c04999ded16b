// return() with thenables whose then throws or whose constructor getter throws
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', e && e.message || e)];
async function* g() { yield 1; }
ticker(10);
g().return({ then() { throw new Error('then threw'); } }).then(...log('start'));
const p = Promise.resolve('p');
Object.defineProperty(p, 'constructor', { get() { throw new Error('ctor getter'); } });
g().return(p).then(...log('ctor'));
const it = g(); it.next(); it.return({ then(r) { r('adopted'); } }).then(...log('yield'));
