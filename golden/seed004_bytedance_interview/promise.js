// from seed 004 (解读之前我先来看一个字节的面试题)
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
console.log('script start');

var async1 = () => new Promise((resolve, reject) => {
  console.log('async1 start'); //
  __ds_await(async2(), after_await_L6, reject);
  function after_await_L6() {
    console.log('async1 end');
    resolve();
  }
});
var async2 = () => {
  let promise;
  return promise = new Promise((resolve, reject) => {
    console.log('async2 start'); //
    return __ds_resolvePromise(resolve, reject, new Promise((resolve, reject) => {
      console.log('after async before resolve');
      resolve();
      console.log('async2 promise');
    }), promise);
  });
};

console.log('script start middleware');

setTimeout(function() {
  console.log('setTimeout');
}, 0);

async1();

new Promise(function(resolve) {
  console.log('promise1');
  resolve();
}).then(function() {
  console.log('promise2');
}).then(function() {
  console.log('promise3');
});
console.log('script end');
