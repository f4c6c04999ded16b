// break inside a switch, a labeled block break and continue in a for await body
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() { try { for (let i = 0; i < 5; i++) yield i; } finally { console.log('closed'); } }
ticker(30);
(async () => {
  for await (const x of g()) {
    switch (x) { case 1: console.log('one'); break; case 3: continue; default: console.log('x', x); }
    blk: { if (x === 2) break blk; console.log('after block', x); }
  }
  console.log('done');
})();
