// Classes: the class scope (inner name binding and private names), the constructor, methods,
// accessors, fields and static blocks (#sec-runtime-semantics-classdefinitionevaluation).
// Field initializers and static blocks become small strict functions so `this`, `super` and
// arrow functions inside them work as for methods.
#include "sim/compiler.h"
#include "sim/interp.h"

namespace desugar::sim {

Compiler::Func* Compiler::nearest_function() {
  for (Scope* s = scope_; s != nullptr; s = s->parent) {
    if (s->function_top && !s->fn->arrow) return s->fn;
  }
  return nullptr;
}

FunctionCode* Compiler::compile_field_init(const Node* init, Str* inferred) {
  FunctionCode& fc = out_.functions.emplace_back();
  fc.kind = FuncKind::FieldInit;
  fc.strict = true;
  fc.expression_body = true;
  fc.begin = init->begin;
  fc.end = init->end;
  Func& f = func_store_.emplace_back();
  f.parent = fn_;
  f.code = &fc;
  f.strict = true;
  Func* saved_fn = fn_;
  Scope* saved_scope = scope_;
  fn_ = &f;
  Scope* top = push_scope(&f, true);
  f.top = f.var_scope = top;
  fc.scope = top->code;
  fc.body = expr(init, inferred);
  fn_ = saved_fn;
  scope_ = saved_scope;
  return &fc;
}

FunctionCode* Compiler::compile_static_block(const Node* block) {
  FunctionCode& fc = out_.functions.emplace_back();
  fc.kind = FuncKind::StaticBlock;
  fc.strict = true;
  fc.begin = block->begin;
  fc.end = block->end;
  Func& f = func_store_.emplace_back();
  f.parent = fn_;
  f.code = &fc;
  f.strict = true;
  Func* saved_fn = fn_;
  Scope* saved_scope = scope_;
  fn_ = &f;
  Scope* top = push_scope(&f, true);
  f.top = f.var_scope = top;
  fc.scope = top->code;
  std::vector<const Node*> vars;
  for (const Node* s : block->list) collect_var_names(s, vars, true);
  for (const Node* s : block->list) {
    if (s && s->kind == Kind::FunctionDecl && ast::name(s))
      declare(top, name_of(ast::name(s)), BKind::Function);
  }
  for (const Node* v : vars) declare(top, name_of(v), BKind::Var);
  declare_lexical(top, block->list, true);
  hoist_functions(top, block->list);
  std::vector<Code*> stmts;
  for (const Node* s : block->list) {
    if (s == nullptr || s->kind == Kind::Comment) continue;
    stmts.push_back(stmt(s));
  }
  Code* blk = make(Op::Block, block);
  blk->list = copy_list(stmts);
  blk->n = static_cast<std::uint32_t>(stmts.size());
  fc.body = blk;
  fn_ = saved_fn;
  scope_ = saved_scope;
  return &fc;
}

static bool is_constructor_key(const Node* m) {
  if (m->kind != Kind::Method || m->has(flag::Static) || m->has(flag::Computed) ||
      ast::key(m) == nullptr) {
    return false;
  }
  if (ast::key(m)->kind == Kind::Identifier) return ast::key(m)->text == "constructor";
  if (ast::key(m)->kind == Kind::String) {
    return ast::key(m)->text == "'constructor'" || ast::key(m)->text == "\"constructor\"";
  }
  return false;
}

ClassCode* Compiler::compile_class(const Node* cls, Str* name) {
  ClassCode& cc = out_.classes.emplace_back();
  cc.name = name;
  cc.begin = cls->begin;
  cc.end = cls->end;
  Scope* saved_scope = scope_;
  Scope* cs = push_scope(fn_, false);
  cc.scope = cs->code;
  if (ast::name(cls) != nullptr) {
    cc.has_name_binding = true;
    cc.name_slot = declare(cs, name_of(ast::name(cls)), BKind::Const);
  }
  for (const Node* m : cls->list) {
    const Node* key = m ? child_named(m, SlotName::key) : nullptr;
    if (key == nullptr || key->kind != Kind::PrivateName) continue;
    Str* pn = atom(key->text);
    if (cs->find(pn) != nullptr) continue;
    std::uint32_t slot = declare(cs, pn, BKind::Private);
    cc.private_names.emplace_back(slot, pn);
  }
  if (ast::superclass(cls) != nullptr) cc.heritage = expr(ast::superclass(cls));
  bool saved_class_body = in_class_body_;
  in_class_body_ = true;
  for (const Node* m : cls->list) {
    if (m != nullptr && is_constructor_key(m)) {
      derived_ctor_pending_ = ast::superclass(cls) != nullptr;
      cc.constructor = compile_function(ast::function(m), name, FuncKind::ClassConstructor);
      in_class_body_ = true;
    }
  }
  for (const Node* m : cls->list) {
    if (m == nullptr || m->kind == Kind::Comment || is_constructor_key(m)) continue;
    ClassMember cm;
    cm.pos = m->begin;
    cm.is_static = m->has(flag::Static);
    if (m->kind == Kind::StaticBlock) {
      cm.kind = MemberKind::StaticBlock;
      cm.is_static = true;
      cm.fn = compile_static_block(m);
      in_class_body_ = true;
      cc.members.push_back(cm);
      continue;
    }
    const Node* key = ast::key(m);
    Str* inferred = nullptr;
    if (key->kind == Kind::PrivateName) {
      cm.is_private = true;
      cm.key = atom(key->text);
      Code* ref = make(Op::Local, key);
      Resolved r = resolve(cm.key);
      ref->hops = r.hops;
      ref->slot = r.slot;
      ref->str = cm.key;
      cm.private_ref = ref;
      inferred = cm.key;
    } else if (m->has(flag::Computed)) {
      cm.computed_key = expr(key);
    } else {
      cm.key = literal_key(key);
      inferred = cm.key;
    }
    if (m->kind == Kind::Method) {
      FuncKind k = m->has(flag::Getter)   ? FuncKind::Getter
                   : m->has(flag::Setter) ? FuncKind::Setter
                                          : FuncKind::Method;
      cm.kind = k == FuncKind::Getter   ? MemberKind::Getter
                : k == FuncKind::Setter ? MemberKind::Setter
                                        : MemberKind::Method;
      cm.fn = compile_function(ast::function(m), inferred, k);
      in_class_body_ = true;
    } else if (m->kind == Kind::Field) {
      cm.kind = MemberKind::Field;
      if (ast::value(m) != nullptr) cm.fn = compile_field_init(ast::value(m), inferred);
    } else {
      continue;
    }
    cc.members.push_back(cm);
  }
  in_class_body_ = saved_class_body;
  scope_ = saved_scope;
  return &cc;
}

}  // namespace desugar::sim
