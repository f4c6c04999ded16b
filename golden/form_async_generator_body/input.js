// inside an async generator: yield, yield await, await, return v (awaited), a rejected yield caught
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() {
  const got = yield 'plain';
  console.log('got', got);
  yield await Promise.resolve('awaited');
  const v = await Promise.resolve('v');
  try { yield Promise.reject(new Error('rejected yield')); } catch (e) { console.log('caught', e.message); }
  return Promise.resolve('returned ' + v);
}
ticker(20);
(async () => { const it = g(); for (let i = 0; i < 4; i++) console.log(JSON.stringify(await it.next('n' + i))); })();
