// Generic traversal over the uniform node layout (slots a, b, c, d, then list).
#pragma once
#include <algorithm>
#include <cassert>
#include <vector>

#include "ast/ast.h"

namespace desugar {

// Calls `fn(slot)` for every child of `n` in source order: its slots in kinds.def's order (a
// DoWhile's body before its test), then its list. `fn` takes a `Node*&` and may replace the child.
template <typename Fn>
void for_each_child(Node* n, Fn&& fn) {
  assert(!undocumented_slot(n) && "a node uses a slot kinds.def does not list");
  const SlotOrder& order = slot_order(n->kind);
  for (std::uint8_t i = 0; i < order.count; ++i) {
    Node*& child = slot_ref(n, order.slots[i]);
    if (child) fn(child);
  }
  for (Node*& child : n->list) fn(child);
}

// True for nodes that start a new `this`/`arguments`/await scope (every function but arrows).
inline bool is_non_arrow_function(const Node* n) {
  return n->kind == Kind::FunctionDecl || n->kind == Kind::FunctionExpr;
}
inline bool is_function(const Node* n) {
  return is_non_arrow_function(n) || n->kind == Kind::Arrow;
}
// The declaration heading a `for` or `for-in/of` loop (`for (let i = 0; …)`), or null.
inline Node* loop_declaration(const Node* n) {
  Node* head = n->kind == Kind::For     ? ast::init(n)
               : n->kind == Kind::ForIn ? ast::left(n)
                                        : nullptr;
  return head && head->kind == Kind::VarDecl ? head : nullptr;
}

inline bool is_class(const Node* n) {
  return n->kind == Kind::ClassDecl || n->kind == Kind::ClassExpr;
}

// True when `child` (a slot of `parent`) is a property name rather than a reference:
// `o.name`, `{ name: v }`, `name() {}`, class field names.
inline bool is_property_name_slot(const Node* parent, const Node* child) {
  switch (parent->kind) {
    case Kind::Member: return child == ast::property(parent) && !parent->has(flag::Computed);
    case Kind::Property:
      return child == ast::key(parent) && !parent->has(flag::Computed) &&
             !parent->has(flag::Shorthand);
    case Kind::Method:
    case Kind::Field: return child == ast::key(parent) && !parent->has(flag::Computed);
    default: return false;
  }
}

// True when an identifier `name` occurs anywhere under `n`. Shadowing is ignored, so the answer
// errs on the side of "yes".
inline bool mentions(Node* n, std::string_view name) {
  if (n->kind == Kind::Identifier && n->text == name) return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || mentions(child, name); });
  return found;
}

// Like `mentions`, but property names (`o.name`, `{ name: v }`) do not count.
inline bool mentions_binding(Node* n, std::string_view name) {
  if (n->kind == Kind::Identifier && n->text == name) return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) {
    if (!found && !is_property_name_slot(n, child)) found = mentions_binding(child, name);
  });
  return found;
}

// The names a binding pattern declares (`a`, `{b, c: [d = 1]}`, `...e`), in source order.
inline void bound_names(Node* pattern, std::vector<std::string_view>& out) {
  switch (pattern->kind) {
    case Kind::Identifier: out.push_back(pattern->text); break;
    case Kind::AssignPattern:
    case Kind::Rest: bound_names(ast::target(pattern), out); break;
    case Kind::Property: bound_names(ast::value(pattern), out); break;
    case Kind::ArrayPattern:
    case Kind::ObjectPattern:
      for (Node* item : pattern->list) bound_names(item, out);
      break;
    default: break;  // Elision, or a member target in an assignment pattern
  }
}

// Calls `fn` on every identifier under `n` that is a reference, not a property name.
template <typename Fn>
void walk_references(Node* n, Node* parent, Fn&& fn) {
  if (n->kind == Kind::Identifier && !(parent && is_property_name_slot(parent, n))) fn(n);
  for_each_child(n, [&](Node*& child) { walk_references(child, n, fn); });
}

// A statement of a directive prologue candidate: a string literal as an expression statement.
inline bool is_directive(const Node* s) {
  return s->kind == Kind::ExprStmt && ast::expression(s)->kind == Kind::String;
}

// Whether the assignment target `t` (a name or a pattern) writes to `name`.
inline bool targets_name(Node* t, std::string_view name) {
  switch (t->kind) {
    case Kind::Identifier: return t->text == name;
    case Kind::AssignPattern:
    case Kind::Rest: return targets_name(ast::target(t), name);
    case Kind::Property: return targets_name(ast::value(t), name);
    case Kind::ArrayPattern:
    case Kind::ObjectPattern:
      for (Node* item : t->list) {
        if (targets_name(item, name)) return true;
      }
      return false;
    default: return false;
  }
}

// Whether `name` is the target of an assignment, update or for-in/of head anywhere under `n`.
inline bool assigned_in(Node* n, std::string_view name) {
  if ((n->kind == Kind::Assign || n->kind == Kind::Update) && targets_name(first_slot(n), name))
    return true;
  if (n->kind == Kind::ForIn && ast::left(n)->kind != Kind::VarDecl &&
      targets_name(ast::left(n), name))
    return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || assigned_in(child, name); });
  return found;
}

// Whether the function `fn` has a binding `name` of its own: its name, a parameter, a `var`
// anywhere in it, or a declaration at the top of its body. References under it then mean that
// binding, not one outside.
inline bool function_binds(Node* fn, std::string_view name) {
  std::vector<std::string_view> names;
  if (fn->kind != Kind::Arrow && ast::name(fn)) names.push_back(ast::name(fn)->text);
  for (Node* p : fn->list) bound_names(p, names);
  Node* body = ast::body(fn);
  if (body && body->kind == Kind::Block) {
    for (Node* s : body->list) {
      if (s->kind == Kind::VarDecl) {
        for (Node* d : s->list) bound_names(ast::target(d), names);
      } else if ((s->kind == Kind::FunctionDecl || s->kind == Kind::ClassDecl) && ast::name(s)) {
        names.push_back(ast::name(s)->text);
      }
    }
  }
  auto vars = [&](auto&& self, Node* n) -> void {
    if (is_function(n) || is_class(n)) return;
    if (n->kind == Kind::VarDecl && n->text == "var") {
      for (Node* d : n->list) bound_names(ast::target(d), names);
    }
    for_each_child(n, [&](Node*& child) { self(self, child); });
  };
  if (body) vars(vars, body);
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Like walk_references for the identifiers spelled `name`, skipping nested functions that bind
// `name` themselves (function_binds).
template <typename Fn>
void walk_references_to(Node* n, Node* parent, std::string_view name, Fn&& fn) {
  if (parent && is_function(n) && function_binds(n, name)) return;
  if (n->kind == Kind::Identifier && n->text == name &&
      !(parent && is_property_name_slot(parent, n)))
    fn(n);
  for_each_child(n, [&](Node*& child) { walk_references_to(child, n, name, fn); });
}

// Renames references to `from` under `n` (a shorthand `{ from }` keeps its key), leaving alone
// nested functions that bind `from` as a parameter.
inline void rename_references(Node* n, Node* parent, std::string_view from, std::string_view to,
                              AstBuilder& b) {
  if (is_function(n) || is_class(n)) {
    for (Node* p : n->list) {
      if (p->kind == Kind::Identifier && p->text == from) return;
    }
  }
  if (n->kind == Kind::Identifier && n->text == from &&
      !(parent && is_property_name_slot(parent, n))) {
    n->text = b.str(to);
    return;
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) &&
      ast::value(n)->kind == Kind::Identifier && ast::value(n)->text == from) {
    n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
    ast::key(n) = b.ident(from, ast::key(n));
    ast::value(n) = b.ident(to, ast::value(n));
    return;
  }
  for_each_child(n, [&](Node*& child) { rename_references(child, n, from, to, b); });
}

// A deep copy of `n` (node lists copied too), for work that may be abandoned half-way.
inline Node* clone_tree(const Node* n, AstBuilder& b) {
  Node* copy = b.make(n->kind);
  *copy = *n;
  for_each_slot(copy, [&](Node*& child) { child = clone_tree(child, b); });
  if (!n->list.empty()) {
    std::vector<Node*> items;
    items.reserve(n->list.size());
    for (Node* item : n->list) items.push_back(clone_tree(item, b));
    copy->list = b.list(items);
  }
  // A shorthand property shares one node between key and value.
  if (n->kind == Kind::Property && ast::key(n) == ast::value(n)) ast::value(copy) = ast::key(copy);
  return copy;
}

}  // namespace desugar
