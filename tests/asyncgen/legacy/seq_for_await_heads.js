// for await heads in sequence: const, let, var, destructuring, member target
(async () => {
  for await (const x of [Promise.resolve(1), 2]) console.log('c', x);
  for await (let [a, b = 'd'] of [[1], [2, 3]]) console.log('l', a, b);
  for await (var { v } of [{ v: 'v1' }]) console.log('var', v);
  const o = {};
  for await (o.k of (async function* () { yield 'k1'; yield 'k2'; })()) console.log('m', o.k);
  console.log('end', v, o.k);
})();
