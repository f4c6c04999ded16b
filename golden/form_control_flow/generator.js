// awaits inside every control-flow form
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
var flow = __ds_asyncFunction('flow', 1, function*(input) {
  const out = [];
  for (let i = 0; i < 3; i++) {
    if (i === 1) continue;
    out.push(yield i);
  }
  let n = 0;
  do {
    n += yield 1;
  } while (n < 2);
  outer: for (const a of ['a', 'b']) {
    for (const b of [1, 2]) {
      if (a === 'b' && b === 2) break outer;
      out.push(a + (yield b));
    }
  }
  switch (yield input) {
    case 'x':
      out.push('case x');
    case 'y':
      out.push('fell into y');
      break;
    default:
      out.push('default');
  }
  try {
    yield Promise.reject(new Error('inner'));
  } catch (e) {
    out.push('caught ' + e.message);
  } finally {
    yield null;
    out.push('finally');
  }
  return out.join(' ');
});
flow('x').then((v) => console.log(v));
let p = Promise.resolve();
for (let i = 1; i <= 20; i++) p = p.then(() => console.log('t' + i));
