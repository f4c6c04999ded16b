// parameter errors reject the promise (async) but throw synchronously (generators)
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
// An async function is a generator driven by this runner: `await v` became `yield v`.
function __ds_async(thisArg, args, body) {
  'use strict';
  return new __ds_Promise((resolve, reject) => {
    let generator;
    try {
      generator = __ds_apply(body, thisArg, args);
    } catch (error) {
      reject(error); // parameter defaults and destructuring reject, they do not throw
      return;
    }
    const step = (method, input) => {
      let result;
      try {
        result = generator[method](input);
      } catch (error) {
        reject(error); // the body threw: reject in this same job
        return;
      }
      if (result.done) {
        resolve(result.value); // a full resolve: returning a promise costs two more jobs, as native
        return;
      }
      try {
        __ds_awaitValue(result.value, (value) => step('next', value), (error) => step('throw', error));
      } catch (error) {
        step('throw', error); // e.g. a throwing `constructor` getter throws at the await
      }
    };
    step('next', undefined); // the body runs synchronously up to its first await
  });
}
// Async function declarations and expressions: a method, so that, like a native async function,
// it cannot be called with `new` and has no `prototype`; it keeps the name and length.
function __ds_asyncFunction(name, length, body) {
  'use strict';
  const fn = {
    [name](...args) {
      return __ds_async(this, args, body);
    }
  }[name];
  __ds_defineProperty(fn, 'length', { value: length });
  return fn;
}
// ---- end of desugar runtime ----
const boom = () => {
  throw new Error('param');
};
var af = __ds_asyncFunction('af', 0, function*(a = boom()) {});
var destructure = __ds_asyncFunction('destructure', 1, function*({ missing: { deep } }) {
  return deep;
});
function* g(a = boom()) {}
af().catch((e) => console.log('af rejected:', e.message));
destructure({}).catch((e) => console.log('destructure rejected:', e.constructor.name));
try {
  g();
} catch (e) {
  console.log('g threw sync:', e.message);
}
const withDefaults = (a, ...__ds_rest) => __ds_async(this, [a, ...__ds_rest], function*(a, b = a + 1, ...rest) {
  return [a, b, rest.length];
});
withDefaults(1).then((v) => console.log('defaults', v.join(',')));
console.log('lengths', af.length, withDefaults.length);
