// Internal helpers shared by the expression evaluator's files (eval_expr.cpp, eval_assign.cpp,
// eval_literals.cpp).
#pragma once
#include "sim/interp.h"

namespace desugar::sim {

// Argument lists: inline on the native stack; long ones spill into a heap cell that the stack
// references (so a suspended coroutine keeps them alive).
struct ArgBuffer {
  static constexpr std::uint32_t kInline = 8;
  Value inl[kInline];
  std::uint32_t n = 0;
  ValueList* spill = nullptr;
  void push(Interp& in, Value v) {
    if (spill == nullptr && n < kInline) {
      inl[n++] = v;
      return;
    }
    if (spill == nullptr) {
      spill = in.heap.make<ValueList>();
      spill->items.assign(inl, inl + n);
    }
    spill->items.push_back(v);
    ++n;
  }
  const Value* data() const { return spill ? spill->items.data() : inl; }
};

// Evaluates call/new arguments (with spread) into `args`.
void eval_arguments(Interp& in, const Code* c, Frame& f, ArgBuffer& args);
Value super_this(Interp& in, const Code* c, Frame& f);
Key private_key(Interp& in, const Code* ref, Frame& f);
Value private_get(Interp& in, Value base, Key key, const Code* c);
void private_set(Interp& in, Value base, Key key, Value v, const Code* c);
bool simple_callee(const Code* c);

}  // namespace desugar::sim
