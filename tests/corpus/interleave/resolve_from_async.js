// resolving a promise from inside an async function after an await wakes other awaiters in order
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
let open;
const gate = new Promise(r => (open = r));
const waiters = [1, 2, 3].map(async i => { console.log('wait', i); await gate; console.log('woke', i); });
(async () => { await null; await null; console.log('opening'); open(); console.log('opened'); })();
Promise.all(waiters).then(() => console.log('all woke'));
