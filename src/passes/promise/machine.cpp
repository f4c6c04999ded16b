// The state machine form: statements that contain an await (or a `return` inside a
// try/finally) are split into states; the rest stays ordinary JS inside one state. Jumps
// between states are `state = '…'; continue machine;`, so loops never grow the stack.
//
//   while (i < 3) { await tick(); i++; }
//     => case 'loop_L1': if (!(i < 3)) { state = 'loop_end_L1'; continue machine; }
//                        state = 'after_await_L1'; return __ds_await(tick(), step, throwInto);
//        case 'after_await_L1': value = input; i++; state = 'loop_L1'; continue machine;
//        case 'loop_end_L1': …
//
// try/finally keeps a completion record ({type: normal|return|throw|jump, value, target}) and
// re-dispatches it when the finally block ends.
#include "passes/promise/machine.h"

#include "passes/promise/machine_lowering.h"

namespace desugar::promise {
namespace detail {

namespace {
void count_declarations(Node* n, std::string_view name, int& count, const Node** declarator = nullptr);
Node* check_early_reads(Node* n, Node* parent, std::string_view name, std::uint32_t limit, const Node* binding,
                        Node* check, AstBuilder& b, bool& assigned_early);

Node* if_then(AstBuilder& b, Node* test, Node* then, const Node* origin) {
  Node* s = b.make(Kind::If, origin);
  s->a = test;
  s->b = then;
  return s;
}
}  // namespace

void MachineLowering::statement(Node* s) {
  if (failed_) return;
  switch (s->kind) {
    case Kind::Return: {
      Node* v = s->a ? ex_.value(s->a) : nullptr;
      sink_.emit(route_return(v, s));
      sink_.set_terminated();
      return;
    }
    case Kind::Break:
    case Kind::Continue:
      sink_.emit(jump_to(s));
      sink_.set_terminated();
      return;
    case Kind::Throw: {
      Node* t = b_.make(Kind::Throw, s);
      t->a = ex_.value(s->a);
      sink_.emit(t);
      return;
    }
    case Kind::VarDecl: declaration(s); return;
    case Kind::FunctionDecl: functions_.push_back(s); return;  // hoisted, as declarations are
    case Kind::ClassDecl: {
      sink_.hoist(s->a->text);
      Node* cls = b_.make(Kind::ClassExpr, s);
      *cls = *s;
      cls->kind = Kind::ClassExpr;
      // Awaits can only be in the heritage and computed keys, which the exploder splits.
      if (fn_.awaits.contains(s)) fn_.awaits.update(cls);
      Node* value = fn_.awaits.contains(s) ? ex_.value(cls) : cls;
      sink_.emit(b_.expr_stmt(b_.assign(b_.ident(s->a->text, s), value, s)));
      return;
    }
    case Kind::Labeled: {
      if (!split(s)) break;
      std::vector<std::string_view> labels;
      Node* body = s;
      while (body->kind == Kind::Labeled) {
        labels.push_back(body->text);
        body = body->a;
      }
      if (body->kind == Kind::For || body->kind == Kind::ForIn || body->kind == Kind::While || body->kind == Kind::DoWhile) {
        loop(body, labels);
      } else if (body->kind == Kind::Switch) {
        switch_statement(body, labels);
      } else {
        Target t;
        t.labels = labels;
        t.break_label = sink_.new_label("label_end", s);
        t.region = sink_.region();
        targets_.push_back(t);
        statement(body);
        targets_.pop_back();
        sink_.mark(t.break_label);
      }
      return;
    }
    default: break;
  }
  if (!split(s)) {
    std::vector<std::string_view> labels;
    sink_.emit(native(s, 0, 0, labels));
    return;
  }
  switch (s->kind) {
    case Kind::Block:
      scopes_.push_back(s);
      rename_shadowing(s);
      prepare_tdz(s);
      for (Node* child : s->list) statement(child);
      scopes_.pop_back();
      return;
    case Kind::ExprStmt: ex_.effect(s->a); return;
    case Kind::If: {
      int otherwise = s->c ? sink_.new_label("else", s->c) : -1;
      int end = sink_.new_label("end_if", s);
      sink_.jump_unless(ex_.value(s->a), s->c ? otherwise : end);
      statement(s->b);
      if (s->c) {
        sink_.jump(end);
        sink_.mark(otherwise);
        statement(s->c);
      }
      sink_.mark(end);
      return;
    }
    case Kind::For:
    case Kind::ForIn:
    case Kind::While:
    case Kind::DoWhile: loop(s, {}); return;
    case Kind::Switch: switch_statement(s, {}); return;
    case Kind::Try: try_statement(s); return;
    default: fail(s->kind == Kind::With ? "an await inside a `with` statement" : "a statement kind the state machine does not lower"); return;  // `with` and anything else: not lowered by the machine
  }
}

namespace {
}  // namespace

// A block that declares a name already hoisted (an inner `let x` shadowing an outer one) gets
// its own spelling for it, so both can live in the executor.
void MachineLowering::rename_shadowing(Node* block) {
  for (Node* stmt : block->list) {
    if (stmt->kind != Kind::VarDecl || stmt->text == "var" || (block != body_ && !split(block))) continue;
    std::vector<std::string_view> names;
    for (Node* d : stmt->list) bound_names(d->a, names);
    for (std::string_view name : names) {
      if (!declared_.count(name)) continue;
      std::string renamed = fn_.unique(std::string(name) + "_2");
      for (Node*& item : block->list) rename_references(item, block, name, renamed, b_);
    }
  }
}

namespace {
// Wraps reads of `name` before `limit` in the uninitialized check. A write before the
// declaration throws too: a compound assignment or update when it reads the variable, a plain
// assignment after evaluating its right side.
Node* check_early_reads(Node* n, Node* parent, std::string_view name, std::uint32_t limit, const Node* binding,
                        Node* check, AstBuilder& b, bool& assigned_early) {
  auto early_id = [&](const Node* id) {
    return id->kind == Kind::Identifier && id->text == name && id->end != 0 && id->begin < limit &&
           !(id->begin >= binding->begin && id->end <= binding->end);
  };
  auto checked = [&](const Node* id) { return b.call(b.ident(check->text, id), {b.ident(name, id), b.string_lit(name, id)}, id); };
  if ((n->kind == Kind::Assign || n->kind == Kind::Update) && early_id(n->a)) {
    if (n->kind == Kind::Assign) n->b = check_early_reads(n->b, n, name, limit, binding, check, b, assigned_early);
    if (n->kind == Kind::Assign && n->text == "=") {
      // x = [rhs, check(x)][0]
      Node* pair = b.make(Kind::Array, n);
      pair->list = b.list({n->b, checked(n->a)});
      Node* first = b.make(Kind::Member, n);
      first->flags = flag::Computed;
      first->a = pair;
      first->b = b.number("0", n);
      n->b = first;
      return n;
    }
    Node* seq = b.make(Kind::Sequence, n);
    seq->list = b.list({checked(n->a), n});
    return seq;
  }
  // A write through a destructuring or for-in/of target: the target becomes a setter that
  // checks first, so the ReferenceError comes at the same step as the engine's PutValue:
  //   [x] = xs  =>  [{ set x(v) { __ds_checkInitialized(x, 'x'); x = v; } }.x] = xs
  auto checked_target = [&](const Node* id) {
    std::string param = std::string(name) == "v" ? "value" : "v";
    Node* setter_fn = b.make(Kind::FunctionExpr, id);
    setter_fn->list = b.list({b.ident(param, id)});
    setter_fn->b = b.block(std::vector<Node*>{b.expr_stmt(checked(id)),
                                              b.expr_stmt(b.assign(b.ident(name, id), b.ident(param, id), id))},
                           id);
    Node* setter = b.make(Kind::Method, id);
    setter->flags = flag::Setter;
    setter->a = b.ident(name, id);
    setter->b = setter_fn;
    Node* holder = b.make(Kind::Object, id);
    holder->list = b.list({setter});
    return b.member(holder, name, id);
  };
  bool pattern_parent = parent && (parent->kind == Kind::ArrayPattern || parent->kind == Kind::Rest ||
                                   (parent->kind == Kind::AssignPattern && n == parent->a) ||
                                   (parent->kind == Kind::ForIn && n == parent->a));
  if (n->kind == Kind::ObjectPattern) {
    for (Node* item : n->list) {
      if (item->kind == Kind::Property && item->has(flag::Shorthand) && early_id(item->b)) {
        item->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
        item->a = b.ident(name, item->a);
        item->b = checked_target(item->b);
      } else if (item->kind == Kind::Property && early_id(item->b)) {
        if (item->has(flag::Computed)) item->a = check_early_reads(item->a, item, name, limit, binding, check, b, assigned_early);
        item->b = checked_target(item->b);
      }
    }
  }
  if (early_id(n) && !(parent && is_property_name_slot(parent, n))) {
    if (pattern_parent) return checked_target(n);
    if (parent && (parent->kind == Kind::Assign || parent->kind == Kind::Update) && n == parent->a) {
      assigned_early = true;  // not reached: handled above
      return n;
    }
    return checked(n);
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) && n->b->kind == Kind::Identifier && n->b->text == name &&
      n->b->begin < limit) {
    n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
    n->a = b.ident(name, n->a);
  }
  for_each_child(n, [&](Node*& child) {
    child = check_early_reads(child, n, name, limit, binding, check, b, assigned_early);
  });
  return n;
}
}  // namespace

// A let/const of this block read before its declaration ran must throw as the engine's temporal
// dead zone does: the variable starts as a sentinel and early reads check it.
void MachineLowering::prepare_tdz(Node* block) {
  if (block != body_ && !split(block)) return;
  for (Node* stmt : block->list) {
    if (stmt->kind != Kind::VarDecl || stmt->text == "var") continue;
    for (Node* d : stmt->list) {
      std::vector<std::string_view> names;
      bound_names(d->a, names);
      for (std::string_view name : names) {
        bool early = false, outside = false;
        walk_references(body_, nullptr, [&](const Node* id) {
          if (id->text != name || id->end == 0) return;
          if (id->begin < block->begin || id->end > block->end) outside = true;
          bool declaring = id->begin >= d->a->begin && id->end <= d->a->end;
          if (!declaring && id->begin < d->end) early = true;
        });
        if (!early || outside) continue;
        int declarations = 0;
        count_declarations(block, name, declarations);
        if (declarations != 1) continue;  // shadowed somewhere inside: leave it to the fallback
        Node* check = b_.ident(fn_.names.name("checkInitialized"), d);
        bool assigned_early = false;
        for (Node*& item : block->list) {
          item = check_early_reads(item, block, name, d->end, d->a, check, b_, assigned_early);
          fn_.awaits.update(item);
        }
        if (assigned_early) continue;  // declaration() reports it
        fn_.used_tdz = true;
        if (!sink_.hoist(name)) fail("a parameter scope clash");
        sink_.emit(b_.expr_stmt(b_.assign(b_.ident(name, d), b_.ident(fn_.names.name("uninitialized"), d), d)));
        tdz_checked_.insert(d);
      }
    }
  }
}

void MachineLowering::assign_left(Node* left, Node* value) {
  if (left->kind == Kind::VarDecl) {
    Node* target = left->list[0]->a;
    std::vector<std::string_view> names;
    bound_names(target, names);
    for (std::string_view name : names) if (!sink_.hoist(name)) fail("a parameter scope clash");
    sink_.emit(b_.expr_stmt(b_.assign(target, value, left)));
    return;
  }
  sink_.emit(b_.expr_stmt(b_.assign(left, value, left)));
}

namespace {

void count_declarations(Node* n, std::string_view name, int& count, const Node** declarator) {
  if (n->kind == Kind::Identifier && n->text == name) return;
  if (n->kind == Kind::VarDecl || n->kind == Kind::Catch) {
    std::vector<std::string_view> names;
    if (n->kind == Kind::VarDecl) {
      for (Node* d : n->list) {
        std::size_t before = names.size();
        bound_names(d->a, names);
        for (std::size_t i = before; i < names.size(); ++i) {
          if (names[i] == name && declarator) *declarator = d;
        }
      }
    } else if (n->a) {
      bound_names(n->a, names);
    }
    for (std::string_view x : names) count += x == name;
  }
  if (is_function(n)) {
    std::vector<std::string_view> names;
    for (Node* p : n->list) bound_names(p, names);
    if (n->a && n->kind != Kind::Arrow) names.push_back(n->a->text);
    for (std::string_view x : names) count += x == name;
  }
  for_each_child(n, [&](Node*& child) { count_declarations(child, name, count, declarator); });
}

// Rewrites references to `names` into `scope.name`; closures that mention them get the scope
// object of their own iteration: ((scope) => closure)(scope).
Node* to_scope(Node* n, Node* parent, const std::string& scope, const std::vector<std::string_view>& names,
               AstBuilder& b) {
  auto listed = [&](std::string_view x) { return std::find(names.begin(), names.end(), x) != names.end(); };
  if (n->kind == Kind::Identifier && listed(n->text) && !(parent && is_property_name_slot(parent, n))) {
    return b.member(b.ident(scope, n), n->text, n);
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) && n->b->kind == Kind::Identifier && listed(n->b->text)) {
    n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
    n->b = b.member(b.ident(scope, n), n->b->text, n);
    return n;
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) && n->b->kind == Kind::AssignPattern &&
      n->b->a->kind == Kind::Identifier && listed(n->b->a->text)) {
    n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
  }
  // What gets the iteration's scope bound: a function or class, or an object literal whose
  // methods mention the names (a method itself cannot be wrapped).
  bool method_function = parent && parent->kind == Kind::Method && parent->b == n;
  bool object_with_methods = false;
  if (n->kind == Kind::Object) {
    for (Node* item : n->list) {
      if (item->kind == Kind::Method && closure_mentions(item, names, true)) object_with_methods = true;
    }
  }
  bool closure = ((is_function(n) && !method_function) || is_class(n) || object_with_methods) &&
                 closure_mentions(n, names, n->kind == Kind::Object ? false : true);
  if (object_with_methods) closure = true;
  for_each_child(n, [&](Node*& child) { child = to_scope(child, n, scope, names, b); });
  if (!closure) return n;
  Node* arrow = b.make(Kind::Arrow, n);
  arrow->list = b.list({b.ident(scope, n)});
  arrow->b = n;
  if (n->kind == Kind::FunctionDecl) return n;  // handled by the caller (refused)
  return b.call(arrow, {b.ident(scope, n)}, n);
}

// The functions directly in `n` (not those nested in another function, which a wrapped
// closure already gives the right scope object).
template <typename Fn>
void walk_functions(Node* n, Fn&& fn) {
  if (is_function(n)) {
    fn(n);
    return;
  }
  for_each_child(n, [&](Node*& child) { walk_functions(child, fn); });
}

}  // namespace

Node* MachineLowering::scope_copy(const std::string& scope, const std::vector<std::string_view>& names,
                                  const Node* origin, const std::vector<std::string_view>& uninitialized) {
  Node* obj = b_.make(Kind::Object, origin);
  std::vector<Node*> props;
  for (std::string_view name : names) {
    Node* p = b_.make(Kind::Property, origin);
    p->a = b_.ident(name, origin);
    p->b = b_.member(b_.ident(scope, origin), name, origin);
    props.push_back(p);
  }
  for (std::string_view name : uninitialized) {  // not declared yet in this iteration
    Node* p = b_.make(Kind::Property, origin);
    p->a = b_.ident(name, origin);
    p->b = b_.ident(fn_.names.name("uninitialized"), origin);
    props.push_back(p);
  }
  obj->list = b_.list(props);
  return b_.expr_stmt(b_.assign(b_.ident(scope, origin), obj, origin));
}

// Whether every declaration of `name` in loop `s` is in a block nested in the body that has no
// await: such a block is emitted as written, so its bindings are fresh each time it runs.
bool MachineLowering::declared_in_native_blocks(Node* s, std::string_view name) {
  bool native = false, other = false;
  auto declares = [&](Node* stmt) {
    std::vector<std::string_view> names;
    if (stmt->kind == Kind::VarDecl && stmt->text != "var") {
      for (Node* d : stmt->list) bound_names(d->a, names);
    } else if (stmt->kind == Kind::ClassDecl && stmt->a) {
      names.push_back(stmt->a->text);
    }
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  if (s->a && s->a->kind == Kind::VarDecl && declares(s->a)) other = true;
  auto walk = [&](auto&& self, Node* n) -> void {
    if (is_function(n) || is_class(n)) return;
    if (n->kind == Kind::Block) {
      for (Node* stmt : n->list) {
        if (!declares(stmt)) continue;
        (n != s->d && !fn_.awaits.contains(n) ? native : other) = true;
      }
    } else if (n->kind == Kind::Catch || n->kind == Kind::For || n->kind == Kind::ForIn || n->kind == Kind::Switch) {
      int count = 0;
      if (n != s && (n->kind == Kind::Catch || (n->a && n->a->kind == Kind::VarDecl))) {
        count_declarations(n->kind == Kind::Catch ? n : n->a, name, count);
        if (count) other = true;
      }
    }
    for_each_child(n, [&](Node*& child) { self(self, child); });
  };
  walk(walk, s);
  return native && !other;
}

// Renames a let, const or class declaration in a block under `n` whose name a declaration seen
// before (the loop head, an enclosing or earlier block) already has; nested functions and
// classes are scopes of their own and are left alone.
void MachineLowering::rename_redeclarations(Node* n, std::set<std::string_view>& seen) {
  if (is_function(n) || is_class(n)) return;
  if (n->kind == Kind::Block) {
    for (Node* stmt : n->list) {
      std::vector<std::string_view> names;
      if (stmt->kind == Kind::VarDecl && stmt->text != "var") {
        for (Node* d : stmt->list) bound_names(d->a, names);
      } else if (stmt->kind == Kind::ClassDecl && stmt->a) {
        names.push_back(stmt->a->text);
      }
      for (std::string_view name : names) {
        if (!seen.count(name)) {
          seen.insert(name);
          continue;
        }
        std::string renamed = fn_.unique(std::string(name) + "_2");
        for (Node*& item : n->list) rename_references(item, n, name, renamed, b_);
        seen.insert(b_.str(renamed));
      }
    }
  }
  for_each_child(n, [&](Node*& child) { rename_redeclarations(child, seen); });
}

std::string MachineLowering::iteration_scope(Node* s, std::vector<std::string_view>& head_names,
                                             std::vector<std::string_view>& tdz_names) {
  // A function declared in the loop body is a per-iteration binding too: `let g = function g…`
  // at the top of the body, where the scope object can carry it.
  if (s->d && s->d->kind == Kind::Block) {
    std::vector<Node*> functions, rest;
    for (Node* stmt : s->d->list) (stmt->kind == Kind::FunctionDecl ? functions : rest).push_back(stmt);
    if (!functions.empty()) {
      std::vector<Node*> items;
      for (Node* f : functions) {
        Node* expr = b_.make(Kind::FunctionExpr, f);
        *expr = *f;
        expr->kind = Kind::FunctionExpr;
        items.push_back(b_.var("let", b_.ident(f->a->text, f->a), expr, f));
      }
      items.insert(items.end(), rest.begin(), rest.end());
      s->d->list = b_.list(items);
    }
  }
  std::vector<std::string_view> scoped, captured;
  auto find_captured = [&] {
    scoped.clear();
    captured.clear();
    block_scoped_names(s, scoped);
    for (std::string_view name : scoped) {
      if (std::find(captured.begin(), captured.end(), name) == captured.end() &&
          !declared_in_native_blocks(s, name) &&
          closure_mentions(s, std::vector<std::string_view>{name}, false)) {
        captured.push_back(name);
      }
    }
  };
  find_captured();
  if (captured.empty()) return {};
  bool declared_twice = false;
  for (std::string_view name : captured) {
    int count = 0;
    count_declarations(s, name, count);
    declared_twice = declared_twice || count > 1;
  }
  if (declared_twice) {
    // Each binding of the loop gets a name of its own, so the scope object can carry them all:
    //   for (let i …) { { let i = 10; f(() => i); } }  =>  … { let i_2 = 10; f(() => i_2); } …
    std::set<std::string_view> seen;
    if (s->a && s->a->kind == Kind::VarDecl && s->a->text != "var") {
      std::vector<std::string_view> head;
      for (Node* d : s->a->list) bound_names(d->a, head);
      seen.insert(head.begin(), head.end());
    }
    rename_redeclarations(s, seen);
    find_captured();
  }
  for (std::string_view name : captured) {
    // One binding of that name in the loop, used only inside the loop.
    int count = 0;
    const Node* declarator = nullptr;
    count_declarations(s, name, count, &declarator);
    bool outside = false, early = false;
    walk_references(body_, nullptr, [&](const Node* id) {
      if (id->text != name || id->end == 0) return;
      if (id->begin < s->begin || id->end > s->end) outside = true;
      // A use before the declaration is a TDZ error natively: it gets the initialization check.
      bool declaring = declarator && id->begin >= declarator->begin && id->end <= declarator->end;
      if (declarator && !declaring && id->begin < declarator->end) early = true;
    });
    if (count != 1 || outside) {
      fail("closure captures a per-iteration binding");
      return {};
    }
    if (early) {
      bool assigned_early = false;
      Node* check = b_.ident(fn_.names.name("checkInitialized"), s);
      const Node* binding = declarator->a;
      for_each_child(s, [&](Node*& child) {
        child = check_early_reads(child, s, name, declarator->end, binding, check, b_, assigned_early);
      });
      fn_.awaits.update(s);
      if (assigned_early) {
        fail("closure captures a per-iteration binding");
        return {};
      }
      fn_.used_tdz = true;
      tdz_names.push_back(name);
    }
  }
  bool declared_function = false;
  walk_functions(s, [&](Node* f) {
    if (f->kind == Kind::FunctionDecl && closure_mentions(f, captured, true)) declared_function = true;
  });
  if (declared_function) {
    fail("a function declaration captures a per-iteration binding");
    return {};
  }
  if (s->kind == Kind::For && s->a && s->a->kind == Kind::VarDecl) {
    std::vector<std::string_view> declared;
    for (Node* d : s->a->list) bound_names(d->a, declared);
    for (std::string_view name : declared) {
      if (std::find(captured.begin(), captured.end(), name) != captured.end()) head_names.push_back(name);
    }
  }
  std::string scope(sink_.hoisted_temp("scope", s)->text);
  for_each_child(s, [&](Node*& child) { child = to_scope(child, s, scope, captured, b_); });
  return scope;
}

void MachineLowering::loop(Node* s, std::vector<std::string_view> labels) {
  std::vector<std::string_view> head_names, tdz_names;
  std::string scope = iteration_scope(s, head_names, tdz_names);
  if (failed_) return;
  auto fresh_scope = [&](const Node* origin) {
    if (!scope.empty()) sink_.emit(scope_copy(scope, {}, origin, tdz_names));
  };
  Target t;
  t.labels = std::move(labels);
  t.unlabeled = true;
  t.region = sink_.region();
  t.break_label = sink_.new_label("loop_end", s);
  scopes_.push_back(s);  // `for (let i …)` is scoped to the loop
  struct PopScope {
    std::vector<Node*>& scopes;
    ~PopScope() { scopes.pop_back(); }
  } pop{scopes_};
  switch (s->kind) {
    case Kind::While: {
      int head = sink_.new_label("loop", s);
      t.continue_label = head;
      sink_.mark(head);
      sink_.jump_unless(ex_.value(s->a), t.break_label);
      fresh_scope(s);
      targets_.push_back(t);
      statement(s->d);
      targets_.pop_back();
      sink_.jump(head);
      break;
    }
    case Kind::DoWhile: {
      int body = sink_.new_label("loop", s);
      int test = sink_.new_label("loop_test", s);
      t.continue_label = test;
      sink_.mark(body);
      fresh_scope(s);
      targets_.push_back(t);
      statement(s->d);
      targets_.pop_back();
      sink_.mark(test);
      sink_.emit(if_then(b_, ex_.value(s->a), sink_.goto_stmt(body, s), s));
      break;
    }
    case Kind::For: {
      fresh_scope(s);
      if (s->a && s->a->kind == Kind::VarDecl) declaration(s->a);
      else if (s->a) ex_.effect(s->a);
      // CreatePerIterationEnvironment: each iteration gets a copy of the loop's bindings, made
      // before the increment so closures keep the value of their own iteration.
      if (!scope.empty()) sink_.emit(scope_copy(scope, head_names, s, tdz_names));
      int head = sink_.new_label("loop", s);
      bool has_update = s->c || !scope.empty();
      int update = has_update ? sink_.new_label("loop_update", s) : head;
      t.continue_label = update;
      sink_.mark(head);
      if (s->b) sink_.jump_unless(ex_.value(s->b), t.break_label);
      targets_.push_back(t);
      statement(s->d);
      targets_.pop_back();
      if (has_update) {
        sink_.mark(update);
        if (!scope.empty()) sink_.emit(scope_copy(scope, head_names, s, tdz_names));
        if (s->c) ex_.effect(s->c);
      }
      sink_.jump(head);
      break;
    }
    case Kind::ForIn:
      for_of(s, t, scope, tdz_names);
      break;
    default: fail("loop kind"); break;
  }
  sink_.mark(t.break_label);
}

void MachineLowering::for_of(Node* s, Target& t, const std::string& scope,
                             const std::vector<std::string_view>& tdz_names) {
  auto fresh_scope = [&](const Node* origin) {
    if (!scope.empty()) sink_.emit(scope_copy(scope, {}, origin, tdz_names));
  };
  if (s->has(flag::ForAwait)) {
    fail("a `for await` loop (the promise stage does not lower async iteration yet)");
    return;
  }
  Node* right = ex_.value(s->b);
  if (s->has(flag::ForOf)) {
    // GetIterator, then IteratorStep each time round; a jump out closes the iterator.
    Node* it = sink_.hoisted_temp("iterator", s);
    Node* next = sink_.hoisted_temp("next", s);
    Node* symbol_iterator = b_.member(b_.ident("Symbol", s), "iterator", s);
    Node* get = b_.make(Kind::Member, s);
    get->flags = flag::Computed;
    get->a = right;
    get->b = symbol_iterator;
    sink_.emit(b_.expr_stmt(b_.assign(it, b_.call(get, std::vector<Node*>{}, s), s)));
    sink_.emit(b_.expr_stmt(b_.assign(next, b_.member(b_.ident(it->text, s), "next", s), s)));
    t.iterator = std::string(it->text);
    int head = sink_.new_label("loop", s);
    t.continue_label = head;
    sink_.mark(head);
    Node* result = sink_.hoisted_temp("result", s);
    sink_.emit(b_.expr_stmt(b_.assign(result, b_.call(b_.member(b_.ident(next->text, s), "call", s), {b_.ident(it->text, s)}, s), s)));
    sink_.emit(if_then(b_, b_.member(b_.ident(result->text, s), "done", s), sink_.goto_stmt(t.break_label, s), s));
    // A throw from the binding or the body closes the iterator (IteratorClose), then goes on.
    int parent = sink_.region();
    int close = sink_.new_label("close_iterator", s);
    Region body_region;
    body_region.catch_label = close;
    sink_.set_region(sink_.push_region(body_region));
    sink_.mark(sink_.new_label("loop_body", s));
    fresh_scope(s);
    assign_left(s->a, b_.member(b_.ident(result->text, s), "value", s));
    targets_.push_back(t);
    statement(s->d);
    targets_.pop_back();
    sink_.jump(head);
    sink_.set_region(parent);
    sink_.mark(close);
    // try { if (it.return !== undefined) it.return(); } catch {}  throw input;
    Node* ret = b_.member(b_.ident(it->text, s), "return", s);
    Node* call_return = if_then(b_, b_.binary("!==", ret, b_.ident("undefined", s), s),
                                b_.expr_stmt(b_.call(b_.member(b_.ident(it->text, s), "return", s), std::vector<Node*>{}, s)), s);
    Node* guard = b_.make(Kind::Try, s);
    guard->a = b_.block(std::vector<Node*>{call_return}, s);
    Node* ignore = b_.make(Kind::Catch, s);
    ignore->b = b_.block(std::vector<Node*>{}, s);
    guard->b = ignore;
    sink_.emit(guard);
    Node* rethrow = b_.make(Kind::Throw, s);
    rethrow->a = b_.ident(sink_.input_name(), s);
    sink_.emit(rethrow);
    return;
  }
  // for-in: the keys are collected first, then visited while still present.
  Node* object = sink_.temp(right, s);
  Node* keys = sink_.hoisted_temp("keys", s);
  Node* index = sink_.hoisted_temp("index", s);
  Node* empty = b_.make(Kind::Array, s);
  sink_.emit(b_.expr_stmt(b_.assign(keys, empty, s)));
  Node* key = b_.ident("key", s);
  Node* collect = b_.make(Kind::ForIn, s);
  collect->a = b_.var("const", key, nullptr, s);
  collect->b = b_.ident(object->text, s);
  collect->d = b_.expr_stmt(b_.call(b_.member(b_.ident(keys->text, s), "push", s), {b_.ident("key", s)}, s));
  sink_.emit(collect);
  sink_.emit(b_.expr_stmt(b_.assign(index, b_.number("0", s), s)));
  int head = sink_.new_label("loop", s);
  t.continue_label = head;
  sink_.mark(head);
  Node* more = b_.binary("<", b_.ident(index->text, s), b_.member(b_.ident(keys->text, s), "length", s), s);
  sink_.jump_unless(more, t.break_label);
  Node* at = b_.make(Kind::Member, s);
  at->flags = flag::Computed;
  at->a = b_.ident(keys->text, s);
  Node* inc = b_.make(Kind::Update, s);
  inc->text = "++";
  inc->a = b_.ident(index->text, s);
  at->b = inc;
  Node* current = sink_.temp(at, s);
  Node* present = b_.binary("in", current, b_.ident(object->text, s), s);
  sink_.jump_unless(present, head);
  fresh_scope(s);
  assign_left(s->a, b_.ident(current->text, s));
  targets_.push_back(t);
  statement(s->d);
  targets_.pop_back();
  sink_.jump(head);
}

void MachineLowering::switch_statement(Node* s, std::vector<std::string_view> labels) {
  Target t;
  t.labels = std::move(labels);
  t.unlabeled = true;
  t.region = sink_.region();
  t.break_label = sink_.new_label("switch_end", s);
  Node* disc = sink_.temp(ex_.value(s->a), s);
  scopes_.push_back(s);  // case clauses share the switch's block
  struct PopScope {
    std::vector<Node*>& scopes;
    ~PopScope() { scopes.pop_back(); }
  } pop{scopes_};
  std::vector<int> case_labels;
  int default_label = -1;
  for (Node* c : s->list) {
    int label = sink_.new_label(c->a ? "case" : "default", c);
    case_labels.push_back(label);
    if (!c->a) default_label = label;
  }
  // Case tests are evaluated in order until one matches (===).
  for (std::size_t i = 0; i < s->list.size(); ++i) {
    Node* c = s->list[i];
    if (!c->a) continue;
    Node* test = b_.binary("===", b_.ident(disc->text, c), ex_.value(c->a), c);
    sink_.emit(if_then(b_, test, sink_.goto_stmt(case_labels[i], c), c));
  }
  sink_.jump(default_label >= 0 ? default_label : t.break_label);
  targets_.push_back(t);
  for (std::size_t i = 0; i < s->list.size(); ++i) {
    sink_.mark(case_labels[i]);
    for (Node* stmt : s->list[i]->list) statement(stmt);
  }
  targets_.pop_back();
  sink_.mark(t.break_label);
}

void MachineLowering::try_statement(Node* s) {
  int parent = sink_.region();
  Node* handler = s->b;
  Node* finalizer = s->c;
  int catch_label = handler ? sink_.new_label("catch", handler) : -1;
  int finally_label = finalizer ? sink_.new_label("finally", finalizer) : -1;
  int after = sink_.new_label("end_try", s);
  std::string completion;
  if (finalizer) {
    completion = std::string(sink_.hoisted_temp("completion", s)->text);
    finallies_[finally_label] = Finally{finally_label, completion, {}, false};
  }
  auto normal_completion = [&](const Node* origin) {
    if (!finalizer) return;
    sink_.emit(b_.expr_stmt(b_.assign(b_.ident(completion, origin), completion_record("normal", nullptr, "", origin), origin)));
  };

  Region try_region;
  try_region.catch_label = catch_label;
  try_region.finally_label = finally_label;
  try_region.completion = completion;
  sink_.set_region(sink_.push_region(try_region));
  sink_.mark(sink_.new_label("try", s));
  statement(s->a);
  normal_completion(s->a);
  sink_.jump(finalizer ? finally_label : after);
  sink_.set_region(parent);

  if (handler) {
    if (finalizer) {
      Region catch_region;
      catch_region.finally_label = finally_label;
      catch_region.completion = completion;
      sink_.set_region(sink_.push_region(catch_region));
    }
    sink_.mark(catch_label);
    if (handler->a) {
      std::vector<std::string_view> names;
      bound_names(handler->a, names);
      for (std::string_view name : names) if (!sink_.hoist(name)) fail("a parameter scope clash");
      sink_.emit(b_.expr_stmt(b_.assign(handler->a, b_.ident(sink_.input_name(), handler), handler)));
    }
    statement(handler->b);
    normal_completion(handler->b);
    sink_.jump(finalizer ? finally_label : after);
    sink_.set_region(parent);
  }

  if (finalizer) {
    sink_.mark(finally_label);
    statement(finalizer);
    if (!sink_.terminated()) {
      // The finally block completed normally: carry on with what was pending.
      const Finally& f = finallies_[finally_label];
      auto field = [&](std::string_view name) { return b_.member(b_.ident(completion, finalizer), name, finalizer); };
      auto type_is = [&](std::string_view type) { return b_.binary("===", field("type"), b_.string_lit(type, finalizer), finalizer); };
      Node* rethrow = b_.make(Kind::Throw, finalizer);
      rethrow->a = field("value");
      sink_.emit(if_then(b_, type_is("throw"), rethrow, finalizer));
      if (f.may_return) sink_.emit(if_then(b_, type_is("return"), route_return(field("value"), finalizer), finalizer));
      std::map<int, int> targets = f.jump_targets;
      for (auto [label, region] : targets) {
        Node* test = b_.binary("&&", type_is("jump"),
                               b_.binary("===", field("target"), b_.string_lit(sink_.state_name(label), finalizer), finalizer),
                               finalizer);
        sink_.emit(if_then(b_, test, route_jump(label, region, finalizer), finalizer));
      }
    }
  }
  sink_.mark(after);
}

}  // namespace detail

bool machine_form(Node* body, FunctionContext& fn, std::vector<Node*>& out) {
  detail::MachineLowering lowering(body, fn);
  return lowering.run(out);
}

}  // namespace desugar::promise
