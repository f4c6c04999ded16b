// async arrows see this, arguments and new.target of the enclosing function
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
// ---- end of desugar runtime ----
function Outer(a, b) {
  this.name = 'outer';
  const arrow = (x) => {
    const __ds_arguments1 = arguments;
    const __ds_newTarget2 = new.target;
    return __ds_async(this, [x], function*(x) {
      yield null;
      console.log('this', this.name, 'arguments', __ds_arguments1.length, a, b, 'x', x, 'new.target', typeof __ds_newTarget2);
    });
  };
  arrow(3);
}
new Outer(1, 2);
function plain() {
  const inner = () => {
    const __ds_arguments3 = arguments;
    return __ds_async(this, [], function*() {
      const got = yield __ds_arguments3[0];
      console.log('plain arguments', got);
    });
  };
  return inner();
}
plain(Promise.resolve('via arguments'));
const expr = (v) => __ds_async(this, [v], function*(v) {
  return (yield v) + 1;
});
expr(41).then((v) => console.log('expression body', v));
