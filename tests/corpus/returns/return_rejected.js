// returning a rejected promise vs throwing vs return await of a rejection
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
async function a() { return Promise.reject(new Error('returned rejection')); }
async function b() { throw new Error('thrown'); }
async function c() { return await Promise.reject(new Error('awaited rejection')); }
a().catch(e => console.log('a', e.message));
b().catch(e => console.log('b', e.message));
c().catch(e => console.log('c', e.message));
console.log('sync');
