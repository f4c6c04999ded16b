// awaits inside a for await body interleave with a ticker; the iterator's next waits for the body
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() { for (let i = 0; i < 3; i++) { console.log('produce', i); yield i; } }
ticker(30);
(async () => { for await (const x of g()) { await null; console.log('consume', x); await Promise.resolve(); } console.log('end'); })();
