// await inside optional chains: short-circuit skips the awaits on the right
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
const side = (t, v) => { console.log('side', t); return v; };
(async () => {
  const nil = null;
  const o = { f(x) { return 'f' + x; }, k: { v: 'kv' } };
  console.log('1', nil?.[await side('skipped-key', 'x')]);
  console.log('2', nil?.f(await side('skipped-arg', 1)));
  console.log('3', o?.f(await side('taken-arg', 2)));
  console.log('4', (await side('obj', o))?.k?.[await side('key', 'v')]);
  console.log('5', (await side('nil', nil))?.k.v.w);
})();
