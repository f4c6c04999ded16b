// await on the right of plain, compound, logical assignment and in destructuring targets' sources
let x = 1, y = 'a', z = null, w = 0;
(async () => {
  y += await 'b';
  x = await 5;
  x *= await 3;
  z ??= await 'z-set';
  w ||= await 'w-set';
  x &&= await (x + 1);
  const { p, q = await 'q-default' } = await { p: 'P' };
  const [m, , n = await 'n-default'] = await [1, 2];
  console.log(x, y, z, w, p, q, m, n);
})();
x = 100; y = 'changed'; // the compound assignment reads y before suspending
console.log('sync', x, y);
