
// destructuring assignment with awaits: targets are evaluated during destructuring, defaults lazily
const log = (t, v) => { console.log('eval', t); return v; };
const target = {};
(async () => {
  ({ a: log('target a', target).a, b: target.b = await log('default b', 'B') } = await log('source', { a: 'A' }));
  console.log(JSON.stringify(target));
  let x, y;
  [x = await log('dx', 'X'), y = log('dy', 'Y')] = [undefined, 'given'];
  console.log(x, y);
})();
