
// await await p and awaiting a promise for a promise: flattening behaviour and tick counts
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
const p = Promise.resolve(Promise.resolve('flat'));
(async () => { console.log('A', await await p); })();
(async () => { console.log('B', await new Promise(r => r(Promise.resolve('nested')))); })();
(async () => { console.log('C', await (async () => await (async () => 'deeper')())()); })();
