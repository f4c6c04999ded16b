
// observable name and length of async functions, arrows and methods; calls return native promises
async function named(a, b, c = 1) {}
const arrow = async (x) => x;
const anonExpr = async function () {};
class K { async m(p) {} static async s() {} }
console.log(named.name, named.length, arrow.name, arrow.length, JSON.stringify(anonExpr.name));
console.log(K.prototype.m.name, K.prototype.m.length, K.s.name);
console.log(named() instanceof Promise, Object.getPrototypeOf(arrow(1)) === Promise.prototype);
