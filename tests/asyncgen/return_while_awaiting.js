// return() and throw() queued while the body awaits, then the body yields
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', String(e))];
async function* g() { try { await new Promise((r) => setTimeout(r, 2)); yield 'late'; yield 'never'; } finally { console.log('finally'); } }
ticker(10);
const it = g();
it.next().then(...log('n1'));
it.return('R').then(...log('r'));
it.throw('T').then(...log('t'));
it.next().then(...log('n2'));
