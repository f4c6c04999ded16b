
// two async generators consumed concurrently with a ticker show their relative step levels
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(12);
async function* slow() { for (let i = 0; i < 2; i++) { await null; await null; yield 's' + i; } }
async function* fast() { for (let i = 0; i < 3; i++) yield 'f' + i; }
(async () => { for await (const v of slow()) console.log(v); console.log('slow done'); })();
(async () => { for await (const v of fast()) console.log(v); console.log('fast done'); })();
