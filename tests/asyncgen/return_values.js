// return v awaits v: values, promises, thenables, rejected promises caught inside, bare return
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* a() { return 1; }
async function* b() { return Promise.resolve(2); }
async function* c() { return { then(r) { r(3); } }; }
async function* d() { try { return Promise.reject(new Error('rej')); } catch (e) { yield 'caught ' + e.message; } }
async function* e() { yield 0; return; }
async function* f() { return Promise.reject(new Error('out')); }
ticker(20);
const log = (k) => (r) => console.log(k, JSON.stringify(r));
a().next().then(log('a'));
b().next().then(log('b'));
c().next().then(log('c'));
const dd = d(); dd.next().then(log('d1')); dd.next().then(log('d2'));
const ee = e(); ee.next().then(log('e1')); ee.next().then(log('e2'));
f().next().then(log('f'), (err) => console.log('f rejected', err.message));
