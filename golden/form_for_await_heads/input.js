// for await heads: const, let, var, destructuring, an assignment target, a sync iterable of promises
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* pairs() { yield ['a', 1]; yield ['b', 2]; }
ticker(25);
(async () => {
  for await (const x of [Promise.resolve(1), 2]) console.log('const', x);
  for await (let [k, v] of pairs()) console.log('let', k, v);
  for await (var { length } of ['xy']) console.log('var', length);
  const o = {};
  for await (o.last of pairs()) ;
  console.log('target', JSON.stringify(o));
})();
