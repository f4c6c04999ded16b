// a thenable that resolves via queueMicrotask and one via nextTick, awaited concurrently
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const viaMicro = { then(res) { console.log('micro then'); queueMicrotask(() => res('micro')); } };
const viaTick = { then(res) { console.log('tick then'); process.nextTick(() => res('tick')); } };
(async () => console.log('got', await viaMicro))();
(async () => console.log('got', await viaTick))();
