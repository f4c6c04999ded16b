// the constructor getter of an awaited native promise is read synchronously during await
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(4);
const p = Promise.resolve(5);
let reads = 0;
Object.defineProperty(p, 'constructor', { get() { reads++; console.log('constructor read', reads); return Promise; } });
async function f() {
  console.log('f before await');
  const v = await p;
  console.log('f after await', v);
}
f();
console.log('after call, reads =', reads);
