// break and continue crossing finally blocks that await
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(20);
(async () => {
  for (let i = 0; i < 4; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      console.log('body', i);
    } finally {
      await null;
      console.log('finally', i);
    }
  }
  console.log('loop done');
  lbl: try { break lbl; } finally { await null; console.log('labelled finally'); }
  console.log('end');
})();
