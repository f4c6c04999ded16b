// from seed 002 (await 在等什么?: "即上述例子代码可转化为", hand-written Promise transformation)
// ---- desugar runtime ----
// Intrinsics captured before any user code runs: the engine's own await uses the original
// Promise, Promise.resolve and Promise.prototype.then even if a program patches them later.
const __ds_Promise = Promise;
const __ds_promiseResolve = Promise.resolve.bind(Promise);
const __ds_then = Promise.prototype.then;
const __ds_apply = Reflect.apply;
const __ds_defineProperty = Object.defineProperty;
// Resolving a promise with a value, as the spec's Promise Resolve Functions do
// (#sec-promise-resolve-functions), with the hidden job written out: a thenable is adopted by
// calling its `then` in a job of its own, NewPromiseResolveThenableJob
// (#sec-newpromiseresolvethenablejob). That job is why returning a promise from an async
// function costs two more jobs than returning a value.
const __ds_queueJob = queueMicrotask;
function __ds_resolvePromise(resolve, reject, value, promise) {
  if (promise !== undefined && value === promise) {
    reject(new TypeError('Chaining cycle detected for promise #<Promise>'));
    return;
  }
  if (value === null || typeof value !== 'object' && typeof value !== 'function') {
    resolve(value); // not a thenable: fulfill now
    return;
  }
  let then;
  try {
    then = value.then; // read synchronously, once
  } catch (error) {
    reject(error);
    return;
  }
  if (typeof then !== 'function') {
    resolve(value);
    return;
  }
  let alreadyResolved = false; // the job gets a fresh pair of resolving functions
  __ds_queueJob(function PromiseResolveThenableJob() {
    try {
      __ds_apply(then, value, [(result) => {
        if (!alreadyResolved) {
          alreadyResolved = true;
          __ds_resolvePromise(resolve, reject, result, promise);
        }
      }, (error) => {
        if (!alreadyResolved) {
          alreadyResolved = true;
          reject(error);
        }
      }]);
    } catch (error) {
      if (!alreadyResolved) {
        alreadyResolved = true;
        reject(error);
      }
    }
  });
}
// ---- end of desugar runtime ----
var async1 = () => {
  let promise;
  return promise = new Promise((resolve, reject) => {
    console.log("async1 start");
    const p = async2();
    return __ds_resolvePromise(resolve, reject, Promise.resolve(p).then(() => {
      console.log("async1 end");
    }), promise);
  });
};

var async2 = () => new Promise((resolve, reject) => {
  console.log("async2");
  resolve();
});
async1();
console.log("script start");
