// named and anonymous async function expressions; a named one refers to itself
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
const fact = (() => {
  const fact = {
    fact(n) {
      return new Promise((resolve, reject) => {
        if (n <= 1) return resolve(1);
        __ds_await(fact(n - 1), after_await_L4, reject);
        function after_await_L4(value) {
          return resolve(n * value);
        }
      });
    }
  }.fact;
  return fact;
})();
const anon = () => new Promise((resolve, reject) => {
  __ds_await(null, after_await_L7, reject);
  function after_await_L7() {
    return resolve('anon');
  }
});
console.log(fact.name, anon.name, fact.length);
fact(5).then((v) => console.log('fact', v));
anon().then((v) => console.log(v));
(() => new Promise((resolve, reject) => {
  console.log('iife start');
  __ds_await(0, after_await_L15, reject);
  function after_await_L15() {
    console.log('iife end');
    resolve();
  }
}))();
console.log('sync end');
