// a hand-written co-style runner driving a generator that yields promises, raced with a ticker
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
function run(genFn) {
  return new Promise((resolve, reject) => {
    const gen = genFn();
    function step(method, arg) {
      let r;
      try { r = gen[method](arg); } catch (e) { reject(e); return; }
      if (r.done) resolve(r.value);
      else Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
    }
    step('next', undefined);
  });
}
ticker(6);
run(function* () {
  const a = yield 1;
  console.log('gen a', a);
  try { yield Promise.reject(new Error('inside')); } catch (e) { console.log('gen caught', e.message); }
  return 'gen done';
}).then(v => console.log(v));
(async () => { await 1; console.log('async a'); await null; console.log('async after reject point'); })();
