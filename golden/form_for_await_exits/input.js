// break, continue, return and throw in a for await body; return() is called and awaited
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g(tag) { try { yield 1; yield 2; yield 3; } finally { console.log(tag, 'closed'); await null; } }
ticker(40);
(async () => {
  for await (const x of g('break')) { if (x === 2) break; console.log('break', x); }
  for await (const x of g('continue')) { if (x === 2) continue; console.log('continue', x); }
  console.log(await (async () => { for await (const x of g('return')) return 'returned ' + x; })());
  try { for await (const x of g('throw')) throw new Error('thrown at ' + x); } catch (e) { console.log(e.message); }
})();
