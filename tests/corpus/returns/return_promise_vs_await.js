// return p vs return await p: levels 3 vs 2 (checklist 17)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
async function plain() { return Promise.resolve('plain'); }
async function awaited() { return await Promise.resolve('awaited'); }
plain().then(v => console.log(v));
awaited().then(v => console.log(v));
console.log('sync');
