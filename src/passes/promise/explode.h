// Splitting an expression at its awaits while keeping the engine's evaluation order: operands
// left of an await are evaluated (into temporaries) before suspending; only expressions whose
// value cannot change meanwhile are left to be read afterwards.
#pragma once
#include <vector>

#include "diag/diag.h"
#include "passes/names.h"
#include "passes/promise/analysis.h"
#include "passes/promise/lowering_context.h"
#include "passes/promise/sink.h"

namespace desugar::promise {

class Exploder {
 public:
  // The linear form: the expressions it is given never branch around an await.
  Exploder(Sink& sink, FunctionContext& fn)
      : sink_(sink),
        fn_(fn),
        awaits_(fn.awaits),
        stability_(fn.stability),
        b_(fn.b),
        diags_(fn.diags) {}
  // The state machine: branches become labels and jumps.
  Exploder(BranchingSink& sink, FunctionContext& fn) : Exploder(static_cast<Sink&>(sink), fn) {
    branching_ = &sink;
  }

  // Emits what must run before the value of `e` is available and returns an expression for it.
  Node* value(Node* e);
  // The same when the value is not needed (an expression statement).
  void effect(Node* e);
  // Destructuring `pattern` from `source` (an identifier) when the pattern itself awaits (in a
  // default or a computed key): property by property, in the engine's order.
  void destructure(Node* pattern, Node* source);
  void destructure_array(Node* pattern, Node* source);

 private:
  // The sink's branches; only reached in the state machine (linear_form_fits keeps the linear
  // form away from bodies that branch), which this checks.
  BranchingSink& branches();
  Node* spill(Node* e);
  Node* spill_if(Node* e, bool later_awaits);
  Node* logical(Node* e);
  Node* conditional(Node* e);
  Node* assign(Node* e);
  Node* update(Node* e);
  Node* call(Node* e);
  Node* member(Node* e, bool later_awaits);
  Node* list_items(Node* e);  // Array and Object literals
  Node* arguments(Node* call, std::size_t first_await);
  Node* spread_item(Node* item, bool later_awaits, Kind holder);
  Node* template_literal(Node* e);
  Node* tagged_template(Node* e);
  Node* chain(Node* e);
  Node* unsupported(Node* e, const char* what);

  void rest_element(Node* rest, Node* iterator, Node* next, Node* done);
  void rest_properties(Node* rest, Node* source, const std::vector<Node*>& excluded);
  Node* data_descriptor(Node* value, const Node* origin);

  Sink& sink_;
  BranchingSink* branching_ = nullptr;
  FunctionContext& fn_;
  const AwaitIndex& awaits_;
  const Stability& stability_;
  AstBuilder& b_;
  Diagnostics& diags_;
};

}  // namespace desugar::promise
