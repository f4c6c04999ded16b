// return of a promise after several awaits still costs +2 relative to the return point
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function f() {
  await null;
  console.log('f after 1');
  await null;
  console.log('f after 2');
  return Promise.resolve('f result');
}
async function g() {
  await null;
  console.log('g after 1');
  return 'g result';
}
f().then(console.log.bind(console, 'f:'));
g().then(console.log.bind(console, 'g:'));
