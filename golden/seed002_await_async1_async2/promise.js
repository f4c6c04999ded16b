// from seed 002 (await 在等什么?)
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
var async1 = () => new Promise((resolve, reject) => {
  console.log("async1 start");
  __ds_await(async2(), after_await_L4, reject);
  function after_await_L4() {
    console.log("async1 end");
    resolve();
  }
});
var async2 = () => new Promise((resolve, reject) => {
  console.log("async2");
  resolve();
});
async1();
console.log("script start");
