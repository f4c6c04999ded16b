// The JavaScript text of the core runtime pieces: the captured intrinsics, await in both modes, the
// async function runner, the promise stage's helpers. Each piece is a list of statements; the
// driver parses them once (driver/runtime_library.cpp) and the passes copy what they need.
#include <string_view>

#include "runtime/helpers.h"

namespace desugar {

namespace {

constexpr std::string_view kIntrinsics = R"JS(// ---- desugar runtime ----
// Intrinsics captured before any user code runs: the engine's own await uses the original
// Promise, Promise.resolve and Promise.prototype.then even if a program patches them later.
const __ds_Promise = Promise;
const __ds_promiseResolve = Promise.resolve.bind(Promise);
const __ds_then = Promise.prototype.then;
const __ds_apply = Reflect.apply;
const __ds_defineProperty = Object.defineProperty;
)JS";

// The promise stage's object rest element when its pattern awaits.
constexpr std::string_view kCopyDataProperties = R"JS(
const __ds_ownKeys = Reflect.ownKeys;
const __ds_getOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
// `{ a, ...rest } = source`: CopyDataProperties (#sec-copydataproperties) into a new object, the
// own enumerable keys of the source other than those already destructured.
function __ds_copyDataProperties(source, excluded) {
  const from = Object(source);
  const keys = excluded.map((key) => (typeof key === 'symbol' ? key : String(key)));
  const target = {};
  for (const key of __ds_ownKeys(from)) {
    if (keys.includes(key)) continue;
    const desc = __ds_getOwnPropertyDescriptor(from, key);
    if (desc !== undefined && desc.enumerable) {
      __ds_defineProperty(target, key, { value: from[key], writable: true, enumerable: true, configurable: true });
    }
  }
  return target;
}
)JS";

// Modern await (ES2019+): PromiseResolve(%Promise%, v) then one reaction, so awaiting a native
// promise costs one job, a thenable two, a Promise subclass instance three.
constexpr std::string_view kAwaitModern = R"JS(
// await v (ES2019+): PromiseResolve(%Promise%, v), then resume on its settlement.
function __ds_awaitValue(value, onFulfilled, onRejected) {
  __ds_then.call(__ds_promiseResolve(value), onFulfilled, onRejected);
}
)JS";

// Legacy await (ES2017, Chrome <= 71, Node <= 11): a new promise resolved with v, so awaiting a
// native promise costs three jobs (resolve queues PromiseResolveThenableJob, whose then queues
// the reaction, which resolves the wrapper).
constexpr std::string_view kAwaitLegacy = R"JS(
// await v (ES2017): a new promise resolved with v, then resume on its settlement.
function __ds_awaitValue(value, onFulfilled, onRejected) {
  __ds_then.call(new __ds_Promise((resolve) => resolve(value)), onFulfilled, onRejected);
}
)JS";

constexpr std::string_view kAsyncRunner = R"JS(
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
)JS";

constexpr std::string_view kAsyncFunction = R"JS(
// Async function declarations and expressions: a method, so that, like a native async function,
// it cannot be called with `new` and has no `prototype`; it keeps the name and length.
function __ds_asyncFunction(name, length, body) {
  'use strict';
  const fn = { [name](...args) { return __ds_async(this, args, body); } }[name];
  __ds_defineProperty(fn, 'length', { value: length });
  return fn;
}
)JS";

// The promise stage's await for continuations that may throw (the linear form).
constexpr std::string_view kPromiseAwait = R"JS(
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
)JS";

// Legacy await with the thenable job written out.
constexpr std::string_view kAwaitLegacyExplicit = R"JS(
// await v (ES2017): a new promise resolved with v (three jobs for a native promise: the
// thenable job, its reaction, then ours), then resume on its settlement.
function __ds_awaitValue(value, onFulfilled, onRejected) {
  const wrapper = new __ds_Promise((resolve, reject) => __ds_resolvePromise(resolve, reject, value));
  __ds_then.call(wrapper, onFulfilled, onRejected);
}
)JS";

constexpr std::string_view kResolvePromise = R"JS(
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
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
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
      __ds_apply(then, value, [
        (result) => {
          if (!alreadyResolved) {
            alreadyResolved = true;
            __ds_resolvePromise(resolve, reject, result, promise);
          }
        },
        (error) => {
          if (!alreadyResolved) {
            alreadyResolved = true;
            reject(error);
          }
        },
      ]);
    } catch (error) {
      if (!alreadyResolved) {
        alreadyResolved = true;
        reject(error);
      }
    }
  });
}
)JS";

constexpr std::string_view kTdz = R"JS(
// A let/const read before its declaration has run throws (the temporal dead zone); the promise
// stage keeps such variables outside their block, so it checks for this value instead.
const __ds_uninitialized = Symbol('uninitialized');
function __ds_checkInitialized(value, name) {
  if (value === __ds_uninitialized) throw new ReferenceError(`Cannot access '${name}' before initialization`);
  return value;
}
)JS";

constexpr std::string_view kEnd = "// ---- end of desugar runtime ----\n";

}  // namespace

std::string_view core_piece_text(Piece piece) {
  switch (piece) {
    case Piece::Intrinsics: return kIntrinsics;
    case Piece::ResolvePromise: return kResolvePromise;
    case Piece::AwaitModern: return kAwaitModern;
    case Piece::AwaitLegacy: return kAwaitLegacy;
    case Piece::AwaitLegacyExplicit: return kAwaitLegacyExplicit;
    case Piece::AsyncRunner: return kAsyncRunner;
    case Piece::AsyncFunction: return kAsyncFunction;
    case Piece::PromiseAwait: return kPromiseAwait;
    case Piece::Tdz: return kTdz;
    case Piece::CopyDataProperties: return kCopyDataProperties;
    case Piece::End: return kEnd;
    default: return {};
  }
}

}  // namespace desugar
