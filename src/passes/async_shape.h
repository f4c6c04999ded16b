// One description of an async function, shared by both stages: which form lowers it and the
// facts about its parameters that the wrappers need (Function.length, simple or not, the names
// they bind).
#pragma once
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "core/choices.h"

namespace desugar {

// How one async function is lowered: the runner's wrappers (the generator stage, and async
// generators in both stages: in the promise stage their body is a state machine, not a
// generator) or explicit promise code (the promise stage).
enum class AsyncForm { Generator, Promise };

// The form `stage` gives the function `fn` (a FunctionDecl, FunctionExpr, Arrow or a Method's
// function). The promise form may still fall back to the generator form (D0109 says why).
AsyncForm async_form(const Node* fn, Stage stage);

struct ParameterShape {
  bool simple = true;  // IsSimpleParameterList: only plain identifiers
  int length = 0;      // ExpectedArgumentCount: the parameters before the first default or rest
  std::vector<std::string_view> names;  // BoundNames of the parameters
  // A wrapper with `length` placeholders must pass the other arguments on through a rest
  // parameter (an arrow has no `arguments` to forward).
  bool forwards_rest(const Node* fn) const { return length < static_cast<int>(fn->list.size()); }
};

ParameterShape parameter_shape(const Node* fn);

}  // namespace desugar
