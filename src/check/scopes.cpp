// Declarations that conflict per scope kind: LexicallyDeclaredNames against each other and
// against VarDeclaredNames, parameters against body lexicals, catch parameters.
#include "check/checker.h"

namespace desugar::check {

void Checker::push_scope(bool function_scope) {
  scopes_.emplace_back();
  scopes_.back().function_scope = function_scope;
}

void Checker::pop_scope() { scopes_.pop_back(); }

namespace {
bool lexical_like(Bind b) {
  return b == Bind::Lexical || b == Bind::BlockFunction || b == Bind::Import ||
         b == Bind::CatchPattern;
}
}  // namespace

// #sec-block-static-semantics-early-errors,
// #sec-function-definitions-static-semantics-early-errors,
// #sec-switch-statement-static-semantics-early-errors,
// #sec-try-statement-static-semantics-early-errors, #sec-scripts-static-semantics-early-errors,
// #sec-module-semantics-static-semantics-early-errors, with
// #sec-block-duplicates-allowed-static-semantics and #sec-variablestatements-in-catch-blocks.
void Checker::declare(std::string_view name, Bind kind, std::uint32_t at) {
  std::string key(name);
  if (kind == Bind::Var) {
    // A var binds in the function scope and conflicts with the lexicals of every block it crosses.
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
      auto found = it->names.find(key);
      if (found != it->names.end()) {
        if (lexical_like(found->second)) return error(DiagId::D0301, at, name);
      } else {
        it->names.emplace(key, Bind::Var);
      }
      if (it->function_scope) break;
    }
    return;
  }
  Scope& s = scope();
  auto found = s.names.find(key);
  if (found == s.names.end()) {
    s.names.emplace(key, kind);
    return;
  }
  Bind old = found->second;
  bool ok = false;
  switch (kind) {
    case Bind::BlockFunction: ok = old == Bind::BlockFunction; break;
    case Bind::TopFunction:
      ok = old == Bind::Var || old == Bind::Param || old == Bind::TopFunction;
      break;
    case Bind::Param: ok = old == Bind::Param; break;  // duplicates are checked with the list
    default: ok = false;
  }
  if (!ok) return error(DiagId::D0301, at, name);
  if (kind == Bind::TopFunction) found->second = Bind::TopFunction;
}

void Checker::declare_function(const Node* fn) {
  if (!ast::name(fn) || ast::name(fn)->kind != Kind::Identifier) return;
  bool plain = !fn->has(flag::Async) && !fn->has(flag::Generator);
  Bind kind;
  if (scope().function_scope && !(module_ && scopes_.size() == 1))
    kind = Bind::TopFunction;
  else if (!ctx().strict && plain)
    kind = Bind::BlockFunction;
  else
    kind = Bind::Lexical;
  bool escaped = false, valid = true;
  declare(decode_identifier(ast::name(fn)->text, &escaped, &valid), kind, ast::name(fn)->begin);
}

void Checker::binding(const Node* p, Bind kind, std::vector<const Node*>* names) {
  if (!p) return;
  switch (p->kind) {
    case Kind::Identifier: {
      identifier(p, Role::Binding);
      bool escaped = false, valid = true;
      std::string name = decode_identifier(p->text, &escaped, &valid);
      if (kind == Bind::Lexical && name == "let") return error(DiagId::D0307, p->begin);
      if (names) names->push_back(p);
      declare(name, kind, p->begin);
      return;
    }
    case Kind::ArrayPattern:
      for (std::size_t i = 0; i < p->list.size(); ++i) {
        const Node* item = p->list[i];
        if (item->kind == Kind::Elision) continue;
        if (item->kind == Kind::Rest) rest_is_last(p->list, i, false);
        binding(item, kind, names);
      }
      return;
    case Kind::ObjectPattern:
      for (std::size_t i = 0; i < p->list.size(); ++i) {
        const Node* item = p->list[i];
        if (item->kind == Kind::Rest) {
          rest_is_last(p->list, i, false);
          if (ast::target(item) && ast::target(item)->kind != Kind::Identifier)
            return error(DiagId::D0320, ast::target(item)->begin);
          binding(item, kind, names);
        } else if (item->kind == Kind::Property) {
          if (!item->has(flag::Shorthand)) property_key(item);
          binding(ast::value(item), kind, names);
        } else {
          binding(item, kind, names);
        }
      }
      return;
    case Kind::AssignPattern:
      binding(ast::target(p), kind, names);
      expr(ast::fallback(p));
      return;
    case Kind::Rest:
      if (ast::target(p) && ast::target(p)->kind == Kind::AssignPattern)
        return error(DiagId::D0320, ast::target(p)->begin);
      binding(ast::target(p), kind, names);
      return;
    default: return error(DiagId::D0320, p->begin);
  }
}

}  // namespace desugar::check
