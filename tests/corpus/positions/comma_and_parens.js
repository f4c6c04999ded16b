// await in comma sequences and parenthesized expressions
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
(async () => {
  let a = 0;
  const r = (a++, await a, a++, await (a++, a));
  console.log('r', r, 'a', a);
  const s = ((await 'x'), ('y'), (await 'z'));
  console.log('s', s);
})();
