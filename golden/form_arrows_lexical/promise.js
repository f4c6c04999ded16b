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
function Outer(a, b) {
  this.name = 'outer';
  const arrow = (x) => new Promise((resolve, reject) => {
    const after_await_L5 = () => {
      console.log('this', this.name, 'arguments', arguments.length, a, b, 'x', x, 'new.target', typeof new.target);
      resolve();
    };
    __ds_await(null, after_await_L5, reject);
  });
  arrow(3);
}
new Outer(1, 2);
function plain() {
  const inner = () => new Promise((resolve, reject) => {
    const after_await_L13 = (got) => {
      console.log('plain arguments', got);
      resolve();
    };
    __ds_await(arguments[0], after_await_L13, reject);
  });
  return inner();
}
plain(Promise.resolve('via arguments'));
const expr = (v) => new Promise((resolve, reject) => {
  __ds_await(v, after_await_L19, reject);
  function after_await_L19(value) {
    return resolve(value + 1);
  }
});
expr(41).then((v) => console.log('expression body', v));
