// await in for-of iterable expression and body; for-in over an awaited object
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
(async () => {
  for (const x of await ['a', 'b']) { console.log('of', x); await null; }
  for (const [k, v] of Object.entries(await { p: 1, q: 2 })) console.log('entry', k, v);
  for (const key in await { m: 1, n: 2 }) { await null; console.log('in', key); }
  console.log('loops done');
})();
