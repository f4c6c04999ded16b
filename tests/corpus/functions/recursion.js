// mutually recursive async functions with awaits interleaved by a ticker
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
async function isEven(n) { if (n === 0) return true; await null; return isOdd(n - 1); }
async function isOdd(n) { if (n === 0) return false; return await isEven(n - 1); }
isEven(3).then(v => console.log('isEven(3)', v));
isOdd(2).then(v => console.log('isOdd(2)', v));
