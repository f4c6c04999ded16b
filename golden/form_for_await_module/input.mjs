// for await at module top level
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() { yield 'm1'; yield 'm2'; }
ticker(10);
for await (const x of g()) console.log(x);
console.log('module end');
