// The helpers emitted into the output (the "runtime"), written as JavaScript and parsed by our own
// front end into AST statements, so the emitted helpers are printed like the rest of the program.
#pragma once
#include <string>
#include <vector>

#include "ast/ast.h"
#include "core/choices.h"

namespace desugar {

enum class Helper {
  AsyncRunner,     // __ds_async(thisArg, args, body): runs a generator as an async function
  AsyncFunction,   // __ds_asyncFunction(name, length, body): a non-constructible async function
  AwaitValue,      // __ds_awaitValue(value, onFulfilled, onRejected): await as PromiseResolve + then
  PromiseAwait,    // __ds_await(value, next, onError): the same, a throw in `next` goes to onError
  ResolvePromise,  // __ds_resolvePromise(resolve, reject, value, promise): thenable job written out
  CopyDataProperties,  // __ds_copyDataProperties(source, excluded): the object of `{ a, ...rest }`
  Intrinsics,      // only the captured intrinsics (__ds_Promise, …), always part of the runtime
  Tdz,             // __ds_uninitialized, __ds_checkInitialized(value, name): let/const before init
  AsyncIteration,  // __ds_getAsyncIterator and the other helpers of a lowered `for await`
  AsyncGenerator,  // __ds_asyncGenerator(thisArg, args, body, fn): the async generator runner
};

struct RuntimeOptions {
  AwaitMode mode = AwaitMode::Modern;
  bool explicit_jobs = true;
};

// Parses the runtime for the helpers in `wanted` (and what they depend on) with `prefix` in place
// of "__ds_", returning its statements.
std::vector<Node*> runtime_statements(std::vector<Helper> wanted, const RuntimeOptions& options,
                                      const std::string& prefix, AstBuilder& builder);

}  // namespace desugar
