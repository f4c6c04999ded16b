// await on a native promise whose constructor is not Promise is treated as a foreign thenable (+2)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const q = Promise.resolve('q');
q.constructor = Object;
const r = Promise.resolve('r');
(async () => { const v = await q; console.log('q resumed', v); })();
(async () => { const v = await r; console.log('r resumed', v); })();
console.log('sync');
