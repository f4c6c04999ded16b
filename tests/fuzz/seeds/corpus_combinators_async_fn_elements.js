
// Promise.all over async function calls with differing numbers of awaits
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function steps(name, k) { for (let i = 0; i < k; i++) { await null; console.log(name, 'step', i); } return name; }
(async () => {
  const r = await Promise.all([steps('x', 3), steps('y', 1), steps('z', 0)]);
  console.log('all', r.join(','));
  const first = await Promise.race([steps('slow', 2), steps('quick', 1)]);
  console.log('race', first);
})();
