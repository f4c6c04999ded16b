// await under unary operators: typeof, void, delete, !, -, ~, +
(async () => {
  console.log('typeof', typeof await 1, typeof await Promise.resolve('s'));
  console.log('void', void await 1);
  console.log('not', !await 0, !await Promise.resolve(1));
  console.log('neg', -await 5, ~await 1, +await '42');
  const o = { a: 1, b: 2 };
  console.log('delete', delete (await Promise.resolve(o)).a, JSON.stringify(o));
  let i = 0;
  i = (await i) + 1;
  console.log('i', i);
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
