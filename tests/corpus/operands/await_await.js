// nested awaits: await await await costs one tick per level
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
(async function () {
  const v = await await await Promise.resolve('deep');
  console.log('v', v);
})();
(async function () {
  const w = await (await Promise.resolve(Promise.resolve('inner')));
  console.log('w', w);
})();
