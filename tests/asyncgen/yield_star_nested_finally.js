// yield* inside try/finally, with return() from the consumer reaching both finally blocks in order
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* inner() { try { yield 'i'; } finally { console.log('inner finally'); await null; console.log('inner finally done'); } }
async function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
ticker(20);
(async () => { for await (const x of outer()) { console.log('got', x); break; } console.log('after loop'); })();
