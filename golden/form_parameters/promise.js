// parameter errors reject the promise (async) but throw synchronously (generators)
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
const boom = () => {
  throw new Error('param');
};
var af = (...__ds_rest) => new Promise((resolve, reject) => {
  let [a = boom()] = [...__ds_rest];
  resolve();
});
var destructure = (__ds_p0, ...__ds_rest) => {
  let promise;
  return promise = new Promise((resolve, reject) => {
    let [{ missing: { deep } }] = [__ds_p0, ...__ds_rest];
    return __ds_resolvePromise(resolve, reject, deep, promise);
  });
};
function* g(a = boom()) {}
af().catch((e) => console.log('af rejected:', e.message));
destructure({}).catch((e) => console.log('destructure rejected:', e.constructor.name));
try {
  g();
} catch (e) {
  console.log('g threw sync:', e.message);
}
const withDefaults = (__ds_p0, ...__ds_rest) => new Promise((resolve, reject) => {
  let [a, b = a + 1, ...rest] = [__ds_p0, ...__ds_rest];
  return resolve([a, b, rest.length]);
});
withDefaults(1).then((v) => console.log('defaults', v.join(',')));
console.log('lengths', af.length, withDefaults.length);
