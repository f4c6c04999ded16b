// The state machine form: every statement that contains an await (or a `return` inside a
// try/finally) is split into states; the rest stays ordinary JS inside one state. Jumps between
// states are `state = '…'; continue machine;`; loops therefore never grow the stack.
//
//   while (i < 3) { await tick(); i++; }
//     => case 'loop_L1': if (!(i < 3)) { state = 'loop_end_L1'; continue machine; }
//                        state = 'after_await_L1'; return __ds_awaitValue(tick(), step, throwInto);
//        case 'after_await_L1': value1 = input; i++; state = 'loop_L1'; continue machine;
//        case 'loop_end_L1': …
//
// try/finally keeps a completion record ({type: normal|return|throw|jump, value, target}) and
// re-dispatches it when the finally block ends, so return/break/throw crossing a finally work.
//
// Private to the state machine form (machine*.cpp): the lowering of statements into states.
#pragma once
#include <algorithm>
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "passes/promise/explode.h"
#include "passes/promise/machine.h"
#include "passes/promise/machine_sink.h"
#include "passes/visit.h"

namespace desugar::promise::detail {

// The statements `break` and `continue` can reach, innermost last (regenerator's LeapManager
// entries; try statements are the sink's Regions). A loop takes `continue` and an unlabeled
// `break`, a switch an unlabeled `break`, and any of them a jump naming one of its labels.
struct LoopTarget {
  int continue_label = 0;
  std::string iterator;  // for-of: the iterator a jump out of the loop closes
};
struct SwitchTarget {};
struct LabelTarget {};  // a labeled statement that is neither loop nor switch

struct JumpTarget {
  std::variant<LoopTarget, SwitchTarget, LabelTarget> entry;
  int break_label = 0;
  int region = kNoRegion;                // the try region around the statement
  std::vector<std::string_view> labels;  // the user labels naming it

  const LoopTarget* loop() const { return std::get_if<LoopTarget>(&entry); }
  LoopTarget& as_loop() { return std::get<LoopTarget>(entry); }
  bool takes_unlabeled_break() const { return !std::holds_alternative<LabelTarget>(entry); }
};

// Pushes `item` onto one of the lowering's stacks for the guard's lifetime, and on leaving
// checks that everything pushed meanwhile has been popped.
template <class T>
class StackGuard {
 public:
  StackGuard(std::vector<T>& stack, T item) : stack_(stack), depth_(stack.size() + 1) {
    stack_.push_back(std::move(item));
  }
  ~StackGuard() {
    assert(stack_.size() == depth_ && "unbalanced push inside a StackGuard");
    stack_.pop_back();
  }
  StackGuard(const StackGuard&) = delete;
  StackGuard& operator=(const StackGuard&) = delete;

 private:
  std::vector<T>& stack_;
  std::size_t depth_;
};

// `if (test) then`
inline Node* if_then(AstBuilder& b, Node* test, Node* then, const Node* origin) {
  Node* s = b.make(Kind::If, origin);
  ast::test(s) = test;
  ast::consequent(s) = then;
  return s;
}

struct Finally {
  int label = 0;
  std::string completion;
  std::map<int, int> jump_targets;  // label → the region it is in
  bool may_return = false;
};

inline bool has_try_finally_with_jump(Node* n) {
  if (is_function(n) || is_class(n)) return false;
  if (n->kind == Kind::Try && ast::finalizer(n) && contains_return(n)) return true;
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || has_try_finally_with_jump(child); });
  return found;
}

// Nested functions that mention any of `names` (per-iteration bindings captured by closures).
inline bool closure_mentions(Node* n, const std::vector<std::string_view>& names,
                             bool inside_function) {
  if (inside_function && n->kind == Kind::Identifier) {
    for (std::string_view name : names) {
      if (n->text == name) return true;
    }
  }
  bool inner = inside_function || is_function(n) || is_class(n);
  bool found = false;
  for_each_child(n, [&](Node*& child) { found = found || closure_mentions(child, names, inner); });
  return found;
}

inline void block_scoped_names(Node* n, std::vector<std::string_view>& out) {
  if (is_function(n) || is_class(n)) return;
  if (n->kind == Kind::VarDecl && n->text != "var") {
    for (Node* d : n->list) bound_names(ast::target(d), out);
  }
  for_each_child(n, [&](Node*& child) { block_scoped_names(child, out); });
}

class MachineLowering {
 public:
  MachineLowering(Node* body, FunctionContext& fn)
      : fn_(fn), b_(fn.b), sink_(fn), ex_(sink_, fn), body_(body) {}

  bool run(std::vector<Node*>& out) {
    scopes_.push_back(body_);
    sink_.route_return = [this](Node* value, const Node* origin) {
      return route_return(value, origin);
    };
    rename_repeated_lexicals(body_);
    prepare_tdz(body_);
    for (Node* s : body_->list) statement(s);
    if (!sink_.terminated()) {
      sink_.emit(route_return(nullptr, body_));
      sink_.set_terminated();
    }
    if (failed_) return false;
    out = sink_.finish(functions_);
    return true;
  }

 private:
  bool split(Node* s) const { return fn_.awaits.contains(s) || has_try_finally_with_jump(s); }

  Node* completion_record(std::string_view type, Node* value, std::string_view target,
                          const Node* origin) {
    Node* obj = b_.make(Kind::Object, origin);
    std::vector<Node*> props;
    auto prop = [&](std::string_view key, Node* v) {
      props.push_back(b_.property(b_.ident(key, origin), v, origin));
    };
    prop("type", b_.string_lit(type, origin));
    if (value) prop("value", value);
    if (!target.empty()) prop("target", b_.string_lit(target, origin));
    obj->list = b_.list(props);
    return obj;
  }

  // Closes the for-of iterators a jump leaves (those above `keep` in the target stack).
  void close_iterators(std::size_t keep, std::vector<Node*>& out, const Node* origin) {
    for (std::size_t i = targets_.size(); i > keep; --i) {
      const LoopTarget* loop = targets_[i - 1].loop();
      if (!loop || loop->iterator.empty()) continue;
      const std::string& it = loop->iterator;
      Node* ret = b_.member(b_.ident(it, origin), "return", origin);
      Node* test = b_.binary(Op::StrictNe, ret, b_.ident("undefined", origin), origin);
      Node* stmt = b_.make(Kind::If, origin);
      ast::test(stmt) = test;
      ast::consequent(stmt) = b_.expr_stmt(
          b_.call(b_.member(b_.ident(it, origin), "return", origin), std::vector<Node*>{}, origin));
      out.push_back(stmt);
    }
  }

  // Jump to `label` (in `target_region`) from the current region, through any finally between.
  Node* route_jump(int label, int target_region, const Node* origin) {
    for (int r = sink_.region(); r != target_region && r != kNoRegion;
         r = sink_.region_at(r).parent) {
      const Region& region = sink_.region_at(r);
      if (!region.finally_label) continue;
      finallies_[*region.finally_label].jump_targets.emplace(label, target_region);
      Node* set = b_.expr_stmt(
          b_.assign(b_.ident(region.completion, origin),
                    completion_record("jump", nullptr, sink_.state_name(label), origin), origin));
      Node* g = sink_.goto_stmt(*region.finally_label, origin);
      return b_.block(std::vector<Node*>{set, g->list[0], g->list[1]}, origin);
    }
    return sink_.goto_stmt(label, origin);
  }

  // `return value` of the async function from the current region.
  Node* route_return(Node* value, const Node* origin) {
    std::vector<Node*> out;
    close_iterators(0, out, origin);
    for (int r = sink_.region(); r != kNoRegion; r = sink_.region_at(r).parent) {
      const Region& region = sink_.region_at(r);
      if (!region.finally_label) continue;
      finallies_[*region.finally_label].may_return = true;
      out.push_back(b_.expr_stmt(b_.assign(
          b_.ident(region.completion, origin),
          completion_record("return", value ? value : b_.ident("undefined", origin), "", origin),
          origin)));
      Node* g = sink_.goto_stmt(*region.finally_label, origin);
      out.insert(out.end(), g->list.begin(), g->list.end());
      return b_.block(out, origin);
    }
    out.push_back(b_.ret(fn_.resolve_call(value, origin), origin));
    return out.size() == 1 ? out[0] : b_.block(out, origin);
  }

  const JumpTarget* find_target(Node* jump) {
    bool is_continue = jump->kind == Kind::Continue;
    for (std::size_t i = targets_.size(); i > 0; --i) {
      const JumpTarget& t = targets_[i - 1];
      if (is_continue && !t.loop()) continue;
      if (jump->text.empty()
              ? t.takes_unlabeled_break() || is_continue
              : std::find(t.labels.begin(), t.labels.end(), jump->text) != t.labels.end()) {
        return &t;
      }
    }
    return nullptr;
  }

  Node* jump_to(Node* jump) {
    const JumpTarget* t = find_target(jump);
    if (!t) {
      fail("jump target");
      return b_.make(Kind::Empty, jump);
    }
    std::vector<Node*> out;
    std::size_t keep =
        static_cast<std::size_t>(t - targets_.data()) + (jump->kind == Kind::Continue ? 1 : 0);
    close_iterators(keep, out, jump);
    int label = jump->kind == Kind::Continue ? t->loop()->continue_label : t->break_label;
    out.push_back(route_jump(label, t->region, jump));
    return out.size() == 1 ? out[0] : b_.block(out, jump);
  }

  // A statement left as ordinary JS: `var` becomes assignment to the hoisted variable; return
  // and jumps that leave it become machine transfers.
  Node* native(Node* n, int loops, int switches, std::vector<std::string_view>& labels) {
    if (is_function(n) || is_class(n)) return n;
    switch (n->kind) {
      case Kind::Return: return route_return(ast::argument(n), n);
      case Kind::Break:
      case Kind::Continue: {
        bool local = n->text.empty()
                         ? (n->kind == Kind::Break ? loops + switches > 0 : loops > 0)
                         : std::find(labels.begin(), labels.end(), n->text) != labels.end();
        return local ? n : jump_to(n);
      }
      case Kind::VarDecl:
        if (n->text == "var") return var_to_assignments(n, /*as_statement=*/true);
        break;
      case Kind::For:
      case Kind::ForIn:
        if (Node*& head = n->kind == Kind::For ? ast::init(n) : ast::left(n);
            head && head->kind == Kind::VarDecl && head->text == "var")
          head = var_to_assignments(head, false);
        break;
      default: break;
    }
    bool loop = n->kind == Kind::For || n->kind == Kind::ForIn || n->kind == Kind::While ||
                n->kind == Kind::DoWhile;
    if (n->kind == Kind::Labeled) labels.push_back(n->text);
    for_each_child(n, [&](Node*& child) {
      child = native(child, loops + (loop ? 1 : 0), switches + (n->kind == Kind::Switch ? 1 : 0),
                     labels);
    });
    if (n->kind == Kind::Labeled) labels.pop_back();
    return n;
  }

  // `var a = 1, {b} = o` → `a = 1, ({b} = o)` with the names hoisted.
  Node* var_to_assignments(Node* decl, bool as_statement) {
    std::vector<Node*> parts;
    for (Node* d : decl->list) {
      std::vector<std::string_view> names;
      bound_names(ast::target(d), names);
      for (std::string_view name : names)
        if (!sink_.hoist(name)) fail("a parameter scope clash");
      if (ast::init(d))
        parts.push_back(b_.assign(ast::target(d), ast::init(d), d));
      else if (!as_statement)
        parts.push_back(ast::target(d));  // for (var x in o)
    }
    Node* expr;
    if (parts.empty()) return as_statement ? b_.make(Kind::Empty, decl) : decl;
    if (parts.size() == 1) {
      expr = parts[0];
    } else {
      expr = b_.make(Kind::Sequence, decl);
      expr->list = b_.list(parts);
    }
    return as_statement ? b_.expr_stmt(expr) : expr;
  }

  // Hoisting a block-scoped name to the executor is only invisible when every use of the name
  // comes after the declaration and inside its block (no TDZ read, no outer binding seen).
  bool hoistable(std::string_view name, const Node* scope, const Node* decl) const {
    bool ok = true;
    walk_references_to(body_, nullptr, name, [&](const Node* id) {
      if (id->end == 0) return;
      bool inside = id->begin >= scope->begin && id->end <= scope->end;
      bool declaring = id->begin >= decl->begin && id->end <= decl->end;
      if (!inside || (!declaring && id->begin < decl->end)) ok = false;
    });
    return ok;
  }
  // A declaration in split code: its names become executor variables; initializers run here.
  void declaration(Node* decl) {
    for (Node* d : decl->list) {
      bool pattern_awaits = fn_.awaits.contains(ast::target(d));
      std::vector<std::string_view> names;
      bound_names(ast::target(d), names);
      for (std::string_view name : names) {
        if (decl->text != "var" && !declared_.insert(name).second)
          fail("a name declared twice in one scope");
        if (decl->text != "var" && !tdz_checked_.count(d) && !hoistable(name, scopes_.back(), d)) {
          fail(("a use outside the reach of `" + std::string(name) + "`").c_str());
        }
        // A hoisted const is a plain variable: an assignment to it would no longer throw.
        if (decl->text == "const" && assigned_in(scopes_.back(), name))
          fail("an assignment to a const");
        if (!sink_.hoist(name)) fail("a parameter scope clash");
      }
      if (pattern_awaits) {
        Node* source =
            sink_.temp(ast::init(d) ? ex_.value(ast::init(d)) : b_.ident("undefined", d), d);
        ex_.destructure(ast::target(d), source);
      } else if (ast::init(d) && ast::init(d)->kind == Kind::Await &&
                 fn_.awaits.contains(ast::init(d))) {
        sink_.suspend_into(ex_.value(ast::argument(ast::init(d))), ast::target(d), ast::init(d));
      } else if (ast::init(d)) {
        Node* init = ex_.value(ast::init(d));
        sink_.emit(b_.expr_stmt(b_.assign(ast::target(d), init, d)));
      } else if (decl->text != "var") {
        sink_.emit(b_.expr_stmt(
            b_.assign(ast::target(d), b_.ident("undefined", d), d)));  // a fresh binding
      }
    }
  }

  // Gives up on the machine for this function (it then keeps the generator form). The first
  // reason becomes a located warning (and is printed when DESUGAR_EXPLAIN_FALLBACK is set).
  void fail(const char* why) {
    if (!failed_ && std::getenv("DESUGAR_EXPLAIN_FALLBACK"))
      std::fprintf(stderr, "promise stage fallback: %s\n", why);
    if (!failed_) fn_.fallback_reason = why;
    failed_ = true;
  }

  void statement(Node* s);
  void rename_shadowing(Node* block);
  void rename_redeclarations(Node* n, std::set<std::string_view>& seen);
  void rename_repeated_lexicals(Node* body);
  bool declared_in_native_blocks(Node* s, std::string_view name);
  void prepare_tdz(Node* block);
  void loop(Node* s, std::vector<std::string_view> labels);
  // Per-iteration bindings that closures capture live in a scope object per iteration.
  std::string iteration_scope(Node* s, std::vector<std::string_view>& head_names,
                              std::vector<std::string_view>& tdz_names);
  Node* scope_copy(const std::string& scope, const std::vector<std::string_view>& names,
                   const Node* origin, const std::vector<std::string_view>& uninitialized);
  void for_of(Node* s, JumpTarget& target, const std::string& scope,
              const std::vector<std::string_view>& tdz_names);
  // A fresh copy of the loop's per-iteration scope object, when it has one.
  void fresh_iteration_scope(const std::string& scope, const Node* origin,
                             const std::vector<std::string_view>& tdz_names);
  void switch_statement(Node* s, std::vector<std::string_view> labels);
  void try_statement(Node* s);
  void with_statement(Node* s);
  void assign_left(Node* left, Node* value);

  FunctionContext& fn_;
  AstBuilder& b_;
  MachineSink sink_;
  Exploder ex_;
  Node* body_;
  std::vector<JumpTarget> targets_;
  std::map<int, Finally> finallies_;
  std::vector<Node*> functions_;
  std::set<std::string_view> declared_;
  std::vector<Node*> scopes_;  // the blocks (and loop heads) whose declarations are being hoisted
  std::set<const Node*> tdz_checked_;  // declarators whose early reads check for initialization
  bool failed_ = false;
};

}  // namespace desugar::promise::detail
