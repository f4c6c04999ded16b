// top-level await in an ES module: the module body waits, promise jobs run before nextTick
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('before await');
const value = await new Promise((resolve) => setTimeout(() => resolve('timer value'), 1));
console.log('after await', value);
export const exported = value.length;
console.log('exported', exported);
