// Functions, methods and arrows: the context they open (strictness, await/yield, super,
// new.target, return), their parameters, the "use strict" directive and accessor arity.
#include "check/checker.h"

namespace desugar::check {

namespace {
bool simple_params(const Node* fn) {
  for (const Node* p : fn->list) {
    if (p->kind != Kind::Identifier) return false;
  }
  return true;
}
}  // namespace

// #sec-directive-prologues-and-the-use-strict-directive: the leading string-literal statements.
bool Checker::use_strict_directive(const Node* body, const Node** directive) {
  if (!body || (body->kind != Kind::Block && body->kind != Kind::Program)) return false;
  for (const Node* s : body->list) {
    if (s->kind == Kind::Comment || (s->kind == Kind::Verbatim && s->text.starts_with("#!")))
      continue;
    if (s->kind != Kind::ExprStmt || !ast::expression(s) ||
        ast::expression(s)->kind != Kind::String || parenthesized(ast::expression(s)))
      return false;
    std::string_view raw = ast::expression(s)->text;
    if (raw == "'use strict'" || raw == "\"use strict\"") {
      *directive = s;
      return true;
    }
  }
  return false;
}

void Checker::property_key(const Node* owner) {
  const Node* key = ast::key(owner);
  if (!key) return;
  if (owner->has(flag::Computed)) return expr(key);
  identifier_name(key);
  if (key->kind == Kind::String) string_literal(key->text, key->begin, false);
  if (key->kind == Kind::Number) number(key);
}

// #sec-function-definitions-static-semantics-early-errors,
// #sec-arrow-function-definitions-static-semantics-early-errors,
// #sec-method-definitions-static-semantics-early-errors,
// #sec-async-function-definitions-static-semantics-early-errors,
// #sec-generator-function-definitions-static-semantics-early-errors
void Checker::function(const Node* fn, FnKind kind, bool derived) {
  if (!fn || failed_) return;
  const FunctionContext outer = ctx();  // a copy: pushing contexts moves the stack
  bool arrow = kind == FnKind::Arrow;
  if (arrow && ast::body(fn)) {
    // #sec-arrow-function-definitions: [no LineTerminator here] before `=>`.
    std::uint32_t p = fn->list.empty() ? fn->begin : fn->list[fn->list.size() - 1]->end;
    if (fn->list.empty()) {
      std::size_t paren = src_.find('(', fn->begin);
      if (paren != std::string_view::npos && paren < ast::body(fn)->begin)
        p = static_cast<std::uint32_t>(paren + 1);
    }
    std::uint32_t q = skip_space(p);
    while (q < ast::body(fn)->begin && (src_[q] == ')' || src_[q] == ','))
      q = skip_space(p = q + 1);
    if (src_.compare(q, 2, "=>") == 0 && newline_between(p, q))
      return error(DiagId::D0344, q, "=>");
  }
  bool method = kind == FnKind::Method || kind == FnKind::Getter || kind == FnKind::Setter ||
                kind == FnKind::Constructor;
  bool async = fn->has(flag::Async), generator = fn->has(flag::Generator);
  const Node* directive = nullptr;
  bool has_directive = ast::body(fn) && ast::body(fn)->kind == Kind::Block &&
                       use_strict_directive(ast::body(fn), &directive);
  bool simple = simple_params(fn);
  if (has_directive && !simple) return error(DiagId::D0308, directive->begin);

  FunctionContext inner;
  inner.strict = outer.strict || has_directive;
  if (arrow) {
    inner.super_property = outer.super_property;
    inner.super_call = outer.super_call;
    inner.new_target = outer.new_target;
    inner.class_init = outer.class_init;
    inner.returns = true;
  } else {
    inner.super_property = method;
    inner.super_call = kind == FnKind::Constructor && derived;
    inner.new_target = true;
    inner.returns = true;
  }
  inner.async = async;
  inner.await_reserved = async || module_;
  inner.generator = generator;

  // A declaration's name is bound outside (its context checks it); an expression's inside.
  if (kind != FnKind::Arrow && ast::name(fn) && ast::name(fn)->kind == Kind::Identifier &&
      kind != FnKind::Arrow) {
    FunctionContext for_name = kind == FnKind::Declaration ? outer : inner;
    for_name.strict = inner.strict;
    fns_.push_back(for_name);
    identifier(ast::name(fn), Role::Binding);
    fns_.pop_back();
    if (failed_) return;
  }

  // Parameters: arrows see the enclosing [Yield]/[Await] and reject those expressions there.
  FunctionContext params = inner;
  params.in_params = true;
  if (arrow) {
    params.generator = outer.generator;
    params.async = outer.async || async;
    params.await_reserved = outer.await_reserved || async;
    params.static_block = outer.static_block;
  }
  if (kind == FnKind::Getter && !fn->list.empty()) return error(DiagId::D0340, fn->list[0]->begin);
  if (kind == FnKind::Setter) {
    if (fn->list.size() != 1) return error(DiagId::D0341, fn->begin);
    if (fn->list[0]->kind == Kind::Rest) return error(DiagId::D0342, fn->list[0]->begin);
  }
  fns_.push_back(params);
  push_scope(true);
  std::vector<const Node*> names;
  for (std::size_t i = 0; i < fn->list.size() && !failed_; ++i) {
    const Node* p = fn->list[i];
    if (p->kind == Kind::Rest) rest_is_last(fn->list, i, true);
    binding(p, Bind::Param, &names);
  }
  // Duplicates: allowed only in sloppy plain functions with simple parameter lists.
  bool unique = inner.strict || arrow || method || !simple;
  if (unique && !failed_) {
    std::unordered_set<std::string> seen;
    for (const Node* id : names) {
      bool escaped = false, valid = true;
      if (!seen.insert(decode_identifier(id->text, &escaped, &valid)).second) {
        error(DiagId::D0309, id->begin);
        break;
      }
    }
  }
  fns_.back() = inner;
  if (ast::body(fn) && ast::body(fn)->kind == Kind::Block)
    statement_list(ast::body(fn)->list);
  else
    expr(ast::body(fn));
  pop_scope();
  fns_.pop_back();
}

}  // namespace desugar::check
