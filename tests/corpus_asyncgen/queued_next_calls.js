// three next() calls issued at once on an async generator settle at levels 2, 3, 3
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
async function* gen() { yield 1; yield 2; }
const it = gen();
it.next().then(r => console.log('first', JSON.stringify(r)));
it.next().then(r => console.log('second', JSON.stringify(r)));
it.next().then(r => console.log('third', JSON.stringify(r)));
