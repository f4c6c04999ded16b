// Async generator objects inherit from stand-ins for %AsyncGeneratorPrototype% and
// %AsyncIteratorPrototype%; async generator methods have no `prototype` property.
async function* g() {}
const obj = { async *m() {} };
const nativeAGP = Object.getPrototypeOf(async function* () {}.prototype);
console.log(Object.getPrototypeOf(g.prototype) === nativeAGP);
console.log('prototype' in obj.m);
console.log(Object.getPrototypeOf(obj.m()) === Object.getPrototypeOf(g.prototype));
