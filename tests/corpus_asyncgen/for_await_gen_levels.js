// for await over an async generator: body levels 2 and 4, after-loop level 5
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function* gen() { yield 'a'; yield 'b'; }
(async () => { for await (const x of gen()) console.log('body', x); console.log('after loop'); })();
