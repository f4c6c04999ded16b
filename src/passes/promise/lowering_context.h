// Shared state of the promise stage while it lowers one async function.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "diag/diag.h"
#include "passes/names.h"
#include "passes/promise/analysis.h"
#include "runtime/helpers.h"

namespace desugar::promise {

struct StageOptions {
  bool explicit_jobs = true;  // write PromiseResolveThenableJob out (else native resolve)
};

// What the lowering of one async function needs.
struct FunctionContext {
  FunctionContext(AstBuilder& builder, Diagnostics& diagnostics, ReservedNames& reserved,
                  const Stability& stable, AwaitIndex& await_index,
                  const StageOptions& stage_options, const LineMap& line_map)
      : b(builder),
        diags(diagnostics),
        names(reserved),
        stability(stable),
        awaits(await_index),
        options(stage_options),
        lines(line_map) {}

  AstBuilder& b;
  Diagnostics& diags;
  ReservedNames& names;
  const Stability& stability;
  AwaitIndex& awaits;
  const StageOptions& options;
  const LineMap& lines;      // the original file's lines, for line numbers in names
  std::string resolve_name;  // the executor's resolve/reject parameters
  std::string reject_name;
  std::string promise_name;   // the function's own promise (self-resolution check), if used
  bool arrow_pieces = false;  // continuations must be arrows (the body uses this/arguments/super)
  HelperSet helpers;          // the runtime helpers the lowered function calls
  bool used_promise = false;  // `return` checks for self-resolution against the own promise
  std::vector<std::string> taken;             // names given to continuations and temporaries so far
  std::vector<std::string_view> param_names;  // names bound by the parameters
  bool simple_params = true;
  std::string fallback_reason;  // why the state machine gave up on this body, if it did
  // The body is an async generator's: the machine's `step` is driven by the async-generator
  // runner, so an await or a yield returns a step result to it instead of calling `then`, and
  // `return` completes with `{ value, done: true }` (machine_sink.h).
  bool generator = false;
  // The body awaits inside a `with`: the machine's own names take the reserved prefix, so that
  // no property of the object can capture them (MachineLowering::with_statement).
  bool reserved_names = false;

  int line_of(const Node* n) const;
  // A readable, unique name ("after_await_L12", "after_await_L12_2", ...).
  std::string unique(std::string base);
  // `return value;` of the async function: resolve its promise (the thenable job written out).
  Node* resolve_call(Node* value, const Node* origin);
  Node* reject_call(Node* error, const Node* origin);
  // __ds_await(operand, next, onError): `next` may throw.
  Node* await_call(Node* operand, Node* next, Node* on_error, const Node* origin);
  // __ds_awaitValue(operand, onFulfilled, onRejected): the callbacks never throw.
  Node* await_value_call(Node* operand, Node* on_fulfilled, Node* on_rejected, const Node* origin);
  // `{ value, done }`, a step result the async-generator runner reads.
  Node* step_result(Node* value, bool done, const Node* origin);
};

}  // namespace desugar::promise
