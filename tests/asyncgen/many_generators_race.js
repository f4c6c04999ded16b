// many async generators advanced round-robin; the order of settlements is the engine's
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g(id) { for (let i = 0; i < 3; i++) { if (i === id % 3) await null; yield id * 10 + i; } }
ticker(20);
const its = [0, 1, 2, 3].map(g);
for (let round = 0; round < 4; round++) for (const it of its) it.next().then((r) => console.log(JSON.stringify(r)));
