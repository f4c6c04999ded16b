// adapted from seed 002: section "async", 例子 1.
// Changes: the article declares `asnyc1` but then calls `async1.then(...)` (ReferenceError:
// async1 is not defined); changed to `asnyc1().then(...)`, which is what the text describes
// (expected order: start -> i am from async1 function).
// ---- desugar runtime ----
// Intrinsics captured before any user code runs: the engine's own await uses the original
// Promise, Promise.resolve and Promise.prototype.then even if a program patches them later.
const __ds_Promise = Promise;
const __ds_promiseResolve = Promise.resolve.bind(Promise);
const __ds_then = Promise.prototype.then;
const __ds_apply = Reflect.apply;
const __ds_defineProperty = Object.defineProperty;
// await v (ES2019+): PromiseResolve(%Promise%, v) (one job for a native promise), then `next`
// runs in a promise job with the value; a throw there goes to `onError`, like a throw after an
// await in the original function.
function __ds_await(value, next, onError) {
  __ds_then.call(__ds_promiseResolve(value), (result) => {
    try {
      next(result);
    } catch (error) {
      onError(error);
    }
  }, onError);
}
// ---- end of desugar runtime ----
function asnyc1() {
  return new Promise((resolve, reject) => {
    return resolve("i am from async1 function");
  });
}
asnyc1().then((res) => {
  console.log(res);
});
console.log("start");
