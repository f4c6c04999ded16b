// yielding a rejected promise throws at the yield inside the generator
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() {
  try { yield Promise.reject(new Error('r1')); } catch (e) { console.log('caught', e.message); }
  yield 'next';
  yield Promise.reject(new Error('r2'));
  console.log('unreachable');
}
ticker(12);
(async () => {
  const it = g();
  console.log(JSON.stringify(await it.next()));
  try { await it.next(); } catch (e) { console.log('rejected', e.message); }
  console.log(JSON.stringify(await it.next()));
})();
