// The state machine's scopes: block-scoped declarations hoisted to the executor (renamed when
// they shadow), the temporal dead zone of those read early, and the per-iteration scope objects
// of loops whose bindings closures capture.
#include "passes/promise/machine_lowering.h"

#include <map>

namespace desugar::promise::detail {

namespace {
void count_declarations(Node* n, std::string_view name, int& count,
                        const Node** declarator = nullptr);
}  // namespace

// A block that declares a name already hoisted (an inner `let x` shadowing an outer one) gets
// its own spelling for it, so both can live in the executor.
void MachineLowering::rename_shadowing(Node* block) {
  for (Node* stmt : block->list) {
    if (stmt->kind != Kind::VarDecl || stmt->text == "var" || (block != body_ && !split(block)))
      continue;
    std::vector<std::string_view> names;
    for (Node* d : stmt->list) bound_names(ast::target(d), names);
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
Node* check_early_reads(Node* n, Node* parent, std::string_view name, std::uint32_t limit,
                        const Node* binding, Node* check, AstBuilder& b, bool& assigned_early) {
  auto early_id = [&](const Node* id) {
    return id->kind == Kind::Identifier && id->text == name && id->end != 0 && id->begin < limit &&
           !(id->begin >= binding->begin && id->end <= binding->end);
  };
  auto checked = [&](const Node* id) {
    return b.call(b.ident(check->text, id), {b.ident(name, id), b.string_lit(name, id)}, id);
  };
  if ((n->kind == Kind::Assign || n->kind == Kind::Update) && early_id(ast::target(n))) {
    if (n->kind == Kind::Assign)
      ast::value(n) =
          check_early_reads(ast::value(n), n, name, limit, binding, check, b, assigned_early);
    if (n->kind == Kind::Assign && n->op == Op::Assign) {
      // x = [rhs, check(x)][0]
      Node* pair = b.make(Kind::Array, n);
      pair->list = b.list({ast::value(n), checked(ast::target(n))});
      Node* first = b.make(Kind::Member, n);
      first->flags = flag::Computed;
      ast::object(first) = pair;
      ast::property(first) = b.number("0", n);
      ast::value(n) = first;
      return n;
    }
    Node* seq = b.make(Kind::Sequence, n);
    seq->list = b.list({checked(ast::object(n)), n});
    return seq;
  }
  // A write through a destructuring or for-in/of target: the target becomes a setter that
  // checks first, so the ReferenceError comes at the same step as the engine's PutValue:
  //   [x] = xs  =>  [{ set x(v) { __ds_checkInitialized(x, 'x'); x = v; } }.x] = xs
  auto checked_target = [&](const Node* id) {
    std::string param = std::string(name) == "v" ? "value" : "v";
    Node* setter_fn = b.make(Kind::FunctionExpr, id);
    setter_fn->list = b.list({b.ident(param, id)});
    ast::body(setter_fn) = b.block(
        std::vector<Node*>{b.expr_stmt(checked(id)),
                           b.expr_stmt(b.assign(b.ident(name, id), b.ident(param, id), id))},
        id);
    Node* setter = b.make(Kind::Method, id);
    setter->flags = flag::Setter;
    ast::key(setter) = b.ident(name, id);
    ast::function(setter) = setter_fn;
    Node* holder = b.make(Kind::Object, id);
    holder->list = b.list({setter});
    return b.member(holder, name, id);
  };
  bool pattern_parent =
      parent && (parent->kind == Kind::ArrayPattern || parent->kind == Kind::Rest ||
                 (parent->kind == Kind::AssignPattern && n == ast::target(parent)) ||
                 (parent->kind == Kind::ForIn && n == ast::left(parent)));
  if (n->kind == Kind::ObjectPattern) {
    for (Node* item : n->list) {
      if (item->kind == Kind::Property && item->has(flag::Shorthand) &&
          early_id(ast::value(item))) {
        item->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
        ast::key(item) = b.ident(name, ast::key(item));
        ast::value(item) = checked_target(ast::value(item));
      } else if (item->kind == Kind::Property && early_id(ast::value(item))) {
        if (item->has(flag::Computed))
          ast::key(item) = check_early_reads(ast::key(item), item, name, limit, binding, check, b,
                                             assigned_early);
        ast::value(item) = checked_target(ast::value(item));
      }
    }
  }
  if (early_id(n) && !(parent && is_property_name_slot(parent, n))) {
    if (pattern_parent) return checked_target(n);
    if (parent && (parent->kind == Kind::Assign || parent->kind == Kind::Update) &&
        n == first_slot(parent)) {
      assigned_early = true;  // not reached: handled above
      return n;
    }
    return checked(n);
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) &&
      ast::value(n)->kind == Kind::Identifier && ast::value(n)->text == name &&
      ast::value(n)->begin < limit) {
    n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
    ast::key(n) = b.ident(name, ast::key(n));
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
      bound_names(ast::target(d), names);
      for (std::string_view name : names) {
        bool early = false, outside = false;
        walk_references(body_, nullptr, [&](const Node* id) {
          if (id->text != name || id->end == 0) return;
          if (id->begin < block->begin || id->end > block->end) outside = true;
          bool declaring = id->begin >= ast::target(d)->begin && id->end <= ast::target(d)->end;
          if (!declaring && id->begin < d->end) early = true;
        });
        if (!early || outside) continue;
        int declarations = 0;
        count_declarations(block, name, declarations);
        if (declarations != 1) continue;  // shadowed somewhere inside: leave it to the fallback
        Node* check = b_.ident(fn_.names.name("checkInitialized"), d);
        bool assigned_early = false;
        for (Node*& item : block->list) {
          item = check_early_reads(item, block, name, d->end, ast::target(d), check, b_,
                                   assigned_early);
          fn_.awaits.update(item);
        }
        if (assigned_early) continue;  // declaration() reports it
        fn_.helpers.add(Helper::Tdz);
        if (!sink_.hoist(name)) fail("a parameter scope clash");
        sink_.emit(b_.expr_stmt(
            b_.assign(b_.ident(name, d), b_.ident(fn_.names.name("uninitialized"), d), d)));
        tdz_checked_.insert(d);
      }
    }
  }
}
namespace {

void count_declarations(Node* n, std::string_view name, int& count, const Node** declarator) {
  if (n->kind == Kind::Identifier && n->text == name) return;
  if (n->kind == Kind::VarDecl || n->kind == Kind::Catch) {
    std::vector<std::string_view> names;
    if (n->kind == Kind::VarDecl) {
      for (Node* d : n->list) {
        std::size_t before = names.size();
        bound_names(ast::target(d), names);
        for (std::size_t i = before; i < names.size(); ++i) {
          if (names[i] == name && declarator) *declarator = d;
        }
      }
    } else if (ast::param(n)) {
      bound_names(ast::param(n), names);
    }
    for (std::string_view x : names) count += x == name;
  }
  if (is_function(n)) {
    std::vector<std::string_view> names;
    for (Node* p : n->list) bound_names(p, names);
    if (n->kind != Kind::Arrow && ast::name(n)) names.push_back(ast::name(n)->text);
    for (std::string_view x : names) count += x == name;
  }
  for_each_child(n, [&](Node*& child) { count_declarations(child, name, count, declarator); });
}

// Rewrites references to `names` into `scope.name`; closures that mention them get the scope
// object of their own iteration: ((scope) => closure)(scope).
Node* to_scope(Node* n, Node* parent, const std::string& scope,
               const std::vector<std::string_view>& names, AstBuilder& b) {
  auto listed = [&](std::string_view x) {
    return std::find(names.begin(), names.end(), x) != names.end();
  };
  if (n->kind == Kind::Identifier && listed(n->text) &&
      !(parent && is_property_name_slot(parent, n))) {
    return b.member(b.ident(scope, n), n->text, n);
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) &&
      ast::value(n)->kind == Kind::Identifier && listed(ast::value(n)->text)) {
    n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
    ast::value(n) = b.member(b.ident(scope, n), ast::value(n)->text, n);
    return n;
  }
  if (n->kind == Kind::Property && n->has(flag::Shorthand) &&
      ast::value(n)->kind == Kind::AssignPattern &&
      ast::target(ast::value(n))->kind == Kind::Identifier &&
      listed(ast::target(ast::value(n))->text)) {
    n->flags &= static_cast<std::uint16_t>(~flag::Shorthand);
  }
  // What gets the iteration's scope bound: a function or class, or an object literal whose
  // methods mention the names (a method itself cannot be wrapped).
  bool method_function = parent && parent->kind == Kind::Method && ast::function(parent) == n;
  bool object_with_methods = false;
  if (n->kind == Kind::Object) {
    for (Node* item : n->list) {
      if (item->kind == Kind::Method && closure_mentions(item, names, true))
        object_with_methods = true;
    }
  }
  bool closure = ((is_function(n) && !method_function) || is_class(n) || object_with_methods) &&
                 closure_mentions(n, names, n->kind == Kind::Object ? false : true);
  if (object_with_methods) closure = true;
  for_each_child(n, [&](Node*& child) { child = to_scope(child, n, scope, names, b); });
  if (!closure) return n;
  Node* arrow = b.make(Kind::Arrow, n);
  arrow->list = b.list({b.ident(scope, n)});
  ast::body(arrow) = n;
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

Node* MachineLowering::scope_copy(const std::string& scope,
                                  const std::vector<std::string_view>& names, const Node* origin,
                                  const std::vector<std::string_view>& uninitialized) {
  Node* obj = b_.make(Kind::Object, origin);
  std::vector<Node*> props;
  for (std::string_view name : names)
    props.push_back(b_.property(b_.ident(name, origin),
                                b_.member(b_.ident(scope, origin), name, origin), origin));
  for (std::string_view name : uninitialized)  // not declared yet in this iteration
    props.push_back(b_.property(b_.ident(name, origin),
                                b_.ident(fn_.names.name("uninitialized"), origin), origin));
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
      for (Node* d : stmt->list) bound_names(ast::target(d), names);
    } else if (stmt->kind == Kind::ClassDecl && ast::name(stmt)) {
      names.push_back(ast::name(stmt)->text);
    }
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  if (Node* head = loop_declaration(s); head && declares(head)) other = true;
  auto walk = [&](auto&& self, Node* n) -> void {
    if (is_function(n) || is_class(n)) return;
    if (n->kind == Kind::Block) {
      for (Node* stmt : n->list) {
        if (!declares(stmt)) continue;
        (n != ast::body(s) && !fn_.awaits.contains(n) ? native : other) = true;
      }
    } else if (n->kind == Kind::Catch || n->kind == Kind::For || n->kind == Kind::ForIn ||
               n->kind == Kind::Switch) {
      int count = 0;
      if (n != s && (n->kind == Kind::Catch || loop_declaration(n))) {
        count_declarations(n->kind == Kind::Catch ? n : loop_declaration(n), name, count);
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
        for (Node* d : stmt->list) bound_names(ast::target(d), names);
      } else if (stmt->kind == Kind::ClassDecl && ast::name(stmt)) {
        names.push_back(ast::name(stmt)->text);
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

namespace {
// The let, const and class names `n` declares directly: a block's declarations or a loop head's.
std::vector<std::string_view> lexical_names(Node* n) {
  std::vector<std::string_view> names;
  if (n->kind == Kind::Block) {
    for (Node* stmt : n->list) {
      if (stmt->kind == Kind::VarDecl && stmt->text != "var") {
        for (Node* d : stmt->list) bound_names(ast::target(d), names);
      } else if (stmt->kind == Kind::ClassDecl && ast::name(stmt)) {
        names.push_back(ast::name(stmt)->text);
      }
    }
  } else if (Node* decl = loop_declaration(n); decl && decl->text != "var") {
    for (Node* d : decl->list) bound_names(ast::target(d), names);
  }
  return names;
}

// Renames `name` in the scope that declares it: a block's statements, or a loop's head and body.
void rename_in_scope(Node* scope, std::string_view name, const std::string& renamed,
                     AstBuilder& b) {
  if (scope->kind == Kind::Block) {
    for (Node*& item : scope->list) rename_references(item, scope, name, renamed, b);
  } else {
    for_each_child(scope, [&](Node*& child) { rename_references(child, scope, name, renamed, b); });
  }
}

void count_lexicals(Node* n, std::map<std::string_view, int>& counts) {
  if (is_function(n) || is_class(n)) return;
  for (std::string_view name : lexical_names(n)) ++counts[name];
  for_each_child(n, [&](Node*& child) { count_lexicals(child, counts); });
}
}  // namespace

// Sibling scopes that declare the same name (`for (const v of a) …; for (const v of b) …`) would
// share one executor variable: every scope after the first that declares a name declared more
// than once gets its own spelling. Inner scopes are renamed first, so an outer rename does not
// reach a name an inner scope already owns.
//   { const v = 1; … } { const v = 2; … }  =>  { const v = 1; … } { const v_2 = 2; … }
void MachineLowering::rename_repeated_lexicals(Node* body) {
  std::map<std::string_view, int> counts;
  count_lexicals(body, counts);
  std::set<std::string_view> repeated;
  for (auto [name, count] : counts)
    if (count > 1) repeated.insert(name);
  if (repeated.empty()) return;
  std::set<std::string_view> seen;
  // Pre-order decides which declaration keeps its name; renaming then runs in post-order.
  std::vector<std::pair<Node*, std::string_view>> renames;
  auto visit = [&](auto&& self, Node* n) -> void {
    if (is_function(n) || is_class(n)) return;
    std::vector<std::pair<Node*, std::string_view>> mine;
    if (n != body) {
      for (std::string_view name : lexical_names(n)) {
        if (!repeated.count(name)) continue;
        if (seen.insert(name).second) continue;
        mine.emplace_back(n, name);
      }
    } else {
      for (std::string_view name : lexical_names(n)) seen.insert(name);
    }
    for_each_child(n, [&](Node*& child) { self(self, child); });
    renames.insert(renames.end(), mine.begin(), mine.end());
  };
  visit(visit, body);
  for (const auto& rename : renames) {
    Node* scope = rename.first;
    std::string_view name = rename.second;
    rename_in_scope(scope, name, fn_.unique(std::string(name) + "_2"), b_);
  }
}

// with (o) body, with awaits in the body: the object is evaluated once, into a temporary, and
// each state of the body runs inside `with (temporary) { … }`, so names resolve as they did.
// The machine's own names are reserved ones then (FunctionContext::reserved_names), and so are
// the body's block-scoped declarations, which the object's properties must not capture once they
// live in the executor.
//   with (o) { x = await f(x); }
//     => __ds_t1 = o; with (__ds_t1) {}          // ToObject now, as entering `with` does
//        __ds_state = 'with_L1';
//      case 'with_L1': with (__ds_t1) { __ds_state = 'after_await_L1'; return __ds_awaitValue(…); }
//      case 'after_await_L1': with (__ds_t1) { x = __ds_input; __ds_state = 'end_with_L1'; }
void MachineLowering::with_statement(Node* s) {
  auto rename = [&](auto&& self, Node* n) -> void {
    if (is_function(n) || is_class(n)) return;
    for (std::string_view name : lexical_names(n)) {
      if (name.rfind(fn_.names.prefix(), 0) == 0) continue;  // reserved already (renamed_2)
      rename_in_scope(n, name, fn_.unique(std::string(name)), b_);
    }
    for_each_child(n, [&](Node*& child) { self(self, child); });
  };
  rename(rename, ast::body(s));
  Node* object = sink_.temp(ex_.value(ast::object(s)), s);
  Node* enter = b_.make(Kind::With, s);
  ast::object(enter) = object;
  ast::body(enter) = b_.block(std::vector<Node*>{}, s);
  sink_.emit(enter);
  int start = sink_.new_label("with", s);
  int end = sink_.new_label("end_with", s);
  sink_.push_with(std::string(object->text));
  sink_.mark(start);
  statement(ast::body(s));
  sink_.pop_with();
  sink_.mark(end);
}

std::string MachineLowering::iteration_scope(Node* s, std::vector<std::string_view>& head_names,
                                             std::vector<std::string_view>& tdz_names) {
  // A function declared in the loop body is a per-iteration binding too: `let g = function g…`
  // at the top of the body, where the scope object can carry it.
  if (ast::body(s) && ast::body(s)->kind == Kind::Block) {
    std::vector<Node*> functions, rest;
    for (Node* stmt : ast::body(s)->list)
      (stmt->kind == Kind::FunctionDecl ? functions : rest).push_back(stmt);
    if (!functions.empty()) {
      std::vector<Node*> items;
      for (Node* f : functions) {
        Node* expr = b_.make(Kind::FunctionExpr, f);
        *expr = *f;
        expr->kind = Kind::FunctionExpr;
        items.push_back(b_.var("let", b_.ident(ast::name(f)->text, ast::name(f)), expr, f));
      }
      items.insert(items.end(), rest.begin(), rest.end());
      ast::body(s)->list = b_.list(items);
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
    if (Node* decl = loop_declaration(s); decl && decl->text != "var") {
      std::vector<std::string_view> head;
      for (Node* d : decl->list) bound_names(ast::target(d), head);
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
      const Node* binding = ast::target(declarator);
      for_each_child(s, [&](Node*& child) {
        child =
            check_early_reads(child, s, name, declarator->end, binding, check, b_, assigned_early);
      });
      fn_.awaits.update(s);
      if (assigned_early) {
        fail("closure captures a per-iteration binding");
        return {};
      }
      fn_.helpers.add(Helper::Tdz);
      tdz_names.push_back(name);
    }
  }
  bool declared_function = false;
  walk_functions(s, [&](Node* f) {
    if (f->kind == Kind::FunctionDecl && closure_mentions(f, captured, true))
      declared_function = true;
  });
  if (declared_function) {
    fail("a function declaration captures a per-iteration binding");
    return {};
  }
  if (s->kind == Kind::For && ast::init(s) && ast::init(s)->kind == Kind::VarDecl) {
    std::vector<std::string_view> declared;
    for (Node* d : ast::init(s)->list) bound_names(ast::target(d), declared);
    for (std::string_view name : declared) {
      if (std::find(captured.begin(), captured.end(), name) != captured.end())
        head_names.push_back(name);
    }
  }
  std::string scope(sink_.hoisted_temp("scope", s)->text);
  for_each_child(s, [&](Node*& child) { child = to_scope(child, s, scope, captured, b_); });
  return scope;
}

}  // namespace desugar::promise::detail
