// async methods: object literal, class instance, static, private, computed keys, getters calling them
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
const key = 'computed';
const obj = {
  value: 'obj',
  m() {
    return __ds_async(this, arguments, function*() {
      yield null;
      return this.value;
    });
  },
  [key]() {
    return __ds_async(this, arguments, function*() {
      yield null;
      return key;
    });
  }
};
class C {
  #secret = 's';
  constructor(v) {
    this.v = v;
  }
  m() {
    return __ds_async(this, arguments, function*() {
      yield null;
      return this.v;
    });
  }
  static s() {
    return __ds_async(this, arguments, function*() {
      yield null;
      return 'static';
    });
  }
  #p() {
    return __ds_async(this, arguments, function*() {
      yield null;
      return this.#secret;
    });
  }
  callPrivate() {
    return __ds_async(this, arguments, function*() {
      return yield this.#p();
    });
  }
  get viaGetter() {
    return this.m();
  }
}
const c = new C('inst');
obj.m().then((v) => console.log('obj.m', v));
obj.computed().then((v) => console.log('obj[key]', v));
c.m().then((v) => console.log('c.m', v));
C.s().then((v) => console.log('C.s', v));
c.callPrivate().then((v) => console.log('#p', v));
c.viaGetter.then((v) => console.log('getter', v));
