#include "passes/runtime.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "parse/parse.h"
#include "passes/visit.h"

namespace desugar {

namespace {

constexpr std::string_view kIntrinsics = R"JS(// ---- desugar runtime ----
// Intrinsics captured before any user code runs: the engine's own await uses the original
// Promise, Promise.resolve and Promise.prototype.then even if a program patches them later.
const __ds_Promise = Promise;
const __ds_resolve = Promise.resolve.bind(Promise);
const __ds_then = Promise.prototype.then;
const __ds_apply = Reflect.apply;
const __ds_defineProperty = Object.defineProperty;
)JS";

// Modern await (ES2019+): PromiseResolve(%Promise%, v) then one reaction, so awaiting a native
// promise costs one job, a thenable two, a Promise subclass instance three.
constexpr std::string_view kAwaitModern = R"JS(
// await v (ES2019+): PromiseResolve(%Promise%, v), then resume on its settlement.
function __ds_await(value, onFulfilled, onRejected) {
  __ds_then.call(__ds_resolve(value), onFulfilled, onRejected);
}
)JS";

// Legacy await (ES2017, Chrome <= 71, Node <= 11): a new promise resolved with v, so awaiting a
// native promise costs three jobs (resolve queues PromiseResolveThenableJob, whose then queues
// the reaction, which resolves the wrapper).
constexpr std::string_view kAwaitLegacy = R"JS(
// await v (ES2017): a new promise resolved with v, then resume on its settlement.
function __ds_await(value, onFulfilled, onRejected) {
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
        __ds_await(result.value, (value) => step('next', value), (error) => step('throw', error));
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

void clear_ranges(Node* n) {
  n->begin = n->end = 0;
  for_each_child(n, [](Node*& child) { clear_ranges(child); });
}

std::string with_prefix(std::string_view text, const std::string& prefix) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 5, "__ds_") == 0) {
      out += prefix;
      i += 5;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

std::vector<Node*> runtime_statements(const std::vector<Helper>& wanted, AwaitMode mode,
                                      const std::string& prefix, AstBuilder& builder) {
  auto want = [&](Helper h) { return std::find(wanted.begin(), wanted.end(), h) != wanted.end(); };
  std::string text(kIntrinsics);
  text += mode == AwaitMode::Legacy ? kAwaitLegacy : kAwaitModern;
  text += kAsyncRunner;
  if (want(Helper::AsyncFunction)) text += kAsyncFunction;
  text += "// ---- end of desugar runtime ----\n";

  // The parsed text must outlive the AST: keep it in the arena.
  std::string_view kept = builder.str(with_prefix(text, prefix));
  ParseResult parsed = parse_js_text(kept, /*is_module=*/false, builder.arena(), nullptr);
  if (!parsed.ok) throw std::logic_error("desugar runtime does not parse");
  // Source ranges point into the runtime text, not the user's file: clear them.
  clear_ranges(parsed.program);
  return std::vector<Node*>(parsed.program->list.begin(), parsed.program->list.end());
}

}  // namespace desugar
