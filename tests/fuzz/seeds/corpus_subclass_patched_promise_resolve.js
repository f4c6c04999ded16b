
// replacing Promise.resolve does not affect await
const orig = Promise.resolve;
Promise.resolve = function (x) { console.log('patched Promise.resolve called'); return orig.call(this, x); };
(async () => {
  const a = await 1;
  const b = await orig.call(Promise, 2);
  console.log('values', a, b);
  Promise.resolve = orig;
})();
console.log('sync');
