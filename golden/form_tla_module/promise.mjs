// ---- desugar runtime ----
// Intrinsics captured before any user code runs: the engine's own await uses the original
// Promise, Promise.resolve and Promise.prototype.then even if a program patches them later.
const __ds_Promise = Promise;
const __ds_promiseResolve = Promise.resolve.bind(Promise);
const __ds_then = Promise.prototype.then;
const __ds_apply = Reflect.apply;
const __ds_defineProperty = Object.defineProperty;
// await v (ES2019+): PromiseResolve(%Promise%, v), then resume on its settlement.
function __ds_awaitValue(value, onFulfilled, onRejected) {
  __ds_then.call(__ds_promiseResolve(value), onFulfilled, onRejected);
}
// await v, then `next` runs in a promise job with the value; a throw there goes to `onError`,
// like a throw after an await in the original function.
function __ds_await(value, next, onError) {
  __ds_awaitValue(value, (result) => {
    try {
      next(result);
    } catch (error) {
      onError(error);
    }
  }, onError);
}
// ---- end of desugar runtime ----
let value;
export let exported;
(() => new Promise((resolve, reject) => {
  // top-level await in an ES module: the module body waits, promise jobs run before nextTick
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('microtask'));
  console.log('before await');
  __ds_await(new Promise((resolve) => setTimeout(() => resolve('timer value'), 1)), after_await_L5, reject);
  function after_await_L5(__ds_value) {
    value = __ds_value;
    console.log('after await', value);
    exported = value.length;
    console.log('exported', exported);
    resolve();
  }
}))();
