
// await on an already-fulfilled native promise resumes at level 1
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
async function f() {
  console.log('f start');
  const v = await Promise.resolve(42);
  console.log('f got', v);
}
f();
console.log('sync end');
