// a chain of 200 async functions each awaiting the next; resumption cascades one tick per level
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => { if (i % 50 === 0) console.log('t' + i); }); }
ticker(400);
async function level(n) {
  if (n === 0) { await null; return 0; }
  const v = await level(n - 1);
  if (n % 50 === 0) console.log('level', n, 'resumed');
  return v + 1;
}
level(200).then(v => console.log('depth', v));
