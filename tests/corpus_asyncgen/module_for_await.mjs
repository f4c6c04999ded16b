// top-level for await in an ES module over an async generator with timers
async function* ticks() { for (let i = 0; i < 3; i++) { await new Promise(r => setTimeout(r, 1)); yield i; } }
for await (const t of ticks()) console.log('tick', t);
console.log('module done');
