// await as left and right operand of binary operators, with side-effect logging of evaluation order
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
const log = (tag, v) => { console.log('eval', tag); return v; };
(async () => {
  const a = (await log('L', 2)) + log('R', 3);
  console.log('a', a);
  const b = log('L', 10) - await log('R', 4);
  console.log('b', b);
  const c = (await 2) ** (await 3);
  console.log('c', c);
  const d = log('x', 5) * (await log('y', 6)) % (await log('z', 7));
  console.log('d', d);
  console.log('cmp', (await 1) < (await 2), (await 'a') === 'a', 3 instanceof (await Number));
  console.log('in', 'k' in (await { k: 1 }));
})();
