// Splitting an expression at its awaits while keeping the engine's evaluation order: operands
// left of an await are evaluated (into temporaries) before suspending; only expressions whose
// value cannot change meanwhile are left to be read afterwards.
#pragma once
#include "diag/diag.h"
#include "passes/names.h"
#include "passes/promise/analysis.h"
#include "passes/promise/sink.h"

namespace desugar::promise {

class Exploder {
 public:
  Exploder(Sink& sink, const AwaitIndex& awaits, const Stability& stability, AstBuilder& b,
           Diagnostics& diags)
      : sink_(sink), awaits_(awaits), stability_(stability), b_(b), diags_(diags) {}

  // Emits what must run before the value of `e` is available and returns an expression for it.
  Node* value(Node* e);
  // The same when the value is not needed (an expression statement).
  void effect(Node* e);
  // Destructuring `pattern` from `source` (an identifier) when the pattern itself awaits (in a
  // default or a computed key): property by property, in the engine's order.
  void destructure(Node* pattern, Node* source);
  void destructure_array(Node* pattern, Node* source);

 private:
  Node* spill(Node* e);
  Node* spill_if(Node* e, bool later_awaits);
  Node* logical(Node* e);
  Node* conditional(Node* e);
  Node* assign(Node* e);
  Node* update(Node* e);
  Node* call(Node* e);
  Node* member(Node* e, bool later_awaits);
  Node* list_items(Node* e);           // Array and Object literals
  Node* arguments(Node* call, std::size_t first_await);
  Node* spread_item(Node* item, bool later_awaits, Kind holder);
  Node* template_literal(Node* e);
  Node* tagged_template(Node* e);
  Node* chain(Node* e);
  Node* unsupported(Node* e, const char* what);

  Sink& sink_;
  const AwaitIndex& awaits_;
  const Stability& stability_;
  AstBuilder& b_;
  Diagnostics& diags_;
};

}  // namespace desugar::promise
