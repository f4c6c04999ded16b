// an async generator that throws midway through a for await: the loop rejects, no return() call
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() { yield 1; await null; throw new Error('midway'); }
ticker(12);
(async () => { try { for await (const x of g()) console.log('x', x); } catch (e) { console.log('caught', e.message); } console.log('after'); })();
