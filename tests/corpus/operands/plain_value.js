// await on non-promise values (number, string, undefined, null, object, function) costs one tick each
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
(async () => {
  console.log('num', await 1);
  console.log('str', await 'two');
  console.log('undef', await undefined);
  console.log('null', await null);
  const o = await { a: 1 };
  console.log('obj', JSON.stringify(o));
  const fn = await function named() { return 7; };
  console.log('fn', typeof fn, fn());
  console.log('bigint', String(await 10n));
  console.log('symbol', (await Symbol.for('s')).toString());
})();
console.log('sync');
