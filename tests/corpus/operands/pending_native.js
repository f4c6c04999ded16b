// await on a pending native promise resumes one job after it is resolved, even when resolved later in a nested chain
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
let resolveIt;
const pending = new Promise(r => { resolveIt = r; });
ticker(8);
(async () => { const v = await pending; console.log('A resumed', v); })();
(async () => { const v = await pending; console.log('B resumed', v); })();
pending.then(v => console.log('then reaction', v));
Promise.resolve().then(() => Promise.resolve()).then(() => resolveIt('now'));
console.log('sync');
