// break inside try/finally inside for await: the finally runs before the iterator's return()
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() { try { yield 1; yield 2; } finally { console.log('gen finally'); await null; console.log('gen finally after await'); } }
ticker(30);
(async () => {
  for await (const x of g()) { try { console.log('body', x); break; } finally { console.log('body finally'); } }
  console.log('after');
  const r = await (async () => { for await (const x of g()) { try { return x; } finally { console.log('ret finally'); } } })();
  console.log('returned', r);
})();
