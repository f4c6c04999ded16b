// nested for await loops, break out of the inner closes only the inner, and continue outer closes the inner
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* count(tag, n) { try { for (let i = 0; i < n; i++) yield tag + i; } finally { console.log(tag, 'closed'); } }
ticker(60);
(async () => {
  outer: for await (const a of count('o', 3)) {
    for await (const b of count('i', 3)) {
      if (b === 'i1') continue outer;
      console.log(a, b);
    }
  }
  for await (const a of count('x', 2)) { for await (const b of count('y', 3)) { if (b === 'y1') break; console.log(a, b); } }
})();
