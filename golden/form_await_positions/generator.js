// await in expression positions, with evaluation order kept
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
const log = (label, v) => {
  console.log('eval', label);
  return v;
};
let x = 1;
var positions = __ds_asyncFunction('positions', 0, function*() {
  console.log('call', Math.max(log('a', 1), yield log('b', 5), log('c', 3)));
  x += yield 10; // reads x before suspending
  console.log('compound', x);
  const o = { k: 0 };
  o[log('key', 'k')] = yield log('value', 7);
  console.log('member', o.k);
  console.log('template', `${log('t1', 'A')}-${yield 'B'}-${log('t3', 'C')}`);
  console.log('array', [log('e1', 1), yield 2, log('e3', 3)].join(','));
  console.log('logical', (yield false) || (yield 'right'));
  console.log('conditional', (yield true) ? yield 'yes' : 'no');
  console.log('await await', yield yield Promise.resolve('deep'));
});
positions();
x = 100;
