#include "passes/promise/linear.h"

#include <deque>

#include "passes/promise/explode.h"
#include "passes/visit.h"

namespace desugar::promise {

namespace {

// An await whose evaluation depends on a branch (`a && await b`, `c ? await d : e`).
bool conditional_await(Node* n, const AwaitIndex& awaits) {
  if (!awaits.contains(n)) return false;
  switch (n->kind) {
    case Kind::Binary:
      if (is_logical(n->op) && awaits.contains(ast::right(n))) return true;
      break;
    case Kind::Assign:
      if (is_logical_assign(n->op) && awaits.contains(ast::value(n))) return true;
      if (awaits.contains(ast::target(n))) return true;  // a destructuring pattern that awaits
      break;
    case Kind::Conditional:
      if (awaits.contains(ast::consequent(n)) || awaits.contains(ast::alternate(n))) return true;
      break;
    case Kind::Chain: return true;
    default: break;
  }
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || conditional_await(child, awaits); });
  return found;
}

bool has_var(Node* n) {
  if (is_function(n)) return false;
  if (n->kind == Kind::VarDecl && n->text == "var") return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || has_var(child); });
  return found;
}

// `return v` of the async function (not of nested functions) → `return resolve(v)`.
Node* rewrite_returns(Node* n, FunctionContext& fn) {
  if (is_function(n) || is_class(n)) return n;
  if (n->kind == Kind::Return) return fn.b.ret(fn.resolve_call(ast::argument(n), n), n);
  for_each_child(n, [&](Node*& child) { child = rewrite_returns(child, fn); });
  return n;
}

class LinearSink : public Sink {
 public:
  explicit LinearSink(FunctionContext& fn) : fn_(fn) { pieces_.emplace_back(); }

  void emit(Node* stmt) override { current().push_back(stmt); }

  Node* suspend(Node* operand, const Node* origin) override {
    std::string param = fn_.unique("value");
    suspend_into(operand, fn_.b.ident(param, origin), origin);
    return fn_.b.ident(param, origin);
  }

  void suspend_effect(Node* operand, const Node* origin) override {
    suspend_into(operand, nullptr, origin);
  }

  // Suspends and binds the resumed value to `pattern` (the continuation's parameter, if any).
  void suspend_into(Node* operand, Node* pattern, const Node* origin) {
    AstBuilder& b = fn_.b;
    std::string name = fn_.unique("after_await_L" + std::to_string(fn_.line_of(origin)));
    Node* await = b.expr_stmt(
        fn_.await_call(operand, b.ident(name, origin), b.ident(fn_.reject_name, origin), origin));
    Node* body = b.make(Kind::Block, origin);
    Node* decl;
    if (fn_.arrow_pieces) {
      // Arrows keep `this`, `arguments` and `super`; not hoisted, so declared before the await.
      Node* arrow = b.make(Kind::Arrow, origin);
      if (pattern) arrow->list = b.list({pattern});
      ast::body(arrow) = body;
      decl = b.var("const", b.ident(name, origin), arrow, origin);
      emit(decl);
      emit(await);
    } else {
      Node* f = b.make(Kind::FunctionDecl, origin);
      ast::name(f) = b.ident(name, origin);
      if (pattern) f->list = b.list({pattern});
      ast::body(f) = body;
      emit(await);
      emit(f);
    }
    bodies_.push_back(body);
    pieces_.emplace_back();
  }

  Node* temp(Node* init, const Node* origin) override {
    std::string name = fn_.unique("t" + std::to_string(++temps_));
    emit(fn_.b.var("const", fn_.b.ident(name, origin), init, origin));
    return fn_.b.ident(name, origin);
  }
  Node* temp_var(const Node* origin) override {
    std::string name = fn_.unique("t" + std::to_string(++temps_));
    emit(fn_.b.var("let", fn_.b.ident(name, origin), nullptr, origin));
    return fn_.b.ident(name, origin);
  }

  // Fills every continuation's body and returns the executor's statements.
  std::vector<Node*> finish() {
    for (std::size_t i = 0; i < bodies_.size(); ++i) bodies_[i]->list = fn_.b.list(pieces_[i + 1]);
    return pieces_.front();
  }

 private:
  std::vector<Node*>& current() { return pieces_.back(); }
  FunctionContext& fn_;
  std::deque<std::vector<Node*>> pieces_;
  std::vector<Node*> bodies_;
  int temps_ = 0;
};

}  // namespace

// A let/const of the body read before its declaration (a temporal-dead-zone read): continuations
// would not reproduce the ReferenceError, the state machine does.
bool early_read(Node* body) {
  for (Node* stmt : body->list) {
    if (stmt->kind != Kind::VarDecl) continue;
    for (Node* d : stmt->list) {
      std::vector<std::string_view> names;
      bound_names(ast::target(d), names);
      for (std::string_view name : names) {
        bool early = false;
        walk_references(body, nullptr, [&](const Node* id) {
          if (id->text == name && id->end != 0 && id->begin < d->end &&
              !(id->begin >= ast::target(d)->begin && id->end <= ast::target(d)->end)) {
            early = true;
          }
        });
        if (early) return true;
      }
    }
  }
  return false;
}

bool linear_form_fits(Node* body, const AwaitIndex& awaits) {
  if (has_var(body) || early_read(body)) return false;
  bool after_await = false;
  for (Node* stmt : body->list) {
    if (!awaits.contains(stmt)) {
      if (stmt->kind == Kind::Try && ast::finalizer(stmt) && contains_return(stmt)) return false;
      if (after_await && stmt->kind == Kind::FunctionDecl) return false;
      continue;
    }
    after_await = true;
    if (stmt->kind != Kind::ExprStmt && stmt->kind != Kind::VarDecl && stmt->kind != Kind::Return &&
        stmt->kind != Kind::Throw) {
      return false;
    }
    if (conditional_await(stmt, awaits)) return false;
    if (stmt->kind == Kind::VarDecl) {
      for (Node* d : stmt->list) {
        if (awaits.contains(ast::target(d))) return false;  // await inside a destructuring pattern
      }
    }
  }
  return true;
}

std::vector<Node*> linear_form(Node* body, FunctionContext& fn) {
  LinearSink sink(fn);
  Exploder exploder(sink, fn);
  bool ended = false;
  for (Node* stmt : body->list) {
    ended = stmt->kind == Kind::Return || stmt->kind == Kind::Throw;
    if (!fn.awaits.contains(stmt)) {
      sink.emit(rewrite_returns(stmt, fn));
      continue;
    }
    switch (stmt->kind) {
      case Kind::ExprStmt: exploder.effect(ast::expression(stmt)); break;
      case Kind::VarDecl:
        for (Node* d : stmt->list) {
          if (stmt->list.size() == 1 && ast::init(d) && ast::init(d)->kind == Kind::Await) {
            // const v = await x: the continuation's parameter is `v` itself.
            sink.suspend_into(exploder.value(ast::argument(ast::init(d))), ast::target(d),
                              ast::init(d));
            continue;
          }
          Node* init = ast::init(d) ? exploder.value(ast::init(d)) : nullptr;
          sink.emit(fn.b.var(stmt->text, ast::target(d), init, d));
        }
        break;
      case Kind::Return:
        sink.emit(fn.b.ret(fn.resolve_call(exploder.value(ast::argument(stmt)), stmt), stmt));
        break;
      case Kind::Throw: {
        Node* t = fn.b.make(Kind::Throw, stmt);
        ast::argument(t) = exploder.value(ast::argument(stmt));
        sink.emit(t);
        break;
      }
      default: break;
    }
  }
  if (!ended) sink.emit(fn.b.expr_stmt(fn.resolve_call(nullptr, body)));
  return sink.finish();
}

}  // namespace desugar::promise
