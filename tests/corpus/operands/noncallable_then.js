// await on objects whose then is not callable fulfills with the object itself in one tick
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(4);
(async () => {
  const a = await { then: 5, tag: 'a' };
  console.log(a.tag, a.then);
  const b = await { then: null, tag: 'b' };
  console.log(b.tag);
  const c = await { then: 'string', tag: 'c' };
  console.log(c.tag, c.then);
})();
