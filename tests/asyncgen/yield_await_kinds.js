// yield of a value, a native promise, a thenable, a subclass promise, and yield await of each
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
class Sub extends Promise {}
const thenable = { then(r) { console.log('then called'); r('th'); } };
async function* g() {
  yield 1;
  yield Promise.resolve(2);
  yield thenable;
  yield Sub.resolve(4);
  yield await 5;
  yield await Promise.resolve(6);
  yield await thenable;
  yield await Sub.resolve(8);
  const v = yield;
  console.log('received', v);
}
ticker(40);
(async () => {
  const it = g();
  for (let i = 0; i < 9; i++) { const r = await it.next(i); console.log('got', JSON.stringify(r)); }
  console.log('last', JSON.stringify(await it.next('x')));
})();
