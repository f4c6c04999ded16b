// the iterator protocol surface of an async generator object: Symbol.asyncIterator, method names and lengths
async function* g() { yield 1; }
const it = g();
const proto = Object.getPrototypeOf(Object.getPrototypeOf(it));
console.log(typeof it.next, it.next.name, it.next.length, it.return.name, it.throw.name);
console.log(it[Symbol.asyncIterator]() === it, Object.keys(it).length, 'next' in it);
console.log(Object.prototype.toString.call(it), String(proto[Symbol.toStringTag]));
console.log(Object.getOwnPropertyNames(g.prototype).length, Object.getPrototypeOf(g.prototype) === proto);
