// optional chaining with awaits: base evaluated once, short-circuit skips all later awaits
const log = (t, v) => { console.log('eval', t); return v; };
const o = { a: { f(x) { return 'f(' + x + ')'; } } };
(async () => {
  console.log(log('base', o)?.a?.f(await log('arg', 1)));
  console.log(log('base2', null)?.a.f(await log('arg2', 2)));
  console.log((await log('awaited base', o.a))?.f?.(await log('arg3', 3)));
  console.log((await log('awaited nothing', undefined))?.f(await log('arg4', 4)));
})();
