#include "passes/promise/lowering_context.h"

#include <algorithm>

namespace desugar::promise {

int FunctionContext::line_of(const Node* n) const {
  if (!n || n->end == 0) return 0;
  return static_cast<int>(lines.position(n->begin).line);
}

std::string FunctionContext::unique(std::string base) {
  std::string name = reserved_names || names.used(base) ? names.name(base) : base;
  std::string candidate = name;
  for (int i = 2; std::find(taken.begin(), taken.end(), candidate) != taken.end(); ++i) {
    candidate = name + "_" + std::to_string(i);
  }
  taken.push_back(candidate);
  return candidate;
}

namespace {
// Values that can never be thenables: resolving with them needs no job.
bool never_thenable(const Node* v) {
  switch (v->kind) {
    case Kind::Number:
    case Kind::String:
    case Kind::Bool:
    case Kind::Null:
    case Kind::Template:
    case Kind::Array:
    case Kind::Regex: return true;
    case Kind::Identifier: return v->text == "undefined";
    case Kind::Unary: return v->op != Op::Delete;
    case Kind::Binary: return !is_logical(v->op);
    case Kind::Update: return true;
    default: return false;
  }
}
}  // namespace

Node* FunctionContext::step_result(Node* value, bool done, const Node* origin) {
  Node* flag = b.make(Kind::Bool, origin);
  flag->text = done ? "true" : "false";
  Node* obj = b.make(Kind::Object, origin);
  obj->list = b.list({b.property(b.ident("value", origin), value, origin),
                      b.property(b.ident("done", origin), flag, origin)});
  return obj;
}

Node* FunctionContext::resolve_call(Node* value, const Node* origin) {
  // An async generator's return value was awaited already (`return await v`, AsyncGeneratorStart
  // step 4.i): the runner settles the request with it.
  if (generator) return step_result(value ? value : b.ident("undefined", origin), true, origin);
  if (!value) return b.call(b.ident(resolve_name, origin), std::vector<Node*>{}, origin);
  if (!options.explicit_jobs || never_thenable(value))
    return b.call(b.ident(resolve_name, origin), {value}, origin);
  // Promise Resolve Functions with the PromiseResolveThenableJob written out (runtime helper).
  helpers.add(Helper::ResolvePromise);
  used_promise = true;
  return b.call(b.ident(names.name("resolvePromise"), origin),
                {b.ident(resolve_name, origin), b.ident(reject_name, origin), value,
                 b.ident(promise_name, origin)},
                origin);
}

Node* FunctionContext::reject_call(Node* error, const Node* origin) {
  return b.call(b.ident(reject_name, origin), {error}, origin);
}

Node* FunctionContext::await_call(Node* operand, Node* next, Node* on_error, const Node* origin) {
  helpers.add(Helper::PromiseAwait);
  return b.call(b.ident(names.name("await"), origin), {operand, next, on_error}, origin);
}

Node* FunctionContext::await_value_call(Node* operand, Node* on_fulfilled, Node* on_rejected,
                                        const Node* origin) {
  if (generator) {
    // `{ value: new __ds_Await(v), done: false }`: the runner awaits v and resumes `step`.
    Node* wrap = b.make(Kind::New, origin);
    ast::callee(wrap) = b.ident(names.name("Await"), origin);
    wrap->list = b.list({operand});
    return step_result(wrap, false, origin);
  }
  helpers.add(Helper::AwaitValue);
  return b.call(b.ident(names.name("awaitValue"), origin), {operand, on_fulfilled, on_rejected},
                origin);
}

}  // namespace desugar::promise
