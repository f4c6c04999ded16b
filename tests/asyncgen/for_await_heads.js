// for await heads: const, let, var, array and object destructuring with defaults, identifier, member, pattern targets
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* pairs() { yield [1, 'a']; yield [2]; }
async function* objs() { yield { k: 'x', v: 1 }; yield { k: 'y' }; }
ticker(40);
(async () => {
  for await (const x of [1, 2]) console.log('const', x);
  for await (let x of [3]) { x++; console.log('let', x); }
  for await (var vx of [4, 5]) console.log('var', vx);
  console.log('var after', vx);
  for await (const [n, s = 'def'] of pairs()) console.log('array', n, s);
  for await (const { k, v = 0 } of objs()) console.log('object', k, v);
  let id;
  for await (id of ['i1', 'i2']) ;
  console.log('identifier', id);
  const o = {};
  for await (o.p of ['m1', 'm2']) console.log('member', o.p);
  let a, b;
  for await ([a, b] of pairs()) console.log('pattern', a, b);
  for await ({ k: a } of objs()) console.log('objpattern', a);
  const arr = [];
  for await (arr[arr.length] of 'xyz') ;
  console.log('computed member', arr.join());
})();
