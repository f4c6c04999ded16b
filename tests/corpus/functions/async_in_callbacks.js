// async callbacks passed to forEach/map/reduce: forEach does not wait, reduce chains promises
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
[1, 2, 3].forEach(async x => { await null; console.log('forEach', x); });
console.log('after forEach');
[1, 2, 3].reduce(async (acc, x) => { const a = await acc; console.log('reduce', a, x); return a + x; }, 0)
  .then(v => console.log('reduce total', v));
