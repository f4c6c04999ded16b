#include "driver/output_check.h"

#include <stdexcept>
#include <unordered_set>
#include <vector>

#include "ast/arena.h"
#include "diag/diag.h"
#include "parse/parse.h"
#include "passes/visit.h"

namespace desugar {

namespace {

void declare_pattern(Node* pattern, std::unordered_set<std::string_view>& out) {
  std::vector<std::string_view> names;
  bound_names(pattern, names);
  out.insert(names.begin(), names.end());
}

// An assignment target V8 accepts (others are early SyntaxErrors that the grammar lets through).
bool valid_target(const Node* n) {
  switch (n->kind) {
    case Kind::Identifier: return true;
    case Kind::Member: return !n->has(flag::Optional);
    case Kind::AssignPattern:
    case Kind::Rest: return valid_target(ast::target(n));
    case Kind::Property: return valid_target(ast::value(n));
    case Kind::ArrayPattern:
    case Kind::ObjectPattern:
      for (const Node* item : n->list) {
        if (item->kind != Kind::Elision && !valid_target(item)) return false;
      }
      return true;
    default: return false;
  }
}

// V8 also takes a call as the whole target of `=`, an arithmetic compound assignment, `++`/`--`
// or a for-in/of head (a ReferenceError at run time, for web compatibility).
bool valid_whole_target(const Node* n, const Node* t) {
  if (t->kind != Kind::Call || t->has(flag::Optional)) return valid_target(t);
  return n->kind != Kind::Assign || (n->text != "&&=" && n->text != "||=" && n->text != "?\?=");
}

// The first `await` outside an async function (or module top level), or `yield` outside a
// generator: early errors the grammar lets through.
const Node* misplaced_suspension(const Node* n, bool in_async, bool in_generator) {
  if (is_function(n)) {
    in_async = n->has(flag::Async);
    in_generator = n->has(flag::Generator);
  }
  if ((n->kind == Kind::Await && !in_async) || (n->kind == Kind::Yield && !in_generator)) return n;
  const Node* found = nullptr;
  for_each_child(const_cast<Node*>(n), [&](Node*& child) {
    if (!found) found = misplaced_suspension(child, in_async, in_generator);
  });
  return found;
}

// Every name the program declares anywhere (scopes are not told apart: the check is that a
// helper is declared at all, which is what goes wrong when a runtime piece is left out).
void collect(Node* root, const std::string& prefix, std::unordered_set<std::string_view>& declared,
             std::vector<Node*>& used, std::vector<Node*>& bad_targets) {
  std::vector<std::pair<Node*, Node*>> stack{{root, nullptr}};
  while (!stack.empty()) {
    Node* n = stack.back().first;  // not a structured binding: clang 14 cannot capture those
    Node* parent = stack.back().second;
    stack.pop_back();
    switch (n->kind) {
      case Kind::FunctionDecl:
      case Kind::FunctionExpr:
      case Kind::ClassDecl:
      case Kind::ClassExpr:
        if (ast::name(n) && ast::name(n)->kind == Kind::Identifier)
          declared.insert(ast::name(n)->text);
        [[fallthrough]];
      case Kind::Arrow:
        if (!is_class(n)) {
          for (Node* p : n->list) declare_pattern(p, declared);
        }
        break;
      case Kind::Declarator: declare_pattern(ast::target(n), declared); break;
      case Kind::Catch:
        if (ast::param(n)) declare_pattern(ast::param(n), declared);
        break;
      case Kind::Assign:
      case Kind::Update:
      case Kind::ForIn:
        if (Node* t = first_slot(n); t && t->kind != Kind::VarDecl && !valid_whole_target(n, t))
          bad_targets.push_back(n);
        break;
      case Kind::Identifier:
        if (n->text.substr(0, prefix.size()) == prefix &&
            !(parent && is_property_name_slot(parent, n))) {
          used.push_back(n);
        }
        break;
      default: break;
    }
    for_each_child(n, [&](Node*& child) { stack.push_back({child, n}); });
  }
}

}  // namespace

bool has_misplaced_suspension(const Node* program, bool is_module) {
  return misplaced_suspension(program, is_module, false) != nullptr;
}

void check_output(std::string_view output, bool is_module, const std::string& prefix,
                  bool check_suspensions) {
  Arena arena;
  Diagnostics diags;
  ParseResult parsed = parse_js_text(output, is_module, arena, &diags);
  if (!parsed.ok) {
    std::string why = diags.items().empty() ? "" : ": " + diags.items().front().message;
    LineMap lines(output);
    if (!diags.items().empty()) {
      auto pos = lines.position(diags.items().front().offset);
      why += " (output line " + std::to_string(pos.line) + ": `" +
             std::string(lines.line_text(pos.line)) + "`)";
    }
    throw std::logic_error("the output does not parse" + why);
  }
  std::unordered_set<std::string_view> declared;
  std::vector<Node*> used, bad_targets;
  collect(parsed.program, prefix, declared, used, bad_targets);
  auto fail_at = [&](const Node* n, const char* what) {
    LineMap lines(output);
    auto pos = lines.position(n->begin);
    throw std::logic_error(std::string("the output has ") + what + " (output line " +
                           std::to_string(pos.line) + ": `" +
                           std::string(lines.line_text(pos.line)) + "`)");
  };
  if (!bad_targets.empty()) fail_at(bad_targets.front(), "an invalid assignment target");
  if (const Node* n =
          check_suspensions ? misplaced_suspension(parsed.program, is_module, false) : nullptr) {
    fail_at(n, n->kind == Kind::Await ? "an `await` outside an async function"
                                      : "a `yield` outside a generator");
  }
  for (Node* n : used) {
    if (!declared.count(n->text)) {
      throw std::logic_error("the output uses `" + std::string(n->text) +
                             "` but does not declare it");
    }
  }
}

}  // namespace desugar
