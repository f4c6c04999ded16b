// Assignment and update targets, destructuring assignment patterns, for-in/of heads, and the rule
// that a rest element comes last with no trailing comma.
#include "check/checker.h"

namespace desugar::check {

// #sec-assignment-operators-static-semantics-early-errors
void Checker::assign_target(const Node* t, Op op) {
  if (!t || failed_) return;
  if (op == Op::Assign && (t->kind == Kind::ObjectPattern || t->kind == Kind::ArrayPattern) &&
      !parenthesized(t)) {
    destructuring(t);
    return;
  }
  switch (t->kind) {
    case Kind::Identifier:
      identifier(t, Role::Binding);  // assigning eval/arguments in strict code is an error too
      return;
    case Kind::Member: expr(t); return;
    case Kind::Call:
      // V8 keeps `f() = 1` a runtime ReferenceError (web compatibility), but not for `&&=`.
      if (is_logical_assign(op)) return error(DiagId::D0319, t->begin, "in assignment");
      expr(t);
      return;
    default: return error(DiagId::D0319, t->begin, "in assignment");
  }
}

// #sec-update-expressions-static-semantics-early-errors
void Checker::update_target(const Node* u) {
  const Node* t = ast::argument(u);
  if (!t) return;
  switch (t->kind) {
    case Kind::Identifier: identifier(t, Role::Binding); return;
    case Kind::Member:
    case Kind::Call: expr(t); return;
    default:
      return error(DiagId::D0319, t->begin,
                   u->has(flag::Prefix) ? "expression in prefix operation"
                                        : "expression in postfix operation");
  }
}

void Checker::for_in_target(const Node* t, bool of) {
  if ((t->kind == Kind::ObjectPattern || t->kind == Kind::ArrayPattern) && !parenthesized(t)) {
    destructuring(t);
    return;
  }
  switch (t->kind) {
    case Kind::Identifier: identifier(t, Role::Binding); return;
    case Kind::Member:
    case Kind::Call: expr(t); return;
    default: return error(DiagId::D0319, t->begin, of ? "in for-of loop" : "in for-in loop");
  }
}

void Checker::rest_is_last(const NodeList& list, std::size_t i, bool params) {
  const Node* rest = list[i];
  bool last = i + 1 == list.size();
  if (last) {
    std::uint32_t after = skip_space(rest->end);
    last = !(after < src_.size() && src_[after] == ',');
  }
  if (!last) error(params ? DiagId::D0322 : DiagId::D0321, rest->begin);
}

// #sec-destructuring-assignment-static-semantics-early-errors
void Checker::destructuring(const Node* p) {
  for (std::size_t i = 0; i < p->list.size(); ++i) {
    if (failed_) return;
    const Node* item = p->list[i];
    switch (item->kind) {
      case Kind::Elision: break;
      case Kind::Rest:
        rest_is_last(p->list, i, false);
        if (!ast::target(item)) break;
        if (ast::target(item)->kind == Kind::AssignPattern)
          return error(DiagId::D0320, ast::target(item)->begin);
        if (p->kind == Kind::ObjectPattern && ast::target(item)->kind != Kind::Identifier &&
            ast::target(item)->kind != Kind::Member) {
          return error(DiagId::D0320, ast::target(item)->begin);
        }
        destructuring_element(ast::target(item));
        break;
      case Kind::Property:
        if (item->has(flag::Shorthand)) {
          const Node* target = ast::value(item) && ast::value(item)->kind == Kind::AssignPattern
                                   ? ast::value(item)
                                   : nullptr;
          identifier(ast::key(item), Role::Binding);
          if (target) expr(ast::fallback(target));
          break;
        }
        property_key(item);
        destructuring_element(ast::value(item));
        break;
      default: destructuring_element(item);
    }
  }
}

void Checker::destructuring_element(const Node* e) {
  if (!e || failed_) return;
  switch (e->kind) {
    case Kind::AssignPattern:
      destructuring_element(ast::target(e));
      if (ast::target(e) && ast::target(e)->kind == Kind::AssignPattern)
        return error(DiagId::D0320, ast::target(e)->begin);
      expr(ast::fallback(e));
      return;
    case Kind::ObjectPattern:
    case Kind::ArrayPattern:
      if (parenthesized(e)) return error(DiagId::D0320, e->begin);
      destructuring(e);
      return;
    case Kind::Identifier: identifier(e, Role::Binding); return;
    case Kind::Member: expr(e); return;
    default: return error(DiagId::D0320, e->begin);
  }
}

}  // namespace desugar::check
