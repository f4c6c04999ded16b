// async generator producing values from timers, consumed with for await
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* ticks(n) { for (let i = 0; i < n; i++) { await sleep(2); yield i; } }
(async () => { for await (const i of ticks(3)) console.log('tick', i); console.log('finished'); })();
