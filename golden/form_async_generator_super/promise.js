// super in async generator methods: reads, calls, assignment and compound assignment
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
// ---- async iteration (#sec-asynciteratorprototype, #sec-asyncgenerator-objects) ----
// What `for await` and `yield*` need: GetIterator(value, async), the async-from-sync iterator and
// the checks on iterator results.
const __ds_create = Object.create;
const __ds_setPrototypeOf = Object.setPrototypeOf;
const __ds_symbolAsyncIterator = Symbol.asyncIterator;
const __ds_symbolIterator = Symbol.iterator;
// GetMethod (#sec-getmethod): undefined and null mean "no method", anything else must be callable.
function __ds_getMethod(value, key) {
  const method = value[key];
  if (method === undefined || method === null) return undefined;
  if (typeof method !== 'function') throw new TypeError(`${__ds_describe(method)} is not a function`);
  return method;
}
// How V8 names a value in "… is not a function".
function __ds_describe(value) {
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return `string "${value}"`;
  return `${typeof value} ${String(value)}`;
}
function __ds_isObject(value) {
  return typeof value === 'object' && value !== null || typeof value === 'function';
}
// The checks on an iterator result: IteratorComplete (#sec-iteratorcomplete) requires an object.
function __ds_iteratorResultObject(result) {
  if (!__ds_isObject(result)) throw new TypeError(`Iterator result ${String(result)} is not an object`);
  return result;
}
function __ds_iteratorComplete(result) {
  return !!__ds_iteratorResultObject(result).done;
}
// GetIterator(value, async) (#sec-getiterator): the async iterator, or the sync one seen through
// CreateAsyncFromSyncIterator. `text` is the operand as V8's message names it (yield* has none).
function __ds_getAsyncIterator(value, text) {
  // V8 names a missing or non-callable method after the operand when it can print it.
  const named = text !== undefined && text !== '{}' && text[0] !== '(';
  const notIterable = () => new TypeError(text.endsWith('(...)') ? `${text} is not a function or its return value is not async iterable` : `${text} is not async iterable`);
  const getMethod = (key) => {
    const method = value[key];
    if (method === undefined || method === null) return undefined;
    if (typeof method !== 'function') throw named ? notIterable() : new TypeError(`${__ds_describe(method)} is not a function`);
    return method;
  };
  const method = getMethod(__ds_symbolAsyncIterator);
  if (method === undefined) {
    const syncMethod = getMethod(__ds_symbolIterator);
    if (syncMethod === undefined) throw text === undefined ? new TypeError('undefined is not a function') : notIterable();
    const syncIterator = __ds_apply(syncMethod, value, []);
    if (!__ds_isObject(syncIterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    return __ds_createAsyncFromSyncIterator({ iterator: syncIterator, nextMethod: syncIterator.next });
  }
  const iterator = __ds_apply(method, value, []);
  if (!__ds_isObject(iterator)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
  return { iterator, nextMethod: iterator.next };
}
// IteratorNext without a value: Call(nextMethod, iterator).
function __ds_iteratorNext(record) {
  return __ds_apply(record.nextMethod, record.iterator, []);
}
// CreateAsyncFromSyncIterator (#sec-createasyncfromsynciterator). The object is never handed to
// user code, so plain closures serve as %AsyncFromSyncIteratorPrototype%'s methods. `args` is
// empty when the caller passed no value ("If value is present").
function __ds_createAsyncFromSyncIterator(syncRecord) {
  const syncIterator = syncRecord.iterator;
  const iterator = {
    next(...args) {
      return new __ds_Promise((resolve, reject) => {
        let result;
        try {
          result = __ds_apply(syncRecord.nextMethod, syncIterator, args); // step 5: IteratorNext
          if (!__ds_isObject(result)) throw new TypeError(`Iterator result ${String(result)} is not an object`);
        } catch (error) {
          reject(error); // step 7: IfAbruptRejectPromise
          return;
        }
        __ds_asyncFromSyncIteratorContinuation(result, resolve, reject);
      });
    },
    return(...args) {
      return new __ds_Promise((resolve, reject) => {
        let result;
        try {
          const method = __ds_getMethod(syncIterator, 'return'); // step 5
          if (method === undefined) {
            resolve({ value: args[0], done: true }); // step 7
            return;
          }
          result = __ds_apply(method, syncIterator, args); // steps 8-9
          if (!__ds_isObject(result)) throw new TypeError(`Iterator result ${String(result)} is not an object`); // step 11
        } catch (error) {
          reject(error);
          return;
        }
        __ds_asyncFromSyncIteratorContinuation(result, resolve, reject);
      });
    },
    throw(...args) {
      return new __ds_Promise((resolve, reject) => {
        let result;
        try {
          const method = __ds_getMethod(syncIterator, 'throw');
          if (method === undefined) {
            reject(args[0]);
            return;
          }
          result = __ds_apply(method, syncIterator, args);
          if (!__ds_isObject(result)) throw new TypeError(`Iterator result ${String(result)} is not an object`);
        } catch (error) {
          reject(error);
          return;
        }
        __ds_asyncFromSyncIteratorContinuation(result, resolve, reject);
      });
    }
  };
  return { iterator, nextMethod: iterator.next };
}
// AsyncFromSyncIteratorContinuation (#sec-asyncfromsynciteratorcontinuation): the value is
// awaited, PromiseResolve(%Promise%, value) plus one reaction. As in Node 20, a rejected value
// does not close the sync iterator (ES2025 added that).
function __ds_asyncFromSyncIteratorContinuation(result, resolve, reject) {
  let done, valueWrapper;
  try {
    done = !!result.done; // step 1: IteratorComplete
    const value = result.value; // step 3: IteratorValue
    valueWrapper = __ds_promiseResolve(value); // step 5
  } catch (error) {
    reject(error);
    return;
  }
  // steps 8-13: unwrap(v) makes { value: v, done }
  __ds_then.call(valueWrapper, (value) => resolve({ value, done }), reject);
}
// ---- async generators (#sec-asyncgenerator-objects) ----
// %AsyncIteratorPrototype% and %AsyncGeneratorPrototype% cannot be reached without async syntax,
// so these objects stand in for them.
// An async generator function becomes a body that this runner drives: a generator (generator
// stage) or a state machine's `step(value, type)` (promise stage). The body hands the runner
// `new __ds_Await(v)` for `await v`, `new __ds_YieldStar(v)` for `yield* v` and the value of
// `yield v`; a `return v` awaited v first.
const __ds_AsyncIteratorPrototype = __ds_create(Object.prototype);
__ds_defineProperty(__ds_AsyncIteratorPrototype, __ds_symbolAsyncIterator, { value: {
  [Symbol.asyncIterator]() {
    return this;
  }
}[Symbol.asyncIterator], writable: true, enumerable: false, configurable: true });
class __ds_Await {
  #await;
  constructor(value) {
    this.value = value;
  }
  static is(step) {
    return __ds_isObject(step) && #await in step;
  }
}
// `yield* v` hands the runner this: it runs the delegation loop (__ds_asyncGeneratorYieldStar)
// and resumes the body with the loop's outcome.
class __ds_YieldStar {
  #delegate;
  constructor(value) {
    this.value = value;
  }
  static is(step) {
    return __ds_isObject(step) && #delegate in step;
  }
}
// An async generator object's internal slots (#sec-properties-of-asyncgenerator-intances), out of
// reach of user code: [[AsyncGeneratorState]], [[AsyncGeneratorQueue]] (a linked list of
// AsyncGeneratorRequest records) and the generator that runs the body.
class __ds_AsyncGeneratorObject {
  #slots;
  constructor(slots) {
    this.#slots = slots;
  }
  // AsyncGeneratorValidate (#sec-asyncgeneratorvalidate)
  static validate(object, method) {
    if (!__ds_isObject(object) || !(#slots in object)) {
      const receiver = __ds_isObject(object) ? '#<Object>' : String(object);
      throw new TypeError(`Method [AsyncGenerator].prototype.${method} called on incompatible receiver ${receiver}`);
    }
    return object.#slots;
  }
}
const __ds_AsyncGeneratorPrototype = {
  __proto__: __ds_AsyncIteratorPrototype,
  next(value) {
    'use strict';
    return new __ds_Promise((resolve, reject) => {
      // step 2: NewPromiseCapability(%Promise%)
      const generator = __ds_AsyncGeneratorObject.validate(this, 'next'); // steps 3-4: a throw rejects
      const state = generator.state;
      if (state === 'completed') {
        resolve({ value: undefined, done: true }); // step 6
        return;
      }
      const completion = { type: 'normal', value };
      __ds_asyncGeneratorEnqueue(generator, completion, resolve, reject); // step 8
      if (state === 'suspended-start' || state === 'suspended-yield') {
        __ds_asyncGeneratorResume(generator, completion); // step 9
      }
    });
  },
  return(value) {
    'use strict';
    return new __ds_Promise((resolve, reject) => {
      const generator = __ds_AsyncGeneratorObject.validate(this, 'return');
      const completion = { type: 'return', value };
      __ds_asyncGeneratorEnqueue(generator, completion, resolve, reject); // step 6
      const state = generator.state;
      if (state === 'suspended-start' || state === 'completed') {
        generator.state = 'draining-queue'; // step 8 (awaiting-return before ES2024)
        __ds_asyncGeneratorAwaitReturn(generator);
      } else if (state === 'suspended-yield') {
        __ds_asyncGeneratorResume(generator, completion); // step 9
      }
    });
  },
  throw(exception) {
    'use strict';
    return new __ds_Promise((resolve, reject) => {
      const generator = __ds_AsyncGeneratorObject.validate(this, 'throw');
      let state = generator.state;
      if (state === 'suspended-start') generator.state = state = 'completed'; // step 6
      if (state === 'completed') {
        reject(exception); // step 7
        return;
      }
      const completion = { type: 'throw', value: exception };
      __ds_asyncGeneratorEnqueue(generator, completion, resolve, reject); // step 9
      if (state === 'suspended-yield') __ds_asyncGeneratorResume(generator, completion); // step 10
    });
  }
};
// Built-in methods are not enumerable.
for (const key of ['next', 'return', 'throw']) __ds_defineProperty(__ds_AsyncGeneratorPrototype, key, { enumerable: false });
__ds_defineProperty(__ds_AsyncGeneratorPrototype, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });
// A call of an async generator function: EvaluateAsyncGeneratorBody (#sec-runtime-semantics-evaluateasyncgeneratorbody).
// Parameters are bound first, so their errors throw; then the object is made and AsyncGeneratorStart
// leaves the body suspended at its start.
function __ds_asyncGenerator(thisArg, args, body, fn) {
  'use strict';
  const generator = __ds_apply(body, thisArg, args);
  const prototype = fn === undefined ? undefined : fn.prototype; // OrdinaryCreateFromConstructor
  const slots = { state: 'suspended-start', first: null, last: null, generator, delegate: null };
  const object = new __ds_AsyncGeneratorObject(slots);
  __ds_setPrototypeOf(object, __ds_isObject(prototype) ? prototype : __ds_AsyncGeneratorPrototype);
  return object;
}
// Async generator declarations and expressions: like __ds_asyncFunction, a method (it cannot be
// called with `new`) with the name and length, plus the `prototype` its objects inherit from.
function __ds_asyncGeneratorFunction(name, length, body) {
  'use strict';
  const fn = {
    [name](...args) {
      return __ds_asyncGenerator(this, args, body, fn);
    }
  }[name];
  __ds_defineProperty(fn, 'length', { value: length });
  __ds_defineProperty(fn, 'prototype', { value: __ds_create(__ds_AsyncGeneratorPrototype), writable: true });
  return fn;
}
// AsyncGeneratorEnqueue (#sec-asyncgeneratorenqueue): an AsyncGeneratorRequest at the queue's end.
function __ds_asyncGeneratorEnqueue(generator, completion, resolve, reject) {
  const request = { completion, resolve, reject, next: null };
  if (generator.last === null) generator.first = request;
  else generator.last.next = request;
  generator.last = request;
}
// AsyncGeneratorCompleteStep (#sec-asyncgeneratorcompletestep): settles the oldest request.
function __ds_asyncGeneratorCompleteStep(generator, completion, done) {
  const next = generator.first; // steps 2-3
  generator.first = next.next;
  if (generator.first === null) generator.last = null;
  if (completion.type === 'throw') next.reject(completion.value);
  else next.resolve({ value: completion.value, done }); // step 7: CreateIterResultObject
}
// AsyncGeneratorResume (#sec-asyncgeneratorresume)
function __ds_asyncGeneratorResume(generator, completion) {
  const started = generator.state === 'suspended-yield';
  generator.state = 'executing'; // step 5
  if (started) __ds_asyncGeneratorUnwrapYieldResumption(generator, completion);
  else __ds_asyncGeneratorRun(generator, completion);
}
// AsyncGeneratorUnwrapYieldResumption (#sec-asyncgeneratorunwrapyieldresumption): a return
// request resumes the body only after its value is awaited.
function __ds_asyncGeneratorUnwrapYieldResumption(generator, completion) {
  if (completion.type !== 'return') {
    __ds_asyncGeneratorRun(generator, completion); // step 1
    return;
  }
  __ds_asyncGeneratorAwait(generator, completion.value, (value) => __ds_asyncGeneratorRun(generator, { type: 'return', value }), (error) => __ds_asyncGeneratorRun(generator, { type: 'throw', value: error })); // step 3
}
// Await inside the body (#await): resumes the body with the value or the reason.
function __ds_asyncGeneratorAwait(generator, value, onFulfilled, onRejected) {
  try {
    __ds_awaitValue(value, onFulfilled, onRejected);
  } catch (error) {
    onRejected(error); // e.g. a throwing `constructor` getter throws at the await
  }
}
// Runs the body from where it stopped with `completion` until it awaits, yields or ends.
function __ds_asyncGeneratorRun(generator, completion) {
  if (generator.delegate !== null) {
    // The body is inside a yield*: the completion goes to the delegation loop.
    const round = generator.delegate;
    generator.delegate = null;
    round(completion);
    return;
  }
  const body = generator.generator;
  let result;
  try {
    if (typeof body === 'function') {
      result = body(completion.value, completion.type); // a state machine's step
    } else if (completion.type === 'normal') {
      result = body.next(completion.value);
    } else if (completion.type === 'throw') {
      result = body.throw(completion.value);
    } else {
      result = body.return(completion.value);
    }
  } catch (error) {
    __ds_asyncGeneratorFinish(generator, { type: 'throw', value: error });
    return;
  }
  const step = result.value;
  if (result.done) {
    // AsyncGeneratorStart step 4.i: a return completion's value (already awaited), else undefined
    __ds_asyncGeneratorFinish(generator, { type: 'normal', value: step });
  } else if (__ds_Await.is(step)) {
    __ds_asyncGeneratorAwait(generator, step.value, (value) => __ds_asyncGeneratorRun(generator, { type: 'normal', value }), (error) => __ds_asyncGeneratorRun(generator, { type: 'throw', value: error }));
  } else if (__ds_YieldStar.is(step)) {
    __ds_asyncGeneratorYieldStar(generator, step.value);
  } else {
    // `yield v` (#sec-yield): AsyncGeneratorYield(? Await(v))
    __ds_asyncGeneratorAwait(generator, step, (value) => __ds_asyncGeneratorYield(generator, value), (error) => __ds_asyncGeneratorRun(generator, { type: 'throw', value: error }));
  }
}
// AsyncGeneratorYield (#sec-asyncgeneratoryield), from step 9
function __ds_asyncGeneratorYield(generator, value) {
  __ds_asyncGeneratorCompleteStep(generator, { type: 'normal', value }, false); // step 9
  if (generator.first !== null) {
    // step 11: another request is queued, so the body goes on without suspending
    __ds_asyncGeneratorUnwrapYieldResumption(generator, generator.first.completion);
  } else {
    generator.state = 'suspended-yield'; // step 12
  }
}
// AsyncGeneratorStart step 4.g-k: the body returned or threw.
function __ds_asyncGeneratorFinish(generator, completion) {
  generator.state = 'draining-queue';
  __ds_asyncGeneratorCompleteStep(generator, completion, true);
  __ds_asyncGeneratorDrainQueue(generator);
}
// AsyncGeneratorAwaitReturn (#sec-asyncgeneratorawaitreturn): a return request on a generator that
// has not started or has finished awaits its value, then settles.
function __ds_asyncGeneratorAwaitReturn(generator) {
  const completion = generator.first.completion; // steps 2-5
  let promise;
  try {
    promise = __ds_promiseResolve(completion.value); // step 7: PromiseResolve(%Promise%, value)
  } catch (error) {
    __ds_asyncGeneratorCompleteStep(generator, { type: 'throw', value: error }, true); // step 8
    __ds_asyncGeneratorDrainQueue(generator);
    return;
  }
  __ds_then.call(promise, (value) => {
    // steps 11-15
    __ds_asyncGeneratorCompleteStep(generator, { type: 'normal', value }, true);
    __ds_asyncGeneratorDrainQueue(generator);
  }, (reason) => {
    __ds_asyncGeneratorCompleteStep(generator, { type: 'throw', value: reason }, true);
    __ds_asyncGeneratorDrainQueue(generator);
  });
}
// AsyncGeneratorDrainQueue (#sec-asyncgeneratordrainqueue): settles what is left once the body has
// finished: a return request awaits its value, the others settle at once.
function __ds_asyncGeneratorDrainQueue(generator) {
  while (generator.first !== null) {
    const completion = generator.first.completion;
    if (completion.type === 'return') {
      __ds_asyncGeneratorAwaitReturn(generator); // step 5.c
      return;
    }
    __ds_asyncGeneratorCompleteStep(generator, completion.type === 'throw' ? completion : { type: 'normal', value: undefined }, true);
  }
  generator.state = 'completed'; // steps 3 and 5.d.iii
}
// yield* in an async generator (#sec-generator-function-definitions-runtime-semantics-evaluation,
// YieldExpression : yield * AssignmentExpression, with generatorKind async), steps 3-7. Each
// round of the step 7 loop sends the completion `received` to the inner iterator and awaits its
// result; the body resumes with the outcome: the yield* value, a throw, or a return completion.
function __ds_asyncGeneratorYieldStar(generator, value) {
  const resume = (completion) => __ds_asyncGeneratorRun(generator, completion);
  const fail = (error) => resume({ type: 'throw', value: error });
  let record;
  try {
    record = __ds_getAsyncIterator(value); // steps 3-4; V8 says "undefined is not a function" here
  } catch (error) {
    fail(error);
    return;
  }
  const iterator = record.iterator;
  // Awaits a call's result (innerResult) and goes on from step 7.a.iv, 7.b.ii.4 or 7.c.vi.
  const awaitInner = (received, innerResult) => {
    __ds_asyncGeneratorAwait(generator, innerResult, (result) => {
      let done, yielded;
      try {
        __ds_iteratorResultObject(result); // "If innerResult is not an Object, throw"
        done = result.done; // IteratorComplete
        yielded = result.value; // IteratorValue
      } catch (error) {
        fail(error);
        return;
      }
      if (done) {
        // 7.a.vi / 7.b.ii.6: the value of yield*; 7.c.viii: a return completion
        resume({ type: received.type === 'return' ? 'return' : 'normal', value: yielded });
        return;
      }
      // 7.a.vii / 7.b.ii.8 / 7.c.ix: received = AsyncGeneratorYield(? IteratorValue(innerResult))
      generator.delegate = round;
      __ds_asyncGeneratorYield(generator, yielded);
    }, fail);
  };
  // One round of step 7 for `received`.
  const round = (received) => {
    let call;
    try {
      if (received.type === 'normal') {
        call = __ds_apply(record.nextMethod, iterator, [received.value]); // 7.a.i
      } else if (received.type === 'throw') {
        const throwMethod = __ds_getMethod(iterator, 'throw'); // 7.b.i
        if (throwMethod === undefined) {
          // 7.b.iii: AsyncIteratorClose(iteratorRecord, normal completion), then a TypeError
          const typeError = () => fail(new TypeError("The iterator does not provide a 'throw' method."));
          const returnMethod = __ds_getMethod(iterator, 'return');
          if (returnMethod === undefined) {
            typeError();
            return;
          }
          const closed = __ds_apply(returnMethod, iterator, []);
          __ds_asyncGeneratorAwait(generator, closed, (result) => {
            try {
              __ds_iteratorResultObject(result);
            } catch (error) {
              fail(error);
              return;
            }
            typeError();
          }, fail);
          return;
        }
        call = __ds_apply(throwMethod, iterator, [received.value]); // 7.b.ii.1
      } else {
        const returnMethod = __ds_getMethod(iterator, 'return'); // 7.c.ii
        if (returnMethod === undefined) {
          // 7.c.iii: the return completion, its value awaited
          __ds_asyncGeneratorAwait(generator, received.value, (awaited) => resume({ type: 'return', value: awaited }), fail);
          return;
        }
        call = __ds_apply(returnMethod, iterator, [received.value]); // 7.c.iv
      }
    } catch (error) {
      fail(error);
      return;
    }
    awaitInner(received, call);
  };
  round({ type: 'normal', value: undefined }); // step 6
}
// ---- end of desugar runtime ----
class A {
  hi() {
    return 'A.hi';
  }
}
class B extends A {
  g() {
    const __ds_superSet2 = (key, value) => {
      super[key] = value;
    };
    const __ds_superRef3 = (key) => __ds_defineProperty({}, 'value', {
      __proto__: null,
      get: () => super[key],
      set: (value) => {
        super[key] = value;
      }
    });
    const __ds_superCall1 = (key, ...args) => super[key](...args);
    return __ds_asyncGenerator(this, arguments, function() {
      let state = 'start', t1, t2, value;
      const step = (input, mode) => {
        machine: for (;;) {
          try {
            if (mode === 'throw') {
              mode = undefined;
              throw input;
            }
            switch (state) {
              case 'start':
                state = 'after_yield_L5';
                return { value: __ds_superCall1('hi'), done: false };
              case 'after_yield_L5':
                if (mode === 'return') {
                  mode = undefined;
                  return { value: input, done: true };
                }
                state = 'after_await_L6';
                return { value: new __ds_Await(null), done: false };
              case 'after_await_L6':
                __ds_superSet2('count', 1);
                t1 = __ds_superRef3('count');
                t2 = t1.value;
                state = 'after_await_L8';
                return { value: new __ds_Await(1), done: false };
              case 'after_await_L8':
                value = input;
                t1.value = t2 + value;
                __ds_superSet2('x', 'x');
                state = 'after_yield_L10';
                return { value: [this.count, this.x].join(), done: false };
              case 'after_yield_L10':
                if (mode === 'return') {
                  mode = undefined;
                  return { value: input, done: true };
                }
                return { value: undefined, done: true };
            }
          } catch (error) {
            throw error;
          }
        }
      };
      return step;
    });
  }
}
(() => new Promise((resolve, reject) => {
  let state = 'start', __ds_iterator4, __ds_open5, completion, __ds_result6, __ds_value7, v, __ds_error8, __ds_return9, __ds_return9_2, value;
  const step = (input, threw) => {
    machine: for (;;) {
      try {
        if (threw) {
          threw = false;
          throw input;
        }
        switch (state) {
          case 'start':
            __ds_iterator4 = __ds_getAsyncIterator(new B().g(), '(intermediate value).g(...)');
            __ds_open5 = false; // true while the body runs: leaving it then closes the iterator
            state = 'try_L13';
          case 'try_L13':
            state = 'loop_L13';
          case 'loop_L13':
            __ds_open5 = false;
            state = 'after_await_L13';
            return __ds_awaitValue(__ds_iteratorNext(__ds_iterator4), step, throwInto);
          case 'after_await_L13':
            __ds_result6 = input;
            if (__ds_iteratorComplete(__ds_result6)) {
              state = 'loop_end_L13';
              continue machine;
            }
            __ds_value7 = __ds_result6.value;
            __ds_open5 = true;
            v = __ds_value7;
            console.log(v);
            state = 'loop_L13';
            continue machine;
          case 'loop_end_L13':
            completion = { type: 'normal' };
            state = 'finally_L13';
            continue machine;
          case 'catch_L13':
            __ds_error8 = input;
            if (!__ds_open5) {
              state = 'end_if_L13';
              continue machine;
            }
            // AsyncIteratorClose with a throw completion: the throw wins over anything return() does.
            __ds_open5 = false;
            state = 'try_L13_2';
          case 'try_L13_2':
            __ds_return9 = __ds_iterator4.iterator.return;
            if (!(__ds_return9 !== undefined && __ds_return9 !== null)) {
              state = 'end_if_L13_2';
              continue machine;
            }
            state = 'after_await_L13_2';
            return __ds_awaitValue(__ds_apply(__ds_return9, __ds_iterator4.iterator, []), step, throwInto);
          case 'after_await_L13_2':
            state = 'end_if_L13_2';
          case 'end_if_L13_2':
            state = 'end_try_L13_2';
            continue machine;
          case 'catch_L13_2':
            state = 'end_try_L13_2';
            continue machine;
          case 'end_try_L13_2':
            state = 'end_if_L13';
          case 'end_if_L13':
            throw __ds_error8;
          case 'finally_L13':
            if (!__ds_open5) {
              state = 'end_if_L13_3';
              continue machine;
            }
            // AsyncIteratorClose after break, return or a continue to an outer loop
            __ds_return9_2 = __ds_getMethod(__ds_iterator4.iterator, 'return');
            if (!(__ds_return9_2 !== undefined)) {
              state = 'end_if_L13_4';
              continue machine;
            }
            state = 'after_await_L13_3';
            return __ds_awaitValue(__ds_apply(__ds_return9_2, __ds_iterator4.iterator, []), step, throwInto);
          case 'after_await_L13_3':
            value = input;
            __ds_iteratorResultObject(value);
            state = 'end_if_L13_4';
          case 'end_if_L13_4':
            state = 'end_if_L13_3';
          case 'end_if_L13_3':
            if (completion.type === 'throw') throw completion.value;
            state = 'end_try_L13';
          case 'end_try_L13':
            return resolve();
        }
      } catch (error) {
        switch (state) {
          case 'try_L13':
          case 'loop_L13':
          case 'after_await_L13':
          case 'loop_end_L13':
            input = error;
            state = 'catch_L13';
            continue machine;
          case 'catch_L13':
          case 'catch_L13_2':
          case 'end_try_L13_2':
          case 'end_if_L13':
            completion = { type: 'throw', value: error };
            state = 'finally_L13';
            continue machine;
          case 'try_L13_2':
          case 'after_await_L13_2':
          case 'end_if_L13_2':
            input = error;
            state = 'catch_L13_2';
            continue machine;
        }
        return reject(error);
      }
    }
  };
  const throwInto = (error) => step(error, true);
  step();
}))();
