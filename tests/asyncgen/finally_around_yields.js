// try/finally around yields: return() runs finally, which may yield and await, or override
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
ticker(30);
const log = (k) => (r) => console.log(k, JSON.stringify(r));
async function* a() { try { yield 1; } finally { console.log('a finally'); await null; console.log('a after await'); yield 'from-finally'; console.log('a end'); } }
const ia = a(); ia.next().then(log('a1')); ia.return('R').then(log('a2')); ia.next().then(log('a3')); ia.next().then(log('a4'));
async function* b() { try { yield 1; } finally { return 'override'; } }
const ib = b(); ib.next().then(log('b1')); ib.return('R').then(log('b2'));
async function* c() { try { try { yield 1; } finally { console.log('inner finally'); } } finally { console.log('outer finally'); } }
const ic = c(); ic.next().then(log('c1')); ic.throw(new Error('x')).then(log('c2'), (e) => console.log('c2 rejected', e.message));
async function* d() { try { yield 1; } catch (e) { console.log('d caught', e); } finally { yield 'd-finally'; } }
const id = d(); id.next().then(log('d1')); id.return(Promise.resolve('dr')).then(log('d2')); id.next().then(log('d3'));
