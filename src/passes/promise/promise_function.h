// Lowering of one async function into `new Promise((resolve, reject) => …)` for the promise
// stage: the wrapper, its parameters, and the choice between the linear form and the state
// machine for the body.
#pragma once
#include <string_view>

#include "passes/for_await.h"
#include "passes/promise/lowering_context.h"

namespace desugar::promise {

// An await inside a `with` statement of `body` (not in a nested function).
bool awaits_inside_with(Node* body, const AwaitIndex& awaits);

class PromiseFunctionLowering {
 public:
  PromiseFunctionLowering(const Stability& stability, ReservedNames& names, AstBuilder& b,
                          Diagnostics& diags, const StageOptions& options, std::string_view source,
                          const RuntimeLibrary& library)
      : stability_(stability),
        names_(names),
        b_(b),
        diags_(diags),
        options_(options),
        lines_(source),
        for_await_(names, b, diags, library) {}

  // An async FunctionDecl, FunctionExpr or Arrow → its replacement (same kind of node), or null
  // when the body needs a form not written yet.
  Node* lower(Node* fn);
  // An async FunctionDecl → the value of the binding that replaces it (a non-constructible
  // arrow or method), or null as for lower().
  Node* lower_declaration(Node* decl);
  // An async function or arrow in an expression → its replacement (an anonymous function
  // expression may become an arrow), or null as for lower().
  // `inferred` is the name the function gets from where it is defined (NamedEvaluation), if any.
  Node* lower_expression(Node* fn, std::string_view inferred = {});
  // A Method whose function is async → the method with a lowered function.
  Node* lower_method(Node* method);

  // An async generator's body, as a plain FunctionExpr the generator form built (parameters and
  // captured body) → the function the async-generator runner drives: it returns the machine's
  // `step`, and `step(value, type)` runs to the next await, yield or end (generator_machine.cpp).
  // Null when the machine cannot take the body (D0109 says why).
  Node* lower_generator(Node* fn);

  // The runtime helpers the functions lowered so far call.
  HelperSet helpers() const {
    HelperSet all = helpers_;
    if (for_await_.used()) all.add(Helper::AsyncIteration);
    return all;
  }

 private:
  Node* promise_constructor(const Node* origin);
  Node* method_pick(Node* fn, std::string_view name, const Node* origin);
  void separate_body_vars(Node* fn, Node* body);
  bool report_fallback(const Node* fn, const FunctionContext& ctx, const Diagnostics& local,
                       bool lowered, std::string_view what);

  const Stability& stability_;
  ReservedNames& names_;
  AstBuilder& b_;
  Diagnostics& diags_;
  const StageOptions& options_;
  LineMap lines_;  // built once per file: continuation names carry line numbers
  HelperSet helpers_;
  ForAwaitLowering for_await_;  // `for await` becomes awaiting code before the body is split
};

}  // namespace desugar::promise
