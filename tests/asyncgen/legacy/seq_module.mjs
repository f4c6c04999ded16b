// module top level for await over an async generator and an array of promises
async function* gen() { yield 'm1'; yield 'm2'; }
for await (const x of gen()) console.log(x);
for await (const x of [Promise.resolve('p1')]) console.log(x);
let total = 0;
for await (const n of [1, 2, 3]) { if (n === 3) break; total += n; }
console.log('total', total);
