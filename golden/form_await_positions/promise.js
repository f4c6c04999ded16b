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
// ---- end of desugar runtime ----
const log = (label, v) => {
  console.log('eval', label);
  return v;
};
let x = 1;
var positions = () => new __ds_Promise((resolve, reject) => {
  let state = 'start', t1, t2, t3, value, t4, value_2, o, t5, value_3, t6, t7, value_4, t8, t9, value_5, t10, t11, value_6, value_7, t12, t13, value_8, value_9, t14, value_10, value_11;
  const step = (input, threw) => {
    machine: for (;;) {
      try {
        if (threw) {
          threw = false;
          throw input;
        }
        switch (state) {
          case 'start':
            t1 = console.log;
            t2 = Math.max;
            t3 = log('a', 1);
            state = 'after_await_L5';
            return __ds_awaitValue(log('b', 5), step, throwInto);
          case 'after_await_L5':
            value = input;
            t1.call(console, 'call', t2.call(Math, t3, value, log('c', 3)));
            t4 = x;
            state = 'after_await_L6';
            return __ds_awaitValue(10, step, throwInto);
          case 'after_await_L6':
            value_2 = input;
            x = t4 + value_2; // reads x before suspending
            console.log('compound', x);
            o = { k: 0 };
            t5 = log('key', 'k');
            state = 'after_await_L9';
            return __ds_awaitValue(log('value', 7), step, throwInto);
          case 'after_await_L9':
            value_3 = input;
            o[t5] = value_3;
            console.log('member', o.k);
            t6 = console.log;
            t7 = `${log('t1', 'A')}`;
            state = 'after_await_L11';
            return __ds_awaitValue('B', step, throwInto);
          case 'after_await_L11':
            value_4 = input;
            t6.call(console, 'template', `${t7}-${value_4}-${log('t3', 'C')}`);
            t8 = console.log;
            t9 = log('e1', 1);
            state = 'after_await_L12';
            return __ds_awaitValue(2, step, throwInto);
          case 'after_await_L12':
            value_5 = input;
            t8.call(console, 'array', [t9, value_5, log('e3', 3)].join(','));
            t10 = console.log;
            state = 'after_await_L13';
            return __ds_awaitValue(false, step, throwInto);
          case 'after_await_L13':
            value_6 = input;
            t11 = value_6;
            if (!!t11) {
              state = 'L';
              continue machine;
            }
            state = 'after_await_L13_2';
            return __ds_awaitValue('right', step, throwInto);
          case 'after_await_L13_2':
            value_7 = input;
            t11 = value_7;
            state = 'L';
          case 'L':
            t10.call(console, 'logical', t11);
            t12 = console.log;
            state = 'after_await_L14';
            return __ds_awaitValue(true, step, throwInto);
          case 'after_await_L14':
            value_8 = input;
            if (!value_8) {
              state = 'L_2';
              continue machine;
            }
            state = 'after_await_L14_2';
            return __ds_awaitValue('yes', step, throwInto);
          case 'after_await_L14_2':
            value_9 = input;
            t13 = value_9;
            state = 'L_3';
            continue machine;
          case 'L_2':
            t13 = 'no';
            state = 'L_3';
          case 'L_3':
            t12.call(console, 'conditional', t13);
            t14 = console.log;
            state = 'after_await_L15';
            return __ds_awaitValue(Promise.resolve('deep'), step, throwInto);
          case 'after_await_L15':
            value_10 = input;
            state = 'after_await_L15_2';
            return __ds_awaitValue(value_10, step, throwInto);
          case 'after_await_L15_2':
            value_11 = input;
            t14.call(console, 'await await', value_11);
            return resolve();
        }
      } catch (error) {
        return reject(error);
      }
    }
  };
  const throwInto = (error) => step(error, true);
  step();
});
positions();
x = 100;
