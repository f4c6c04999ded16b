// awaiting a promise produced by finally inside an async function
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
(async () => {
  const v = await Promise.resolve('x').finally(() => console.log('cleanup'));
  console.log('got', v);
  try {
    await Promise.reject(new Error('bad')).finally(() => console.log('cleanup 2'));
  } catch (e) {
    console.log('caught', e.message);
  }
})();
