
// Promise.all preserves input order even when elements settle in reverse order
const sleep = (ms, v) => new Promise(r => setTimeout(() => { console.log('settle', v); r(v); }, ms));
const b = sleep(1, 'b');
const a = sleep(16, 'a');
(async () => {
  const vals = await Promise.all([a, b, (async () => { await null; return 'c'; })()]);
  console.log(vals.join(','));
})();
