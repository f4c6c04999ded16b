// await as object and as computed key of member expressions, reads and writes
(async () => {
  const o = { a: { b: { c: 'deep' } }, k: 'a' };
  console.log((await o).a.b.c);
  console.log(o[await 'k']);
  console.log(o[await o.k].b[await Promise.resolve('c')]);
  const arr = [10, 20, 30];
  arr[await 1] = await 99;
  console.log(JSON.stringify(arr));
  (await Promise.resolve(o)).added = await 'x';
  console.log(o.added);
  console.log((await [1, 2, 3]).length);
})();
console.log('sync');
