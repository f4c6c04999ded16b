// yield* over an async generator and over sync iterables (an array of promises, a sync generator)
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i));
}
async function* inner() {
  yield 'i1';
  return 'inner result';
}
function* sync() {
  yield 's1';
  yield Promise.resolve('s2');
}
async function* outer() {
  const r = yield* inner();
  console.log(r);
  yield* [Promise.resolve('a1'), 'a2'];
  yield* sync();
}
ticker(20);
(async () => {
  for await (const v of outer()) console.log('v', v);
})();
