// for await at module top level, and an async generator exported from the module
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
export async function* nums() { yield 1; yield Promise.resolve(2); }
ticker(12);
for await (const n of nums()) console.log('n', n);
for await (const [k, v] of Object.entries({ a: 1 })) console.log(k, v);
console.log('module end');
