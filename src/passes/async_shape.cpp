#include "passes/async_shape.h"

#include "passes/visit.h"

namespace desugar {

AsyncForm async_form(const Node* fn, Stage stage) {
  if (stage != Stage::Promise) return AsyncForm::Generator;
  // Async generators keep the async-generator runner and its wrappers; the promise stage gives
  // them a state-machine body (AsyncFunctionLowering::set_generator_machine).
  return fn->has(flag::Generator) ? AsyncForm::Generator : AsyncForm::Promise;
}

ParameterShape parameter_shape(const Node* fn) {
  ParameterShape shape;
  bool counting = true;
  for (const Node* p : fn->list) {
    if (p->kind != Kind::Identifier) shape.simple = false;
    if (p->kind == Kind::AssignPattern || p->kind == Kind::Rest) counting = false;
    if (counting) ++shape.length;
    bound_names(const_cast<Node*>(p), shape.names);
  }
  return shape;
}

}  // namespace desugar
