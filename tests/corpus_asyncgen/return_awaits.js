// return in an async generator awaits its operand: { value: 'r', done: true } at level 2
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
(async function* () { return Promise.resolve('r'); })().next().then(r => console.log(JSON.stringify(r)));
(async function* () { return 'plain'; })().next().then(r => console.log(JSON.stringify(r)));
