// await inside async generators: in loops, conditions, try/catch, and between yields
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += await Promise.resolve(i);
    if (i % 2) yield sum;
    else if (await (i > 1)) yield -sum;
  }
  try { await Promise.reject(new Error('x')); } catch (e) { yield 'caught ' + e.message; }
  return await sum;
}
ticker(40);
(async () => { for await (const v of g(5)) console.log('v', v); const it = g(2); let r; while (!(r = await it.next()).done); console.log('ret', r.value); })();
