// next/return/throw called on something that is not an async generator reject with a TypeError
async function* g() { yield 1; }
const it = g();
const report = (p, k) => p.then(() => console.log(k, 'fulfilled'), (e) => console.log(k, e.name, e.message));
report(it.next.call({}), 'next');
report(it.return.call(5), 'return');
report(it.throw.call(undefined, 1), 'throw');
console.log(Object.keys(Object.getPrototypeOf(Object.getPrototypeOf(it))).length, typeof it[Symbol.asyncIterator]);
