// Lowering of one async function into `new Promise((resolve, reject) => …)` for the promise
// stage: the wrapper, its parameters, and the choice between the linear form and the state
// machine for the body.
#pragma once
#include <string_view>

#include "passes/promise/lowering_context.h"

namespace desugar::promise {

class PromiseFunctionLowering {
 public:
  PromiseFunctionLowering(const Stability& stability, ReservedNames& names, AstBuilder& b,
                          Diagnostics& diags, const StageOptions& options, std::string_view source)
      : stability_(stability), names_(names), b_(b), diags_(diags), options_(options), lines_(source) {}

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

  bool used_await() const { return used_await_; }
  bool used_await_value() const { return used_await_value_; }
  bool used_tdz() const { return used_tdz_; }
  bool used_resolve_with() const { return used_resolve_with_; }
  bool used_intrinsics() const { return used_intrinsics_; }  // __ds_Promise and the like
  bool used_copy_data_properties() const { return used_copy_data_properties_; }

 private:
  Node* promise_constructor(const Node* origin);
  Node* method_pick(Node* fn, std::string_view name, const Node* origin);
  void separate_body_vars(Node* fn, Node* body);

  const Stability& stability_;
  ReservedNames& names_;
  AstBuilder& b_;
  Diagnostics& diags_;
  const StageOptions& options_;
  LineMap lines_;  // built once per file: continuation names carry line numbers
  bool used_await_ = false;
  bool used_await_value_ = false;
  bool used_tdz_ = false;
  bool used_resolve_with_ = false;
  bool used_intrinsics_ = false;
  bool used_copy_data_properties_ = false;
};

}  // namespace desugar::promise
