// await inside arguments passed to non-async callbacks: callbacks run synchronously after operands resolve
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
(async () => {
  const arr = await [3, 1, 2];
  const sorted = arr.slice().sort((a, b) => a - b);
  console.log(sorted.join(','));
  const mapped = await Promise.all(arr.map(async x => { await null; return x * 10; }));
  console.log(mapped.join(','));
  const rs = [];
  for (const x of arr) rs.push(await x);
  console.log(rs.join(','));
})();
