// await on an object with a then getter: getter runs synchronously during the await, throwing getter rejects
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
const good = { get then() { console.log('getter good'); return (res) => { console.log('call good'); res(1); }; } };
const bad = { get then() { console.log('getter bad'); throw new Error('getter threw'); } };
(async () => { console.log('good', await good); })();
(async () => { try { await bad; } catch (e) { console.log('bad', e.message); } })();
console.log('sync end');
