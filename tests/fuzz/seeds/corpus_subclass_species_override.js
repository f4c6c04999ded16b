
// Symbol.species controls what then returns; await is unaffected
class MyP extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const m = MyP.resolve(1);
const t = m.then(x => x);
console.log('then returns MyP?', t instanceof MyP, 'Promise?', t instanceof Promise);
(async () => {
  const v = await m;
  console.log('awaited MyP', v);
})();
