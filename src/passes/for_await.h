// `for await (… of …)` as a plain loop that awaits (ForIn/OfBodyEvaluation with iterationKind
// async), so the async function or generator around it is lowered like any other awaiting code.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "diag/diag.h"
#include "passes/names.h"
#include "runtime/library.h"

namespace desugar {

class ForAwaitLowering {
 public:
  ForAwaitLowering(ReservedNames& names, AstBuilder& b, Diagnostics& diags,
                   const RuntimeLibrary& library)
      : names_(names), b_(b), diags_(diags), library_(library) {}

  // Replaces every `for await` under `n` (outside nested functions) with its lowered loop.
  Node* lower_all(Node* n);
  bool used() const { return used_; }

 private:
  Node* lower(Node* loop, const std::vector<std::string_view>& labels);
  Node* instantiate(const Node* origin);
  std::string operand_text(const Node* right) const;

  ReservedNames& names_;
  AstBuilder& b_;
  Diagnostics& diags_;
  const RuntimeLibrary& library_;
  bool used_ = false;
};

}  // namespace desugar
