// Statements: blocks with their lexical scopes, declarations, loops (with per-iteration
// bindings, #sec-createperiterationenvironment), switch, try/catch/finally and labels.
#include "sim/compiler.h"
#include "sim/interp.h"

namespace desugar::sim {

Code* Compiler::stmt(const Node* n) {
  switch (n->kind) {
    case Kind::Block: return block(n);
    case Kind::Empty:
    case Kind::Debugger:
    case Kind::Comment: return make(Op::Empty, n);
    case Kind::ExprStmt: {
      Code* c = make(Op::ExprStmt, n);
      c->a = expr(ast::expression(n));
      return c;
    }
    case Kind::VarDecl: return var_decl(n);
    case Kind::FunctionDecl: {
      // Annex B.3.3: evaluating a sloppy block-level declaration copies it to the var binding.
      if (fn_->strict || ast::name(n) == nullptr || scope_ == fn_->var_scope ||
          scope_ == fn_->top || n->has(flag::Async) || n->has(flag::Generator)) {
        return make(Op::Empty, n);
      }
      Str* name = name_of(ast::name(n));
      Binding* vb = fn_->var_scope->find(name);
      if (vb == nullptr || vb->kind == BKind::Let || vb->kind == BKind::Const)
        return make(Op::Empty, n);
      std::uint16_t hops = 0;
      for (Scope* s = scope_; s != fn_->var_scope; s = s->parent) {
        if (s->materialized()) ++hops;
      }
      Code* c = make(Op::FunctionDecl, n);
      c->flags |= cf::AnnexB;
      c->a = identifier(ast::name(n));
      Code* v = make(Op::Local, n);
      v->hops = hops;
      v->slot = vb->slot;
      v->str = name;
      c->d = v;
      return c;
    }
    case Kind::ClassDecl: {
      Code* c = make(Op::ClassDecl, n);
      c->cls = compile_class(n, ast::name(n) ? name_of(ast::name(n)) : interp_.n.default_);
      if (ast::name(n)) {
        c->a = identifier(ast::name(n));
        c->a->flags |= cf::Init;
      }
      return c;
    }
    case Kind::If: {
      Code* c = make(Op::If, n);
      c->a = expr(ast::test(n));
      c->b = stmt(ast::consequent(n));
      if (ast::alternate(n)) c->c = stmt(ast::alternate(n));
      return c;
    }
    case Kind::For:
    case Kind::ForIn:
    case Kind::While:
    case Kind::DoWhile: return loop(n, nullptr);
    case Kind::Return: {
      Code* c = make(Op::Return, n);
      if (ast::argument(n)) c->a = expr(ast::argument(n));
      return c;
    }
    case Kind::Throw: {
      Code* c = make(Op::Throw, n);
      c->a = expr(ast::argument(n));
      return c;
    }
    case Kind::Break:
    case Kind::Continue: {
      Code* c = make(n->kind == Kind::Break ? Op::Break : Op::Continue, n);
      if (!n->text.empty()) c->str = atom(n->text);
      return c;
    }
    case Kind::Labeled: return labeled(n);
    case Kind::Switch: return switch_stmt(n);
    case Kind::Try: return try_stmt(n);
    case Kind::With: return refuse(n, "`with` statements are not modelled");
    case Kind::Verbatim:
      if (n->text.starts_with("#!")) return make(Op::Empty, n);
      if (n->text.starts_with("import")) return refuse(n, "`import` is not modelled");
      return make(Op::Empty, n);  // export lists have no effect on the output
    case Kind::ExportDecl: {
      if (ast::declaration(n) == nullptr) return make(Op::Empty, n);
      switch (ast::declaration(n)->kind) {
        case Kind::FunctionDecl:
        case Kind::ClassDecl:
        case Kind::VarDecl: return stmt(ast::declaration(n));
        default: {
          Code* c = make(Op::ExprStmt, n);
          c->a = expr(ast::declaration(n), interp_.n.default_);
          return c;
        }
      }
    }
    default: return refuse(n, "this statement is not modelled");
  }
}

Code* Compiler::block(const Node* n) {
  Scope* s = push_scope(fn_, false);
  declare_lexical(s, n->list, false);
  hoist_functions(s, n->list);
  std::vector<Code*> items;
  for (const Node* x : n->list) {
    if (x == nullptr || x->kind == Kind::Comment) continue;
    items.push_back(stmt(x));
  }
  pop_scope();
  Code* c = make(Op::Block, n);
  c->list = copy_list(items);
  c->n = static_cast<std::uint32_t>(items.size());
  if (s->materialized()) c->scope = s->code;
  return c;
}

Code* Compiler::var_decl(const Node* n) {
  if (n->text != "var" && n->text != "let" && n->text != "const") {
    return refuse(n, "`using` declarations are not modelled");
  }
  bool init = n->text != "var";
  std::vector<Code*> items;
  for (const Node* d : n->list) {
    if (!init && ast::init(d) == nullptr) continue;  // `var x;` does nothing at runtime
    Code* c = make(Op::Declare, d);
    c->a = pattern(ast::target(d), init);
    if (ast::init(d) != nullptr) {
      c->b = expr(ast::init(d),
                  ast::target(d)->kind == Kind::Identifier ? name_of(ast::target(d)) : nullptr);
    }
    if (init) c->flags |= cf::Init;
    items.push_back(c);
  }
  Code* c = make(Op::VarDecl, n);
  c->list = copy_list(items);
  c->n = static_cast<std::uint32_t>(items.size());
  return c;
}

Code* Compiler::labeled(const Node* n) {
  auto& labels = out_.label_sets.emplace_back();
  const Node* body = n;
  while (body->kind == Kind::Labeled) {
    labels.push_back(atom(body->text));
    body = ast::body(body);
  }
  if (body->kind == Kind::For || body->kind == Kind::ForIn || body->kind == Kind::While ||
      body->kind == Kind::DoWhile) {
    return loop(body, &labels);
  }
  Code* inner = stmt(body);
  for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
    Code* c = make(Op::Labeled, n);
    c->str = *it;
    c->a = inner;
    inner = c;
  }
  return inner;
}

Code* Compiler::loop(const Node* n, std::vector<Str*>* labels) {
  switch (n->kind) {
    case Kind::For: return for_stmt(n, labels);
    case Kind::ForIn: return for_in(n, labels);
    case Kind::While:
    case Kind::DoWhile: {
      Code* c = make(n->kind == Kind::While ? Op::While : Op::DoWhile, n);
      c->a = expr(ast::test(n));
      c->d = stmt(ast::body(n));
      c->labels = labels;
      return c;
    }
    default: return stmt(n);
  }
}

Code* Compiler::for_stmt(const Node* n, std::vector<Str*>* labels) {
  Scope* s = nullptr;
  const Node* init = ast::init(n);
  if (init != nullptr && init->kind == Kind::VarDecl && init->text != "var") {
    s = push_scope(fn_, false);
    std::vector<const Node*> names;
    for (const Node* d : init->list) bound_names(ast::target(d), names);
    for (const Node* nm : names) {
      declare(s, name_of(nm), init->text == "const" ? BKind::Const : BKind::Let);
    }
    s->code->per_iteration = init->text == "let";
  }
  Code* c = make(Op::For, n);
  if (init != nullptr) {
    if (init->kind == Kind::VarDecl) {
      c->a = var_decl(init);
    } else {
      Code* e = make(Op::ExprStmt, init);
      e->a = expr(init);
      c->a = e;
    }
  }
  if (ast::test(n)) c->b = expr(ast::test(n));
  if (ast::update(n)) c->c = expr(ast::update(n));
  c->d = stmt(ast::body(n));
  c->labels = labels;
  if (s != nullptr) {
    if (s->materialized()) c->scope = s->code;
    pop_scope();
  }
  return c;
}

Code* Compiler::for_in(const Node* n, std::vector<Str*>* labels) {
  Code* c = make(Op::ForIn, n);
  if (n->has(flag::ForOf)) c->flags |= cf::ForOf;
  if (n->has(flag::ForAwait)) c->flags |= cf::ForAwait;
  // SPEC-DEVIATION: the right side is evaluated in the enclosing scope, without the TDZ scope of
  // the loop's bindings (`for (let x of x)` reads an outer x instead of throwing).
  c->b = expr(ast::right(n));
  c->labels = labels;
  const Node* left = ast::left(n);
  Scope* s = nullptr;
  if (left->kind == Kind::VarDecl) {
    const Node* d = left->list.empty() ? nullptr : left->list[0];
    if (d == nullptr) return refuse(n, "this loop head is not modelled");
    Code* decl = make(Op::Declare, d);
    if (left->text == "let" || left->text == "const") {
      s = push_scope(fn_, false);
      std::vector<const Node*> names;
      bound_names(ast::target(d), names);
      for (const Node* nm : names) {
        declare(s, name_of(nm), left->text == "const" ? BKind::Const : BKind::Let);
      }
      decl->a = pattern(ast::target(d), true);
      decl->flags |= cf::Init;
    } else if (left->text == "var") {
      decl->a = pattern(ast::target(d), false);
    } else {
      return refuse(n, "`using` declarations are not modelled");
    }
    c->a = decl;
  } else {
    Code* decl = make(Op::Declare, left);
    decl->a = pattern(left, false);
    c->a = decl;
  }
  c->d = stmt(ast::body(n));
  if (s != nullptr) {
    if (s->materialized()) c->scope = s->code;
    pop_scope();
  }
  return c;
}

Code* Compiler::switch_stmt(const Node* n) {
  Code* c = make(Op::Switch, n);
  c->a = expr(ast::discriminant(n));
  Scope* s = push_scope(fn_, false);
  std::vector<const Node*> all;
  for (const Node* k : n->list) {
    if (k->kind != Kind::SwitchCase) continue;
    declare_lexical(s, k->list, false);
    hoist_functions(s, k->list);
  }
  std::vector<Code*> cases;
  for (const Node* k : n->list) {
    if (k->kind != Kind::SwitchCase) continue;
    Code* kc = make(Op::Case, k);
    if (ast::test(k)) kc->a = expr(ast::test(k));
    std::vector<Code*> items;
    for (const Node* x : k->list) {
      if (x == nullptr || x->kind == Kind::Comment) continue;
      items.push_back(stmt(x));
    }
    kc->list = copy_list(items);
    kc->n = static_cast<std::uint32_t>(items.size());
    cases.push_back(kc);
  }
  pop_scope();
  c->list = copy_list(cases);
  c->n = static_cast<std::uint32_t>(cases.size());
  if (s->materialized()) c->scope = s->code;
  return c;
}

Code* Compiler::try_stmt(const Node* n) {
  Code* c = make(Op::Try, n);
  c->a = block(ast::block(n));
  if (const Node* h = ast::handler(n)) {
    Scope* s = push_scope(fn_, false);
    if (ast::param(h)) {
      std::vector<const Node*> names;
      bound_names(ast::param(h), names);
      for (const Node* nm : names) declare(s, name_of(nm), BKind::Catch);
      c->b = pattern(ast::param(h), true);
    }
    c->c = block(ast::body(h));
    pop_scope();
    if (s->materialized()) c->scope = s->code;
    if (c->c == nullptr) c->c = make(Op::Block, h);
  }
  if (ast::finalizer(n)) c->d = block(ast::finalizer(n));
  return c;
}

}  // namespace desugar::sim
