// Pass: every async function of the program, in both stages. It walks the program, hoists async
// declarations, picks each function's form (async_shape.h) and hands it to the generator form
// (async_function.cpp, below) or to the promise stage (promise/promise_function.cpp), then adds
// the runtime the lowered functions call. The generator form:
//
//   async function f(a) { const v = await g(a); return v; }
//     => var f = __ds_asyncFunction('f', 1, function* (a) { const v = yield g(a); return v; });
//        (hoisted to the top of its scope, as the declaration was)
//   { async m(a) { return super.m(await a); } }
//     => { m(a) { const __ds_superCall = (key, ...args) => super[key](...args);
//                 return __ds_async(this, arguments, function* (a) {
//                   return __ds_superCall('m', yield a); }); } }
//   async (x) => await x + arguments[0]
//     => (x) => { const __ds_arguments = arguments;
//                 return __ds_async(this, [x], function* (x) { return (yield x) +
//                 __ds_arguments[0]; }); }
//
// `yield` keeps every evaluation-order property of `await` (operands left of it are evaluated
// first), so the body needs no other change; the printer adds the parentheses yield needs.
#include "passes/lower_async.h"

#include <string>
#include <string_view>
#include <vector>

#include "passes/async_function.h"
#include "passes/async_shape.h"
#include "passes/promise/analysis.h"
#include "passes/promise/promise_function.h"
#include "passes/runtime.h"
#include "passes/visit.h"

namespace desugar {

namespace {

class AsyncLowering {
 public:
  // The generator stage: no promise lowering.
  AsyncLowering(AwaitMode mode, ReservedNames& names, AstBuilder& b, Diagnostics& diags,
                const RuntimeLibrary& library)
      : AsyncLowering(Stage::Generator, mode, names, b, diags, library, nullptr, false) {}
  // The promise stage: `promises` lowers each function it can split.
  AsyncLowering(AwaitMode mode, ReservedNames& names, AstBuilder& b, Diagnostics& diags,
                const RuntimeLibrary& library, promise::PromiseFunctionLowering& promises,
                bool explicit_jobs)
      : AsyncLowering(Stage::Promise, mode, names, b, diags, library, &promises, explicit_jobs) {
    functions_.set_generator_machine(
        [&promises](Node* fn) { return promises.lower_generator(fn); });
  }

  bool run(Node* program) {
    if (functions_.has_top_level_await(program)) functions_.wrap_top_level_await(program);
    visit_list(program->list, ScopeKind::Function, program);
    if (diags_.has_errors()) return false;
    HelperSet helpers = functions_.helpers();
    if (promises_) helpers.add(promises_->helpers());
    if (!helpers.empty()) {
      RuntimeOptions options{mode_, explicit_jobs_};
      insert_after_prologue(program,
                            runtime_statements(library_, helpers, options, names_.prefix(), b_));
    }
    return true;
  }

 private:
  AsyncLowering(Stage stage, AwaitMode mode, ReservedNames& names, AstBuilder& b,
                Diagnostics& diags, const RuntimeLibrary& library,
                promise::PromiseFunctionLowering* promises, bool explicit_jobs)
      : stage_(stage),
        mode_(mode),
        names_(names),
        b_(b),
        diags_(diags),
        library_(library),
        functions_(names, b, diags, library),
        promises_(promises),
        explicit_jobs_(explicit_jobs) {}

  enum class ScopeKind { Function, Block };

  void insert_after_prologue(Node* scope, const std::vector<Node*>& stmts) {
    std::vector<Node*> items(scope->list.begin(), scope->list.end());
    std::size_t at = prologue_end(items, true);
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), stmts.begin(), stmts.end());
    scope->list = b_.list(items);
  }

  // A statement list. An async function declaration becomes an initialized binding; it stays
  // where it was written unless it may be called before that statement runs (it is named by an
  // earlier statement or by a hoisted function), in which case it moves to the top of the list.
  void visit_list(NodeList& list, ScopeKind scope, Node* owner) {
    (void)owner;
    std::vector<Node*> items(list.begin(), list.end());
    std::vector<bool> hoist = must_hoist(items);
    std::vector<Node*> hoisted, rest;
    for (std::size_t i = 0; i < items.size(); ++i) {
      Node* stmt = items[i];
      Node* decl = async_declaration(stmt);
      if (!decl) {
        rest.push_back(visit(stmt));
        continue;
      }
      visit_children(decl);
      const char* kind = scope == ScopeKind::Function ? "var" : "let";
      Node* binding = lower_in_form(
          decl, decl,
          [&](Node* d) -> Node* {
            Node* value = promises_->lower_declaration(d);
            return value ? b_.var(kind, b_.ident(ast::name(d)->text, ast::name(d)), value, d)
                         : nullptr;
          },
          [&](Node* d) { return functions_.hoisted_declaration(d, kind); });
      if (!binding) continue;
      std::vector<Node*>& into = hoist[i] ? hoisted : rest;
      if (stmt->kind == Kind::ExportDecl && !stmt->has(flag::Default)) {
        Node* exp = b_.make(Kind::ExportDecl, stmt);
        ast::declaration(exp) = binding;
        into.push_back(exp);
      } else {
        into.push_back(binding);
        if (stmt->kind == Kind::ExportDecl) {  // export default async function f() {}
          Node* exp = b_.make(Kind::ExportDecl, stmt);
          exp->flags |= flag::Default;
          ast::declaration(exp) = b_.ident(ast::name(decl)->text, decl);
          rest.push_back(exp);
        }
      }
    }
    if (!hoisted.empty()) {
      std::size_t at = prologue_end(rest, scope == ScopeKind::Function);
      rest.insert(rest.begin() + static_cast<std::ptrdiff_t>(at), hoisted.begin(), hoisted.end());
    }
    list = b_.list(rest);
  }

  // Lowers `subject` (the async function `fn`, or the Method holding it) in the form the stage
  // gives `fn` (async_shape.h). When the promise stage cannot split the body, it falls back to
  // the generator form on an untouched copy (PromiseFunctionLowering reported D0109, saying why).
  template <class PromiseForm, class GeneratorForm>
  Node* lower_in_form(const Node* fn, Node* subject, PromiseForm&& promise,
                      GeneratorForm&& generator) {
    if (async_form(fn, stage_) == AsyncForm::Generator) return generator(subject);
    Node* pristine = clone_tree(subject, b_);
    if (Node* lowered = promise(subject)) return lowered;
    return generator(pristine);
  }

  static Node* async_declaration(Node* stmt) {
    Node* decl = stmt->kind == Kind::ExportDecl ? ast::declaration(stmt) : stmt;
    return decl && decl->kind == Kind::FunctionDecl && decl->has(flag::Async) ? decl : nullptr;
  }

  // Which async declarations in `items` may run before their own statement does: named by an
  // earlier statement, by a (hoisted) plain function declaration, by a hoisted async one, or by
  // an earlier async one that something may call before this declaration is reached.
  static std::vector<bool> must_hoist(const std::vector<Node*>& items) {
    std::vector<bool> hoist(items.size(), false);
    auto plain_function = [&](std::size_t j) {
      Node* d = items[j]->kind == Kind::ExportDecl ? ast::declaration(items[j]) : items[j];
      return d && d->kind == Kind::FunctionDecl && !async_declaration(items[j]);
    };
    auto name_of = [&](std::size_t i) { return ast::name(async_declaration(items[i]))->text; };
    auto called_between = [&](std::size_t j, std::size_t i) {
      for (std::size_t k = j + 1; k < i; ++k) {
        if (!async_declaration(items[k]) && !plain_function(k) && mentions(items[k], name_of(j)))
          return true;
      }
      return false;
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (hoist[i] || !async_declaration(items[i])) continue;
        for (std::size_t j = 0; j < items.size() && !hoist[i]; ++j) {
          if (j == i || !mentions(items[j], name_of(i))) continue;
          bool early = plain_function(j);
          if (async_declaration(items[j]))
            early = hoist[j] || (j < i && called_between(j, i));
          else if (j < i && !plain_function(j))
            early = true;
          if (early) hoist[i] = changed = true;
        }
      }
    }
    return hoist;
  }

  // Where code inserted at the top of a scope goes: after leading comments, a hashbang line and
  // the directive prologue.
  static std::size_t prologue_end(const std::vector<Node*>& items, bool directives) {
    std::size_t at = 0;
    while (at < items.size() &&
           (items[at]->kind == Kind::Comment ||
            (items[at]->kind == Kind::Verbatim && items[at]->text.rfind("#!", 0) == 0) ||
            (directives && items[at]->kind == Kind::ExprStmt &&
             ast::expression(items[at])->kind == Kind::String))) {
      ++at;
    }
    return at;
  }

  void visit_children(Node* n) {
    switch (n->kind) {
      case Kind::Program:
      case Kind::StaticBlock: visit_list(n->list, ScopeKind::Function, n); return;
      case Kind::Block: visit_list(n->list, ScopeKind::Block, n); return;
      case Kind::FunctionDecl:
      case Kind::FunctionExpr:
      case Kind::Arrow:
        for (Node*& p : n->list) p = visit(p);
        if (ast::body(n) && ast::body(n)->kind == Kind::Block)
          visit_list(ast::body(n)->list, ScopeKind::Function, ast::body(n));
        else if (ast::body(n))
          ast::body(n) = visit(ast::body(n));
        return;
      case Kind::Switch: {
        ast::discriminant(n) = visit(ast::discriminant(n));
        for (Node* c : n->list) {
          if (ast::test(c)) ast::test(c) = visit(ast::test(c));
          visit_list(c->list, ScopeKind::Block, c);
        }
        return;
      }
      default: for_each_child(n, [&](Node*& child) { child = visit(child); });
    }
  }

  // The value a Declarator, Assign, Property, Field or AssignPattern gives its name to.
  static Node*& initializer(Node* n) {
    switch (n->kind) {
      case Kind::Declarator: return ast::init(n);
      case Kind::AssignPattern: return ast::fallback(n);
      default: return ast::value(n);
    }
  }

  // The name an anonymous function gets from where it is defined (NamedEvaluation):
  // `const f = async function () {}`, `f = ...`, `{ f: ... }`, class field `f = ...`.
  static std::string_view inferred_name(const Node* n) {
    const Node* target = nullptr;
    switch (n->kind) {
      case Kind::Declarator: target = ast::target(n); break;
      case Kind::Assign: target = n->op == Op::Assign ? ast::target(n) : nullptr; break;
      case Kind::Property:
      case Kind::Field:
        target = n->has(flag::Computed) || n->has(flag::Shorthand) ? nullptr : ast::key(n);
        break;
      case Kind::AssignPattern: target = ast::target(n); break;
      default: break;
    }
    if (!target) return {};
    if (target->kind == Kind::Identifier || target->kind == Kind::PrivateName) return target->text;
    if (target->kind == Kind::String && target->text.size() >= 2 &&
        target->text.find('\\') == std::string_view::npos) {
      return target->text.substr(1, target->text.size() - 2);
    }
    return {};
  }

  static bool anonymous_async_expression(const Node* n) {
    return n && n->kind == Kind::FunctionExpr && n->has(flag::Async) && !ast::name(n);
  }

  Node* visit(Node* n) {
    if ((n->kind == Kind::Declarator || n->kind == Kind::Assign || n->kind == Kind::Property ||
         n->kind == Kind::Field || n->kind == Kind::AssignPattern) &&
        anonymous_async_expression(initializer(n)) && !inferred_name(n).empty()) {
      if (n->kind != Kind::Property && n->kind != Kind::Field && ast::target(n))
        ast::target(n) = visit(ast::target(n));
      if (n->has(flag::Computed) && ast::key(n)) ast::key(n) = visit(ast::key(n));
      visit_children(initializer(n));
      std::string_view name = inferred_name(n);
      initializer(n) = lower_in_form(
          initializer(n), initializer(n),
          [&](Node* fn) { return promises_->lower_expression(fn, name); },
          [&](Node* fn) { return functions_.lower(fn, name); });
      return n;
    }
    if (n->kind == Kind::ExportDecl && n->has(flag::Default) &&
        anonymous_async_expression(ast::declaration(n))) {
      visit_children(ast::declaration(n));
      ast::declaration(n) = lower_in_form(
          ast::declaration(n), ast::declaration(n),
          [&](Node* fn) { return promises_->lower_expression(fn, "default"); },
          [&](Node* fn) { return functions_.lower(fn, "default"); });
      return n;
    }
    if (is_function(n) && n->has(flag::Async)) {
      visit_children(n);  // nested functions first: their awaits are their own
      if (async_form(n, stage_) == AsyncForm::Generator) return functions_.lower(n);
      // A fallback keeps the function's own kind (lower_in_place), as the promise form does.
      return lower_in_form(
          n, n, [&](Node* fn) { return promises_->lower_expression(fn); },
          [&](Node* fn) { return functions_.lower_in_place(fn); });
    }
    if (n->kind == Kind::Method && ast::function(n)->has(flag::Async)) {
      if (ast::key(n) && n->has(flag::Computed)) ast::key(n) = visit(ast::key(n));
      visit_children(ast::function(n));
      return lower_in_form(
          ast::function(n), n, [&](Node* method) { return promises_->lower_method(method); },
          [&](Node* method) { return functions_.lower_method(method); });
    }
    visit_children(n);
    return n;
  }

  Stage stage_;  // Generator or Promise: which form async functions get (async_form)
  AwaitMode mode_;
  ReservedNames& names_;
  AstBuilder& b_;
  Diagnostics& diags_;
  const RuntimeLibrary& library_;
  AsyncFunctionLowering functions_;
  promise::PromiseFunctionLowering* promises_;
  bool explicit_jobs_;
};

}  // namespace

bool lower_async_to_promises(Node* program, AwaitMode mode, bool explicit_jobs,
                             std::string_view source, const RuntimeLibrary& library,
                             ReservedNames& names, AstBuilder& builder, Diagnostics& diags) {
  promise::Stability stability(program);
  promise::StageOptions options{explicit_jobs};
  promise::PromiseFunctionLowering promises(stability, names, builder, diags, options, source,
                                            library);
  AsyncLowering lowering(mode, names, builder, diags, library, promises, explicit_jobs);
  return lowering.run(program);
}

bool lower_async_to_generators(Node* program, AwaitMode mode, const RuntimeLibrary& library,
                               ReservedNames& names, AstBuilder& builder, Diagnostics& diags) {
  AsyncLowering lowering(mode, names, builder, diags, library);
  return lowering.run(program);
}

}  // namespace desugar
