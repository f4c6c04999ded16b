
// async functions always return native promises, even when the global Promise is reassigned
const NativePromise = Promise;
class Fake extends NativePromise {}
async function f() { return 1; }
globalThis.Promise = Fake;
const r = f();
console.log('is native', Object.getPrototypeOf(r) === NativePromise.prototype, 'is Fake', r instanceof Fake);
(async () => { const v = await r; console.log('value', v); globalThis.Promise = NativePromise; })();
