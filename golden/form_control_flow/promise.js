// awaits inside every control-flow form
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
// ---- end of desugar runtime ----
var flow = (input) => {
  let promise;
  return promise = new Promise((resolve, reject) => {
    let state = 'start', out, i, t1, value, n, t2, value_2, iterator, next, result, a, iterator_2, next_2, result_2, b, t3, value_3, value_4, t4, completion, e;
    const step = (__ds_input, threw) => {
      machine: for (;;) {
        try {
          if (threw) {
            threw = false;
            throw __ds_input;
          }
          switch (state) {
            case 'start':
              out = [];
              i = 0;
              state = 'loop_L4';
            case 'loop_L4':
              if (!(i < 3)) {
                state = 'loop_end_L4';
                continue machine;
              }
              if (i === 1) {
                state = 'loop_update_L4';
                continue machine;
              }
              t1 = out.push;
              state = 'after_await_L6';
              return __ds_awaitValue(i, step, throwInto);
            case 'after_await_L6':
              value = __ds_input;
              t1.call(out, value);
              state = 'loop_update_L4';
            case 'loop_update_L4':
              i++;
              state = 'loop_L4';
              continue machine;
            case 'loop_end_L4':
              n = 0;
              state = 'loop_L9';
            case 'loop_L9':
              t2 = n;
              state = 'after_await_L9';
              return __ds_awaitValue(1, step, throwInto);
            case 'after_await_L9':
              value_2 = __ds_input;
              n = t2 + value_2;
              state = 'loop_test_L9';
            case 'loop_test_L9':
              if (n < 2) {
                state = 'loop_L9';
                continue machine;
              }
              state = 'loop_end_L9';
            case 'loop_end_L9':
              iterator = ['a', 'b'][Symbol.iterator]();
              next = iterator.next;
              state = 'loop_L10';
            case 'loop_L10':
              result = next.call(iterator);
              if (result.done) {
                state = 'loop_end_L10';
                continue machine;
              }
              state = 'loop_body_L10';
            case 'loop_body_L10':
              a = result.value;
              iterator_2 = [1, 2][Symbol.iterator]();
              next_2 = iterator_2.next;
              state = 'loop_L11';
            case 'loop_L11':
              result_2 = next_2.call(iterator_2);
              if (result_2.done) {
                state = 'loop_end_L11';
                continue machine;
              }
              state = 'loop_body_L11';
            case 'loop_body_L11':
              b = result_2.value;
              if (a === 'b' && b === 2) {
                if (iterator_2.return !== undefined) iterator_2.return();
                if (iterator.return !== undefined) iterator.return();
                {
                  state = 'loop_end_L10';
                  continue machine;
                }
              }
              t3 = out.push;
              state = 'after_await_L13';
              return __ds_awaitValue(b, step, throwInto);
            case 'after_await_L13':
              value_3 = __ds_input;
              t3.call(out, a + value_3);
              state = 'loop_L11';
              continue machine;
            case 'close_iterator_L11':
              try {
                if (iterator_2.return !== undefined) iterator_2.return();
              } catch {}
              throw __ds_input;
            case 'loop_end_L11':
              state = 'loop_L10';
              continue machine;
            case 'close_iterator_L10':
              try {
                if (iterator.return !== undefined) iterator.return();
              } catch {}
              throw __ds_input;
            case 'loop_end_L10':
              state = 'after_await_L16';
              return __ds_awaitValue(input, step, throwInto);
            case 'after_await_L16':
              value_4 = __ds_input;
              t4 = value_4;
              if (t4 === 'x') {
                state = 'case_L17';
                continue machine;
              }
              if (t4 === 'y') {
                state = 'case_L19';
                continue machine;
              }
              state = 'default_L22';
              continue machine;
            case 'case_L17':
              out.push('case x');
              state = 'case_L19';
            case 'case_L19':
              out.push('fell into y');
              state = 'switch_end_L16';
              continue machine;
            case 'default_L22':
              out.push('default');
              state = 'switch_end_L16';
            case 'switch_end_L16':
              state = 'try_L25';
            case 'try_L25':
              state = 'after_await_L26';
              return __ds_awaitValue(Promise.reject(new Error('inner')), step, throwInto);
            case 'after_await_L26':
              completion = { type: 'normal' };
              state = 'finally_L29';
              continue machine;
            case 'catch_L27':
              e = __ds_input;
              out.push('caught ' + e.message);
              completion = { type: 'normal' };
              state = 'finally_L29';
              continue machine;
            case 'finally_L29':
              state = 'after_await_L30';
              return __ds_awaitValue(null, step, throwInto);
            case 'after_await_L30':
              out.push('finally');
              if (completion.type === 'throw') throw completion.value;
              state = 'end_try_L25';
            case 'end_try_L25':
              return __ds_resolvePromise(resolve, reject, out.join(' '), promise);
          }
        } catch (error) {
          switch (state) {
            case 'loop_body_L10':
            case 'loop_L11':
            case 'close_iterator_L11':
            case 'loop_end_L11':
              __ds_input = error;
              state = 'close_iterator_L10';
              continue machine;
            case 'loop_body_L11':
            case 'after_await_L13':
              __ds_input = error;
              state = 'close_iterator_L11';
              continue machine;
            case 'try_L25':
            case 'after_await_L26':
              __ds_input = error;
              state = 'catch_L27';
              continue machine;
            case 'catch_L27':
              completion = { type: 'throw', value: error };
              state = 'finally_L29';
              continue machine;
          }
          return reject(error);
        }
      }
    };
    const throwInto = (error) => step(error, true);
    step();
  });
};
flow('x').then((v) => console.log(v));
let p = Promise.resolve();
for (let i = 1; i <= 20; i++) p = p.then(() => console.log('t' + i));
