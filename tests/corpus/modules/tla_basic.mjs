// top-level await of values and promises interleaved with a ticker
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
console.log('before');
const a = await 1;
console.log('after await 1', a);
const b = await Promise.resolve('b');
console.log('after await promise', b);
const c = await { then(f) { f('c'); } };
console.log('after await thenable', c);
