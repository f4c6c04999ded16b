
// await as callee, as argument in several positions, as this of a method call, and in new expressions
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(12);
const fns = { add: (a, b, c) => a + b + c, id: x => x };
function Point(x, y) { this.x = x; this.y = y; }
const obj = { name: 'obj', who() { return this.name; } };
(async () => {
  console.log('callee', (await fns.id)(7));
  console.log('arg1', fns.add(await 1, 2, 3));
  console.log('arg2', fns.add(1, await 2, 3));
  console.log('arg3', fns.add(1, 2, await 3));
  console.log('method on awaited', (await Promise.resolve(obj)).who());
  const P = await Point;
  const pt = new P(await 1, await 2);
  console.log('new', pt.x, pt.y);
  console.log('spread args', fns.add(...(await [4, 5, 6])));
})();
