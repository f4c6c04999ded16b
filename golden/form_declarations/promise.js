// async function declarations: hoisting (called before the declaration), return values, throws
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
var early = () => new Promise((resolve, reject) => {
  console.log('early body runs synchronously');
  __ds_await(null, after_await_L6, reject);
  function after_await_L6() {
    return resolve('E');
  }
});
console.log('before', typeof early);
early().then((v) => console.log('early resolved', v));
var thrower = () => new Promise((resolve, reject) => {
  throw new Error('boom');
});
thrower().catch((e) => console.log('thrower rejected', e.message));
var returnsPromise = () => {
  let promise;
  return promise = new Promise((resolve, reject) => {
    return __ds_resolvePromise(resolve, reject, Promise.resolve('P'), promise);
  });
};
var returnsAwaited = () => {
  let promise;
  return promise = new Promise((resolve, reject) => {
    __ds_await(Promise.resolve('A'), after_await_L17, reject);
    function after_await_L17(value) {
      return __ds_resolvePromise(resolve, reject, value, promise);
    }
  });
};
returnsPromise().then((v) => console.log('return promise', v));
returnsAwaited().then((v) => console.log('return await', v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('t' + i));
console.log('sync end');
