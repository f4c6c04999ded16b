// Scope analysis: which bindings each scope holds (#sec-static-semantics-varscopeddeclarations,
// #sec-static-semantics-lexicallyscopeddeclarations), function and class layout
// (#sec-functiondeclarationinstantiation, #sec-runtime-semantics-classdefinitionevaluation).
#include <algorithm>

#include "sim/compiler.h"
#include "sim/interp.h"

namespace desugar::sim {

Compiler::Binding* Compiler::Scope::find(Str* name) {
  for (Binding& b : bindings) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

Str* Compiler::atom(std::string_view s) { return interp_.intern(s); }

Str* Compiler::name_of(const Node* n) { return atom(n->text); }

Code* Compiler::make(Op op, const Node* at) {
  Code* c = out_.arena.make<Code>();
  c->op = op;
  if (at != nullptr) {
    c->pos = at->begin;
    c->end = at->end;
  }
  return c;
}

Code** Compiler::copy_list(const std::vector<Code*>& items) {
  if (items.empty()) return nullptr;
  auto span = out_.arena.copy<Code*>(std::span<Code* const>(items.data(), items.size()));
  return span.data();
}

Code* Compiler::refuse(const Node* at, std::string_view what) {
  Code* c = make(Op::Refuse, at);
  c->str = atom(what);
  return c;
}

Compiler::Scope* Compiler::push_scope(Func* fn, bool function_top) {
  Scope& s = scope_store_.emplace_back();
  s.parent = scope_;
  s.code = &out_.scopes.emplace_back();
  s.fn = fn;
  s.function_top = function_top;
  if (function_top && !fn->arrow) {
    // this, the function itself (for super and new.target), new.target, arguments.
    static const char* const kSpecial[] = {"%this", "%func", "%new.target", "%arguments"};
    for (const char* name : kSpecial) {
      s.code->lexical.push_back(false);
      s.code->names.push_back(atom(name));
    }
    s.code->slots = kFirstFreeSlot;
  }
  scope_ = &s;
  return &s;
}

void Compiler::pop_scope() { scope_ = scope_->parent; }

std::uint32_t Compiler::declare(Scope* s, Str* name, BKind kind) {
  if (Binding* b = s->find(name)) {
    // var/function/param redeclarations share one binding.
    if (kind == BKind::Function && b->kind == BKind::Var) b->kind = BKind::Function;
    return b->slot;
  }
  bool tdz =
      kind == BKind::Let || kind == BKind::Const || kind == BKind::Class || kind == BKind::Private;
  bool is_const = kind == BKind::Const || kind == BKind::SelfName;
  std::uint32_t slot = s->code->slots++;
  s->code->lexical.push_back(tdz);
  s->code->names.push_back(name);
  s->bindings.push_back(Binding{name, slot, kind, tdz, is_const});
  return slot;
}

Compiler::Resolved Compiler::resolve(Str* name) {
  Resolved r;
  std::uint16_t hops = 0;
  for (Scope* s = scope_; s != nullptr; s = s->parent) {
    if (Binding* b = s->find(name)) {
      r.found = true;
      r.hops = hops;
      r.slot = b->slot;
      r.binding = b;
      return r;
    }
    if (s->function_top && !s->fn->arrow && name == interp_.n.arguments &&
        s->fn->code->kind != FuncKind::TopLevel && s->fn->code->kind != FuncKind::FieldInit &&
        s->fn->code->kind != FuncKind::StaticBlock) {
      s->fn->code->uses_arguments = true;
      r.found = true;
      r.hops = hops;
      r.slot = kSlotArguments;
      return r;
    }
    if (s->materialized()) ++hops;
  }
  return r;
}

// The scope of the nearest non-arrow function (for this, super and new.target).
Compiler::Resolved Compiler::resolve_function_slot(std::uint32_t slot, bool) {
  Resolved r;
  std::uint16_t hops = 0;
  for (Scope* s = scope_; s != nullptr; s = s->parent) {
    if (s->function_top && !s->fn->arrow) {
      r.found = true;
      r.hops = hops;
      r.slot = slot;
      return r;
    }
    if (s->materialized()) ++hops;
  }
  return r;
}

void Compiler::bound_names(const Node* p, std::vector<const Node*>& out) {
  if (p == nullptr) return;
  switch (p->kind) {
    case Kind::Identifier: out.push_back(p); break;
    case Kind::ArrayPattern:
      for (const Node* e : p->list) bound_names(e, out);
      break;
    case Kind::ObjectPattern:
      for (const Node* e : p->list) {
        if (e->kind == Kind::Property)
          bound_names(ast::value(e), out);
        else
          bound_names(e, out);
      }
      break;
    case Kind::AssignPattern: bound_names(ast::target(p), out); break;
    case Kind::Rest: bound_names(ast::target(p), out); break;
    default: break;
  }
}

void Compiler::collect_var_names(const Node* s, std::vector<const Node*>& out, bool top_level) {
  if (s == nullptr) return;
  switch (s->kind) {
    case Kind::VarDecl:
      if (s->text == "var") {
        for (const Node* d : s->list) bound_names(ast::target(d), out);
      }
      break;
    case Kind::For:
      if (ast::init(s) && ast::init(s)->kind == Kind::VarDecl)
        collect_var_names(ast::init(s), out, false);
      collect_var_names(ast::body(s), out, false);
      break;
    case Kind::ForIn:
      if (ast::left(s) && ast::left(s)->kind == Kind::VarDecl)
        collect_var_names(ast::left(s), out, false);
      collect_var_names(ast::body(s), out, false);
      break;
    case Kind::If:
      collect_var_names(ast::consequent(s), out, false);
      collect_var_names(ast::alternate(s), out, false);
      break;
    case Kind::While:
    case Kind::DoWhile:
    case Kind::With: collect_var_names(ast::body(s), out, false); break;
    case Kind::Labeled: collect_var_names(ast::body(s), out, top_level); break;
    case Kind::Block:
      for (const Node* x : s->list) collect_var_names(x, out, false);
      break;
    case Kind::Switch:
      for (const Node* c : s->list) {
        if (c->kind != Kind::SwitchCase) continue;
        for (const Node* x : c->list) collect_var_names(x, out, false);
      }
      break;
    case Kind::Try:
      collect_var_names(ast::block(s), out, false);
      if (ast::handler(s)) collect_var_names(ast::body(ast::handler(s)), out, false);
      collect_var_names(ast::finalizer(s), out, false);
      break;
    case Kind::ExportDecl:
      if (!s->has(flag::Default)) collect_var_names(ast::declaration(s), out, top_level);
      break;
    case Kind::FunctionDecl:
      // Annex B.3.3: a sloppy block-level function also gets a var binding (a plain function
      // only: async functions and generators stay block-scoped).
      if (!top_level && !fn_->strict && ast::name(s) && !s->has(flag::Async) &&
          !s->has(flag::Generator)) {
        out.push_back(ast::name(s));
      }
      break;
    default: break;
  }
}

void Compiler::declare_lexical(Scope* s, const NodeList& stmts, bool function_body) {
  for (const Node* st : stmts) {
    if (st == nullptr) continue;
    const Node* d = st;
    if (d->kind == Kind::ExportDecl && ast::declaration(d)) d = ast::declaration(d);
    if (d->kind == Kind::VarDecl && d->text != "var") {
      std::vector<const Node*> names;
      for (const Node* decl : d->list) bound_names(ast::target(decl), names);
      for (const Node* nm : names) {
        declare(s, name_of(nm), d->text == "const" ? BKind::Const : BKind::Let);
      }
    } else if (d->kind == Kind::ClassDecl && ast::name(d)) {
      declare(s, name_of(ast::name(d)), BKind::Class);
    } else if (d->kind == Kind::FunctionDecl && ast::name(d) && !function_body) {
      declare(s, name_of(ast::name(d)), BKind::Function);
    }
  }
}

void Compiler::hoist_functions(Scope* s, const NodeList& stmts) {
  for (const Node* st : stmts) {
    if (st == nullptr) continue;
    const Node* d = st;
    if (d->kind == Kind::ExportDecl && ast::declaration(d)) d = ast::declaration(d);
    if (d->kind != Kind::FunctionDecl || ast::name(d) == nullptr) continue;
    Str* name = name_of(ast::name(d));
    Binding* b = s->find(name);
    if (b == nullptr) continue;
    FunctionCode* fc = compile_function(d, name, FuncKind::Normal);
    // A later declaration of the same name wins.
    auto& fns = s->code->functions;
    fns.erase(std::remove_if(fns.begin(), fns.end(), [&](auto& p) { return p.first == b->slot; }),
              fns.end());
    fns.emplace_back(b->slot, fc);
  }
}

bool Compiler::has_use_strict(const NodeList& body) {
  for (const Node* s : body) {
    if (s == nullptr || s->kind == Kind::Comment) continue;
    if (s->kind != Kind::ExprStmt || ast::expression(s) == nullptr ||
        ast::expression(s)->kind != Kind::String)
      return false;
    std::string_view t = ast::expression(s)->text;
    if (t == "'use strict'" || t == "\"use strict\"") return true;
  }
  return false;
}

FunctionCode* Compiler::compile_program(const Node* program) {
  FunctionCode& fc = out_.functions.emplace_back();
  fc.kind = FuncKind::TopLevel;
  fc.strict = module_ || has_use_strict(program->list);
  fc.begin = program->begin;
  fc.end = program->end;
  Func& f = func_store_.emplace_back();
  f.code = &fc;
  f.strict = fc.strict;
  fn_ = &f;
  Scope* top = push_scope(&f, true);
  f.top = f.var_scope = top;
  fc.scope = top->code;
  if (commonjs_) {
    // The CommonJS wrapper's parameters.
    for (const char* name : {"exports", "require", "module", "__filename", "__dirname"}) {
      declare(top, atom(name), BKind::Special);
    }
  }
  std::vector<const Node*> vars;
  for (const Node* s : program->list) collect_var_names(s, vars, true);
  for (const Node* s : program->list) {
    const Node* d = s && s->kind == Kind::ExportDecl ? ast::declaration(s) : s;
    if (d && d->kind == Kind::FunctionDecl && ast::name(d))
      declare(top, name_of(ast::name(d)), BKind::Function);
  }
  for (const Node* v : vars) declare(top, name_of(v), BKind::Var);
  declare_lexical(top, program->list, true);
  hoist_functions(top, program->list);
  std::vector<Code*> body;
  for (const Node* s : program->list) {
    if (s == nullptr || s->kind == Kind::Comment) continue;
    body.push_back(stmt(s));
  }
  Code* blk = make(Op::Block, program);
  blk->list = copy_list(body);
  blk->n = static_cast<std::uint32_t>(body.size());
  fc.body = blk;
  pop_scope();
  fn_ = nullptr;
  out_.top = &fc;
  return &fc;
}

FunctionCode* Compiler::compile_function(const Node* node, Str* name, FuncKind kind,
                                         bool expression_name_binding) {
  FunctionCode& fc = out_.functions.emplace_back();
  bool arrow = node->kind == Kind::Arrow;
  fc.kind = arrow ? FuncKind::Arrow : kind;
  fc.is_async = node->has(flag::Async);
  fc.is_generator = node->has(flag::Generator);
  fc.name = name;
  fc.begin = node->begin;
  fc.end = node->end;
  const Node* body = ast::body(node);
  bool body_is_block = body != nullptr && body->kind == Kind::Block;
  fc.strict = fn_->strict || kind == FuncKind::ClassConstructor || kind == FuncKind::FieldInit ||
              kind == FuncKind::StaticBlock || (body_is_block && has_use_strict(body->list));
  if (kind == FuncKind::Method || kind == FuncKind::Getter || kind == FuncKind::Setter) {
    fc.strict = fc.strict || in_class_body_;
  }

  Func& f = func_store_.emplace_back();
  f.parent = fn_;
  f.code = &fc;
  f.arrow = arrow;
  f.strict = fc.strict;
  f.class_ctor = kind == FuncKind::ClassConstructor;
  f.derived_ctor = f.class_ctor && derived_ctor_pending_;
  fc.derived = f.derived_ctor;
  derived_ctor_pending_ = false;
  Func* saved_fn = fn_;
  Scope* saved_scope = scope_;
  bool saved_class_body = in_class_body_;
  in_class_body_ = false;
  fn_ = &f;
  Scope* top = push_scope(&f, true);
  f.top = f.var_scope = top;
  fc.scope = top->code;

  // Parameters.
  const NodeList& params = node->list;
  fc.simple_params = true;
  fc.length = 0;
  bool counting = true;
  for (const Node* p : params) {
    if (p->kind != Kind::Identifier) fc.simple_params = false;
    if (p->kind == Kind::AssignPattern || p->kind == Kind::Rest) counting = false;
    if (counting) ++fc.length;
  }
  std::vector<const Node*> param_names;
  for (const Node* p : params) bound_names(p, param_names);
  for (const Node* p : param_names) {
    std::uint32_t slot = declare(top, name_of(p), BKind::Param);
    if (!fc.simple_params) {
      top->code->lexical[slot] = true;  // initialized in order: later ones are in TDZ
      top->find(name_of(p))->tdz = true;
    }
  }
  if (fc.simple_params) {
    for (const Node* p : params) fc.simple_param_slots.push_back(top->find(name_of(p))->slot);
  }

  // Body declarations.
  Scope* var_scope = top;
  std::vector<const Node*> vars;
  if (body_is_block) {
    for (const Node* s : body->list) collect_var_names(s, vars, true);
    if (!fc.simple_params) {
      var_scope = push_scope(&f, false);
      f.var_scope = var_scope;
      fc.body_scope = var_scope->code;
    }
    for (const Node* s : body->list) {
      if (s && s->kind == Kind::FunctionDecl && ast::name(s))
        declare(var_scope, name_of(ast::name(s)), BKind::Function);
    }
    for (const Node* v : vars) {
      Str* vn = name_of(v);
      if (var_scope == top && top->find(vn) != nullptr) continue;
      std::uint32_t slot = declare(var_scope, vn, BKind::Var);
      if (var_scope != top) {
        if (Binding* pb = top->find(vn); pb != nullptr && pb->kind == BKind::Param) {
          fc.var_copies.emplace_back(pb->slot, slot);
        }
      }
    }
    declare_lexical(var_scope, body->list, true);
  }
  if (expression_name_binding && name != nullptr && top->find(name) == nullptr &&
      var_scope->find(name) == nullptr && name != interp_.n.arguments) {
    fc.has_self_slot = true;
    fc.self_slot = declare(top, name, BKind::SelfName);
    // The self binding lives in the parameter scope, which parameter expressions also see.
    if (var_scope != top) {
      // Nothing to do: the body scope's parent is the parameter scope.
    }
  }

  // Parameter targets are compiled in the parameter scope.
  if (var_scope != top) scope_ = top;
  for (const Node* p : params) fc.params.push_back(pattern(p, true));
  scope_ = var_scope;
  if (body_is_block) {
    hoist_functions(var_scope, body->list);
    std::vector<Code*> stmts;
    for (const Node* s : body->list) {
      if (s == nullptr || s->kind == Kind::Comment) continue;
      stmts.push_back(stmt(s));
    }
    Code* blk = make(Op::Block, body);
    blk->list = copy_list(stmts);
    blk->n = static_cast<std::uint32_t>(stmts.size());
    fc.body = blk;
  } else if (body != nullptr) {
    fc.expression_body = true;
    fc.body = expr(body);
  } else {
    fc.body = make(Op::Block, node);
  }
  fn_ = saved_fn;
  scope_ = saved_scope;
  in_class_body_ = saved_class_body;
  return &fc;
}

}  // namespace desugar::sim
