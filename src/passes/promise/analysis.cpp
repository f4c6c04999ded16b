#include "passes/promise/analysis.h"

#include "passes/visit.h"

namespace desugar::promise {

bool AwaitIndex::scan(Node* n) {
  if (is_function(n)) return false;
  bool found = n->kind == Kind::Await || (n->kind == Kind::ForIn && n->has(flag::ForAwait));
  for_each_child(n, [&](Node*& child) { found = scan(child) || found; });
  if (found) with_await_.insert(n);
  return found;
}

bool contains_return(Node* n) {
  if (is_function(n)) return false;
  if (n->kind == Kind::Return) return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || contains_return(child); });
  return found;
}

Stability::Stability(Node* program) { scan(program, nullptr); }

void Stability::assigned_target(Node* t) {
  switch (t->kind) {
    case Kind::Identifier: assigned_.insert(t->text); break;
    case Kind::Member:
      if (t->has(flag::Computed)) {
        if (ast::property(t)->kind == Kind::String)
          written_props_.insert(
              ast::property(t)->text.substr(1, ast::property(t)->text.size() - 2));
        else
          computed_writes_ = true;
      } else {
        written_props_.insert(ast::property(t)->text);
      }
      break;
    case Kind::AssignPattern:
    case Kind::Rest: assigned_target(ast::target(t)); break;
    case Kind::Property: assigned_target(ast::value(t)); break;
    case Kind::ArrayPattern:
    case Kind::ObjectPattern:
      for (Node* item : t->list) assigned_target(item);
      break;
    default: break;
  }
}

void Stability::scan(Node* n, Node* parent) {
  switch (n->kind) {
    case Kind::Assign:
    case Kind::Update: assigned_target(first_slot(n)); break;
    case Kind::Unary:
      if (n->op == Op::Delete) assigned_target(ast::argument(n));
      break;
    case Kind::ForIn:
      if (ast::left(n)->kind != Kind::VarDecl) assigned_target(ast::left(n));
      break;
    case Kind::Declarator: {
      // A name declared twice may be two bindings; treat it as assigned.
      Node* t = ast::target(n);
      if (t->kind == Kind::Identifier && !declared_.insert(t->text).second)
        assigned_.insert(t->text);
      break;
    }
    case Kind::FunctionDecl:
    case Kind::ClassDecl:
      if (ast::name(n) && !declared_.insert(ast::name(n)->text).second)
        assigned_.insert(ast::name(n)->text);
      break;
    case Kind::With: with_bodies_.emplace_back(ast::body(n)->begin, ast::body(n)->end); break;
    case Kind::String:
      written_props_.insert(n->text.size() >= 2 ? n->text.substr(1, n->text.size() - 2) : n->text);
      break;
    case Kind::Identifier: {
      bool as_object = parent && parent->kind == Kind::Member && ast::object(parent) == n &&
                       !parent->has(flag::Computed);
      if (!as_object && !(parent && is_property_name_slot(parent, n))) escaped_.insert(n->text);
      break;
    }
    default: break;
  }
  // Parameters and catch parameters are declarations too.
  if (is_function(n)) {
    for (Node* p : n->list) {
      if (p->kind == Kind::Identifier) declared_.insert(p->text);
    }
  }
  for_each_child(n, [&](Node*& child) { scan(child, n); });
}

bool Stability::stable_name(std::string_view name) const {
  return name != "arguments" && !assigned_.count(name);
}

bool Stability::inside_with(const Node* e) const {
  for (auto [begin, end] : with_bodies_)
    if (e->end != 0 && e->begin >= begin && e->end <= end) return true;
  return false;
}

bool Stability::stable(const Node* e) const {
  if ((e->kind == Kind::Identifier || e->kind == Kind::Member) && inside_with(e)) return false;
  switch (e->kind) {
    case Kind::Number:
    case Kind::String:
    case Kind::Bool:
    case Kind::Null:
    case Kind::Regex:
    case Kind::This:
    case Kind::FunctionExpr:
    case Kind::Arrow: return true;
    case Kind::Identifier: return stable_name(e->text);
    case Kind::Template: return e->list.size() == 1;
    case Kind::Member: {
      const Node* obj = ast::object(e);
      return !e->has(flag::Computed) && !e->has(flag::Optional) && obj->kind == Kind::Identifier &&
             stable_name(obj->text) && !declared_.count(obj->text) && !escaped_.count(obj->text) &&
             !computed_writes_ && !written_props_.count(ast::property(e)->text);
    }
    default: return false;
  }
}

}  // namespace desugar::promise
