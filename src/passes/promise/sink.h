// Where the promise stage writes a function body as it splits it at awaits. The linear form
// (one continuation function per await, nested) implements Sink; the state machine implements
// BranchingSink, which adds labels and jumps (machine_sink.h documents the whole IR).
#pragma once
#include <string>

#include "ast/ast.h"

namespace desugar::promise {

class Sink {
 public:
  virtual ~Sink() = default;
  // Appends a statement to the piece being written.
  virtual void emit(Node* stmt) = 0;
  // Ends the piece at `await operand`; what follows runs in the continuation. Returns the
  // expression that holds the value the await resumes with.
  virtual Node* suspend(Node* operand, const Node* origin) = 0;
  // The same when the resumed value is not used (`await x;`).
  virtual void suspend_effect(Node* operand, const Node* origin) { suspend(operand, origin); }
  // A temporary initialized to `init` now, readable in every later piece.
  virtual Node* temp(Node* init, const Node* origin) = 0;
  // A temporary with no value yet (assigned on both arms of a branch).
  virtual Node* temp_var(const Node* origin) = 0;
};

// Branches inside one expression (`a && await b`, `c ? await d : e`). Only the state machine
// has them; the linear form is chosen only for bodies that need none (linear_form_fits).
class BranchingSink : public Sink {
 public:
  virtual int new_label() = 0;
  virtual void mark(int label) = 0;
  virtual void jump(int label) = 0;
  virtual void jump_unless(Node* test, int label) = 0;
};

}  // namespace desugar::promise
