// next() called from inside the running generator is queued, not run
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
let it;
async function* g() {
  const p = it.next('inner');
  console.log('queued inside');
  p.then((r) => console.log('inner result', JSON.stringify(r)));
  const x = yield 'first';
  console.log('x', x);
  yield 'second';
}
ticker(10);
it = g();
it.next('outer').then((r) => console.log('outer result', JSON.stringify(r)));
