// adapted from seed 002: section "梳理总体的例子", the hand-written transformation of test()
// ("可以通过对关键点 1 和关键点 2 的转化来理解").
// Changes: the article shows only the rewritten `async function test()`; testSometing,
// testAsync and the driver code (test(); promiseFn ...; console.log("test end...")) are
// copied unchanged from the preceding "再来一题" program so that it runs.
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
function testSometing() {
  console.log("in testSomething");
  return "return testSomething";
}

var testAsync = () => {
  let promise;
  return promise = new Promise((resolve, reject) => {
    console.log("in testAsync");
    return __ds_resolvePromise(resolve, reject, Promise.resolve("hello async"), promise);
  });
};

var test = () => new Promise((resolve, reject) => {
  console.log("test start...");

  // 关键点1
  // const testFn1 = await testSometing();
  // console.log(testFn1);

  // 关键点2
  // const testFn2 = await testAsync();
  // console.log(testFn2);
  // console.log(testFn1, testFn2);

  const p1 = testSometing();

  // 将p1的回调推入微任务队列
  Promise.resolve(p1).then((res1) => {
    console.log(res1);
    const p2 = testAsync();

    // 将p2的回调推入微任务队列
    Promise.resolve(p2).then((res2) => {
      console.log(res2);
      console.log(res1, res2);
    });
  });
  resolve();
});

test();

const promiseFn = new Promise((resolve) => {
  console.log("promise start");
  resolve("promise resolve");
});
promiseFn.then((val) => console.log(val));

console.log("test end...");
