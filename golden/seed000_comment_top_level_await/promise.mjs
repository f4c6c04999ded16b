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
var foo = () => new Promise((resolve, reject) => {
  console.log(1);
  __ds_await(100, after_await_L4, reject);
  function after_await_L4(a) {
    console.log(a);
    console.log(2);
    return resolve('hello');
  }
});
let res;
(() => new Promise((resolve, reject) => {
  // from seed 000 (精选留言, comment by 七月拾思: top-level await, so this case is an ES module)
  console.log(0);
  __ds_await(foo(), after_await_L10, reject);
  function after_await_L10(value) {
    res = value;
    console.log(3);
    console.log(res);
    resolve();
  }
}))();
