// async try/finally with awaits vs Promise.prototype.finally: compare interleaving with a ticker
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function withTry(x) { try { return await x; } finally { console.log('try-finally ran'); } }
withTry(Promise.resolve('A')).then(v => console.log('withTry', v));
Promise.resolve('B').finally(() => console.log('prototype finally ran')).then(v => console.log('proto', v));
