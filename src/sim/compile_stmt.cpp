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
      c->a = expr(n->a);
      return c;
    }
    case Kind::VarDecl: return var_decl(n);
    case Kind::FunctionDecl: {
      // Annex B.3.3: evaluating a sloppy block-level declaration copies it to the var binding.
      if (fn_->strict || n->a == nullptr || scope_ == fn_->var_scope || scope_ == fn_->top ||
          n->has(flag::Async) || n->has(flag::Generator)) {
        return make(Op::Empty, n);
      }
      Str* name = name_of(n->a);
      Binding* vb = fn_->var_scope->find(name);
      if (vb == nullptr || vb->kind == BKind::Let || vb->kind == BKind::Const) return make(Op::Empty, n);
      std::uint16_t hops = 0;
      for (Scope* s = scope_; s != fn_->var_scope; s = s->parent) {
        if (s->materialized()) ++hops;
      }
      Code* c = make(Op::FunctionDecl, n);
      c->flags |= cf::AnnexB;
      c->a = identifier(n->a);
      Code* v = make(Op::Local, n);
      v->hops = hops;
      v->slot = vb->slot;
      v->str = name;
      c->d = v;
      return c;
    }
    case Kind::ClassDecl: {
      Code* c = make(Op::ClassDecl, n);
      c->cls = compile_class(n, n->a ? name_of(n->a) : interp_.n.default_);
      if (n->a) {
        c->a = identifier(n->a);
        c->a->flags |= cf::Init;
      }
      return c;
    }
    case Kind::If: {
      Code* c = make(Op::If, n);
      c->a = expr(n->a);
      c->b = stmt(n->b);
      if (n->c) c->c = stmt(n->c);
      return c;
    }
    case Kind::For:
    case Kind::ForIn:
    case Kind::While:
    case Kind::DoWhile: return loop(n, nullptr);
    case Kind::Return: {
      Code* c = make(Op::Return, n);
      if (n->a) c->a = expr(n->a);
      return c;
    }
    case Kind::Throw: {
      Code* c = make(Op::Throw, n);
      c->a = expr(n->a);
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
      if (n->a == nullptr) return make(Op::Empty, n);
      switch (n->a->kind) {
        case Kind::FunctionDecl:
        case Kind::ClassDecl:
        case Kind::VarDecl: return stmt(n->a);
        default: {
          Code* c = make(Op::ExprStmt, n);
          c->a = expr(n->a, interp_.n.default_);
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
    if (!init && d->b == nullptr) continue;  // `var x;` does nothing at runtime
    Code* c = make(Op::Declare, d);
    c->a = pattern(d->a, init);
    if (d->b != nullptr) {
      c->b = expr(d->b, d->a->kind == Kind::Identifier ? name_of(d->a) : nullptr);
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
    body = body->a;
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
      c->a = expr(n->a);
      c->d = stmt(n->d);
      c->labels = labels;
      return c;
    }
    default: return stmt(n);
  }
}

Code* Compiler::for_stmt(const Node* n, std::vector<Str*>* labels) {
  Scope* s = nullptr;
  const Node* init = n->a;
  if (init != nullptr && init->kind == Kind::VarDecl && init->text != "var") {
    s = push_scope(fn_, false);
    std::vector<const Node*> names;
    for (const Node* d : init->list) bound_names(d->a, names);
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
  if (n->b) c->b = expr(n->b);
  if (n->c) c->c = expr(n->c);
  c->d = stmt(n->d);
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
  c->b = expr(n->b);
  c->labels = labels;
  const Node* left = n->a;
  Scope* s = nullptr;
  if (left->kind == Kind::VarDecl) {
    const Node* d = left->list.empty() ? nullptr : left->list[0];
    if (d == nullptr) return refuse(n, "this loop head is not modelled");
    Code* decl = make(Op::Declare, d);
    if (left->text == "let" || left->text == "const") {
      s = push_scope(fn_, false);
      std::vector<const Node*> names;
      bound_names(d->a, names);
      for (const Node* nm : names) {
        declare(s, name_of(nm), left->text == "const" ? BKind::Const : BKind::Let);
      }
      decl->a = pattern(d->a, true);
      decl->flags |= cf::Init;
    } else if (left->text == "var") {
      decl->a = pattern(d->a, false);
    } else {
      return refuse(n, "`using` declarations are not modelled");
    }
    c->a = decl;
  } else {
    Code* decl = make(Op::Declare, left);
    decl->a = pattern(left, false);
    c->a = decl;
  }
  c->d = stmt(n->d);
  if (s != nullptr) {
    if (s->materialized()) c->scope = s->code;
    pop_scope();
  }
  return c;
}

Code* Compiler::switch_stmt(const Node* n) {
  Code* c = make(Op::Switch, n);
  c->a = expr(n->a);
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
    if (k->a) kc->a = expr(k->a);
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
  c->a = block(n->a);
  if (const Node* h = n->b) {
    Scope* s = push_scope(fn_, false);
    if (h->a) {
      std::vector<const Node*> names;
      bound_names(h->a, names);
      for (const Node* nm : names) declare(s, name_of(nm), BKind::Catch);
      c->b = pattern(h->a, true);
    }
    c->c = block(h->b);
    pop_scope();
    if (s->materialized()) c->scope = s->code;
    if (c->c == nullptr) c->c = make(Op::Block, h);
  }
  if (n->c) c->d = block(n->c);
  return c;
}

}  // namespace desugar::sim
