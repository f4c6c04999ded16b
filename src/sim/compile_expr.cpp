// Expressions and destructuring patterns. Anonymous functions and classes in naming positions get
// their name here (#sec-runtime-semantics-namedevaluation) when it is known statically.
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "sim/compiler.h"
#include "sim/interp.h"

namespace desugar::sim {

namespace {

// The binary operators the simulator's Binary code evaluates (not the short-circuiting ones,
// which compile to Logical).
bool evaluated_binary(AstOp op) { return op_info(op).kind == OpKind::Binary && !is_logical(op); }

}  // namespace

bool Compiler::is_anonymous_function(const Node* n) {
  if (n == nullptr) return false;
  return ((n->kind == Kind::FunctionExpr || n->kind == Kind::ClassExpr) &&
          ast::name(n) == nullptr) ||
         n->kind == Kind::Arrow;
}

Str* Compiler::literal_key(const Node* key) {
  switch (key->kind) {
    case Kind::Identifier: return atom(key->text);
    case Kind::String: {
      std::string s;
      decode_string_literal(key->text, s);
      return atom(s);
    }
    case Kind::Number: {
      double d = 0;
      parse_number_literal(key->text, d);
      return atom(interp_.number_to_string(d));
    }
    default: return atom(key->text);
  }
}

Code* Compiler::identifier(const Node* n) {
  Str* name = name_of(n);
  Resolved r = resolve(name);
  if (!r.found) {
    if (name == interp_.n.undefined) return make(Op::Undefined, n);
    Code* g = make(Op::Global, n);
    g->str = name;
    if (fn_->strict) g->flags |= cf::Strict;
    return g;
  }
  Code* c = make(Op::Local, n);
  c->hops = r.hops;
  c->slot = r.slot;
  c->str = name;
  if (r.binding != nullptr) {
    if (r.binding->tdz) c->flags |= cf::Tdz;
    if (r.binding->is_const) c->flags |= cf::Const;
    if (r.binding->kind == BKind::SelfName && !fn_->strict) {
      c->flags = static_cast<std::uint16_t>((c->flags & ~cf::Const) | cf::Silent);
    }
    if (r.binding->kind == BKind::Special && commonjs_ &&
        (name->data == "__filename" || name->data == "__dirname")) {
      return refuse(n, "`" + name->data + "` (the script's path) is not modelled");
    }
  }
  if (fn_->strict) c->flags |= cf::Strict;
  return c;
}

Code* Compiler::expr(const Node* n, Str* inferred) {
  switch (n->kind) {
    case Kind::Identifier: return identifier(n);
    case Kind::This: {
      Code* c = make(Op::This, n);
      Resolved r = resolve_function_slot(kSlotThis, true);
      c->hops = r.hops;
      c->slot = kSlotThis;
      Func* f = nearest_function();
      if (f != nullptr && f->derived_ctor) c->flags |= cf::Tdz;
      return c;
    }
    case Kind::Null: return make(Op::Null, n);
    case Kind::Bool: {
      Code* c = make(Op::Bool, n);
      c->sub = n->text == "true" ? 1 : 0;
      return c;
    }
    case Kind::Number: {
      double d = 0;
      if (!parse_number_literal(n->text, d)) {
        // A BigInt literal: only 64-bit values are modelled.
        std::string digits;
        for (char ch : n->text) {
          if (ch != '_' && ch != 'n') digits += ch;
        }
        errno = 0;
        char* endp = nullptr;
        long long v = std::strtoll(digits.c_str(), &endp, 0);
        if (errno != 0 || endp == digits.c_str() || *endp != '\0' ||
            (digits.size() > 1 && digits[0] == '0' &&
             std::isdigit(static_cast<unsigned char>(digits[1])))) {
          return refuse(n, "BigInt values beyond 64 bits are not modelled");
        }
        Code* c = make(Op::BigInt, n);
        c->big = v;
        return c;
      }
      Code* c = make(Op::Num, n);
      c->num = d;
      return c;
    }
    case Kind::String: {
      std::string s;
      decode_string_literal(n->text, s);
      Code* c = make(Op::Str, n);
      c->str = atom(s);
      return c;
    }
    case Kind::Regex: return refuse(n, "regular expressions are not modelled");
    case Kind::Template: return template_literal(n, false);
    case Kind::TaggedTemplate: {
      Code* c = make(Op::TaggedTemplate, n);
      c->a = expr(ast::tag(n));
      c->b = template_literal(ast::quasi(n), true);
      return c;
    }
    case Kind::Array: {
      Code* c = make(Op::Array, n);
      std::vector<Code*> items;
      for (const Node* e : n->list) {
        if (e->kind == Kind::Elision) {
          items.push_back(make(Op::Hole, e));
        } else if (e->kind == Kind::Spread) {
          Code* s = make(Op::Spread, e);
          s->a = expr(ast::argument(e));
          items.push_back(s);
        } else {
          items.push_back(expr(e));
        }
      }
      c->list = copy_list(items);
      c->n = static_cast<std::uint32_t>(items.size());
      return c;
    }
    case Kind::Object: return object_literal(n);
    case Kind::FunctionExpr: {
      Code* c = make(Op::Function, n);
      Str* name = ast::name(n) ? name_of(ast::name(n)) : inferred;
      c->fn = compile_function(n, name, FuncKind::Normal, ast::name(n) != nullptr);
      return c;
    }
    case Kind::Arrow: {
      Code* c = make(Op::Function, n);
      c->fn = compile_function(n, inferred, FuncKind::Arrow);
      return c;
    }
    case Kind::ClassExpr: {
      Code* c = make(Op::Class, n);
      c->cls = compile_class(n, ast::name(n) ? name_of(ast::name(n)) : inferred);
      return c;
    }
    case Kind::Unary: {
      AstOp op = n->op;
      if (op == AstOp::Typeof) {
        Code* c = make(Op::Typeof, n);
        c->a = expr(ast::argument(n));
        return c;
      }
      if (op == AstOp::Delete) {
        Code* c = make(Op::Delete, n);
        c->a = expr(ast::argument(n));
        return c;
      }
      Code* c = make(Op::Unary, n);
      c->a = expr(ast::argument(n));
      c->sub = static_cast<std::uint8_t>(op);  // -, +, !, ~ or void
      return c;
    }
    case Kind::Update: {
      Code* c = make(Op::Update, n);
      c->a = expr(ast::argument(n));
      c->sub = n->op == AstOp::Inc ? 0 : 1;
      if (n->has(flag::Prefix)) c->flags |= cf::Prefix;
      return c;
    }
    case Kind::Binary: {
      AstOp op = n->op;
      if (is_logical(op)) {
        Code* c = make(Op::Logical, n);
        c->sub = op == AstOp::LogicalAnd ? 0 : op == AstOp::LogicalOr ? 1 : 2;
        c->a = expr(ast::left(n));
        c->b = expr(ast::right(n));
        return c;
      }
      if (op == AstOp::In && ast::left(n)->kind == Kind::PrivateName) {
        Code* c = make(Op::PrivateIn, n);
        Str* pn = atom(ast::left(n)->text);
        Resolved r = resolve(pn);
        Code* ref = make(Op::Local, ast::left(n));
        ref->hops = r.hops;
        ref->slot = r.slot;
        ref->str = pn;
        c->a = ref;
        c->b = expr(ast::right(n));
        return c;
      }
      if (!evaluated_binary(op)) return refuse(n, "this operator is not modelled");
      Code* c = make(Op::Binary, n);
      c->sub = static_cast<std::uint8_t>(op);
      c->a = expr(ast::left(n));
      c->b = expr(ast::right(n));
      return c;
    }
    case Kind::Assign: return assign(n);
    case Kind::Conditional: {
      Code* c = make(Op::Conditional, n);
      c->a = expr(ast::test(n));
      c->b = expr(ast::consequent(n), inferred);
      c->c = expr(ast::alternate(n), inferred);
      return c;
    }
    case Kind::Call: return call(n);
    case Kind::New: {
      Code* c = make(Op::New, n);
      c->a = expr(ast::callee(n));
      std::vector<Code*> args;
      for (const Node* a : n->list) {
        if (a->kind == Kind::Spread) {
          Code* s = make(Op::Spread, a);
          s->a = expr(ast::argument(a));
          args.push_back(s);
        } else {
          args.push_back(expr(a));
        }
      }
      c->list = copy_list(args);
      c->n = static_cast<std::uint32_t>(args.size());
      return c;
    }
    case Kind::Member: return member(n);
    case Kind::Chain: {
      Code* c = make(Op::Chain, n);
      c->a = expr(ast::expression(n));
      return c;
    }
    case Kind::Sequence: {
      Code* c = make(Op::Sequence, n);
      std::vector<Code*> items;
      for (const Node* e : n->list) items.push_back(expr(e));
      c->list = copy_list(items);
      c->n = static_cast<std::uint32_t>(items.size());
      return c;
    }
    case Kind::Yield: {
      Code* c = make(Op::Yield, n);
      if (ast::argument(n)) c->a = expr(ast::argument(n));
      if (n->has(flag::Delegate)) c->flags |= cf::Delegate;
      return c;
    }
    case Kind::Await: {
      Code* c = make(Op::Await, n);
      c->a = expr(ast::argument(n));
      return c;
    }
    case Kind::MetaProperty: {
      if (n->text == "new.target") {
        Code* c = make(Op::NewTarget, n);
        Resolved r = resolve_function_slot(kSlotNewTarget, false);
        c->hops = r.hops;
        c->slot = kSlotNewTarget;
        return c;
      }
      return refuse(n, "`import.meta` is not modelled");
    }
    case Kind::Import: return refuse(n, "dynamic `import()` is not modelled");
    case Kind::Spread: return expr(ast::argument(n));
    case Kind::ArrayPattern:
    case Kind::ObjectPattern: return pattern(n, false);
    default: return refuse(n, "this expression is not modelled");
  }
}

Code* Compiler::member(const Node* n) {
  bool computed = n->has(flag::Computed);
  if (ast::object(n)->kind == Kind::Super) {
    Code* c = make(Op::SuperMember, n);
    Resolved r = resolve_function_slot(kSlotFunc, false);
    c->hops = r.hops;
    if (computed)
      c->b = expr(ast::property(n));
    else
      c->str = atom(ast::property(n)->text);
    return c;
  }
  if (!computed && ast::property(n)->kind == Kind::PrivateName) {
    Code* c = make(Op::Private, n);
    c->a = expr(ast::object(n));
    Str* pn = atom(ast::property(n)->text);
    Resolved r = resolve(pn);
    Code* ref = make(Op::Local, ast::property(n));
    ref->hops = r.hops;
    ref->slot = r.slot;
    ref->str = pn;
    c->b = ref;
    if (n->has(flag::Optional)) c->flags |= cf::Optional;
    return c;
  }
  Code* c = make(Op::Member, n);
  c->a = expr(ast::object(n));
  if (computed)
    c->b = expr(ast::property(n));
  else
    c->str = atom(ast::property(n)->text);
  if (n->has(flag::Optional)) c->flags |= cf::Optional;
  return c;
}

Code* Compiler::call(const Node* n) {
  std::vector<Code*> args;
  for (const Node* a : n->list) {
    if (a->kind == Kind::Spread) {
      Code* s = make(Op::Spread, a);
      s->a = expr(ast::argument(a));
      args.push_back(s);
    } else {
      args.push_back(expr(a));
    }
  }
  Code* c = nullptr;
  if (ast::callee(n)->kind == Kind::Super) {
    c = make(Op::SuperCall, n);
    Resolved r = resolve_function_slot(kSlotFunc, false);
    c->hops = r.hops;
  } else if (ast::callee(n)->kind == Kind::Import) {
    return refuse(n, "dynamic `import()` is not modelled");
  } else {
    c = make(Op::Call, n);
    c->a = expr(ast::callee(n));
    if (n->has(flag::Optional)) c->flags |= cf::Optional;
  }
  // The site jobs report: the method name of `o.then(...)`, else the call itself.
  c->slot = n->begin;
  if (ast::callee(n)->kind == Kind::Member && !ast::callee(n)->has(flag::Computed) &&
      ast::property(ast::callee(n)) != nullptr)
    c->slot = ast::property(ast::callee(n))->begin;
  c->list = copy_list(args);
  c->n = static_cast<std::uint32_t>(args.size());
  return c;
}

Code* Compiler::object_literal(const Node* n) {
  Code* c = make(Op::Object, n);
  std::vector<Code*> props;
  for (const Node* p : n->list) {
    Code* pc = make(Op::Prop, p);
    switch (p->kind) {
      case Kind::Property: {
        if (p->has(flag::Shorthand)) {
          pc->str = name_of(ast::key(p));
          pc->b = identifier(ast::value(p));
          pc->sub = static_cast<std::uint8_t>(PropKind::Init);
          break;
        }
        Str* key = nullptr;
        if (p->has(flag::Computed)) {
          pc->a = expr(ast::key(p));
        } else {
          key = literal_key(ast::key(p));
          pc->str = key;
          if (key == interp_.intern("__proto__")) {
            pc->sub = static_cast<std::uint8_t>(PropKind::Proto);
            pc->b = expr(ast::value(p));
            break;
          }
        }
        pc->sub = static_cast<std::uint8_t>(PropKind::Init);
        pc->b = expr(ast::value(p), key);
        if (p->has(flag::Computed) && is_anonymous_function(ast::value(p)))
          pc->flags |= cf::Computed;
        break;
      }
      case Kind::Method: {
        FuncKind k = p->has(flag::Getter)   ? FuncKind::Getter
                     : p->has(flag::Setter) ? FuncKind::Setter
                                            : FuncKind::Method;
        pc->sub = static_cast<std::uint8_t>(k == FuncKind::Getter   ? PropKind::Getter
                                            : k == FuncKind::Setter ? PropKind::Setter
                                                                    : PropKind::Method);
        Str* key = nullptr;
        if (p->has(flag::Computed))
          pc->a = expr(ast::key(p));
        else
          pc->str = key = literal_key(ast::key(p));
        Code* f = make(Op::Function, ast::function(p));
        f->fn = compile_function(ast::function(p), key, k);
        pc->b = f;
        break;
      }
      case Kind::Spread: {
        pc->sub = static_cast<std::uint8_t>(PropKind::Spread);
        pc->b = expr(ast::argument(p));
        break;
      }
      default: pc = refuse(p, "this object literal member is not modelled");
    }
    props.push_back(pc);
  }
  c->list = copy_list(props);
  c->n = static_cast<std::uint32_t>(props.size());
  return c;
}

Code* Compiler::template_literal(const Node* n, bool tagged) {
  Code* c = make(Op::Template, n);
  std::vector<Code*> items;
  std::vector<Code*> raws;
  for (std::size_t i = 0; i < n->list.size(); ++i) {
    const Node* e = n->list[i];
    if (i % 2 == 0) {
      std::string cooked;
      bool ok = decode_template_chars(e->text, cooked);
      Code* s = nullptr;
      if (ok) {
        s = make(Op::Str, e);
        s->str = atom(cooked);
      } else {
        s = tagged ? make(Op::Undefined, e) : refuse(e, "an invalid escape in a template");
      }
      items.push_back(s);
      if (tagged) {
        std::string raw;
        for (std::size_t k = 0; k < e->text.size(); ++k) {
          char ch = e->text[k];
          if (ch == '\r') {
            raw += '\n';
            if (k + 1 < e->text.size() && e->text[k + 1] == '\n') ++k;
          } else {
            raw += ch;
          }
        }
        Code* r = make(Op::Str, e);
        r->str = atom(raw);
        raws.push_back(r);
      }
    } else {
      items.push_back(expr(e));
    }
  }
  c->list = copy_list(items);
  c->n = static_cast<std::uint32_t>(items.size());
  if (tagged) {
    Code* r = make(Op::Template, n);
    r->list = copy_list(raws);
    r->n = static_cast<std::uint32_t>(raws.size());
    c->d = r;
  }
  return c;
}

Code* Compiler::assign(const Node* n) {
  Code* c = make(Op::Assign, n);
  AstOp op = n->op;
  const Node* target = ast::target(n);
  if (op == AstOp::Assign) {
    c->sub = static_cast<std::uint8_t>(AstOp::Assign);
    c->a = pattern(target, false);
    c->b = expr(ast::value(n), target->kind == Kind::Identifier ? name_of(target) : nullptr);
    return c;
  }
  if (is_logical_assign(op)) {
    c->sub = static_cast<std::uint8_t>(op);  // &&=, ||= or ??=
    c->a = expr(target);
    c->b = expr(ast::value(n), target->kind == Kind::Identifier ? name_of(target) : nullptr);
    return c;
  }
  AstOp base = op_info(op).base;
  if (!evaluated_binary(base)) return refuse(n, "this assignment operator is not modelled");
  c->sub = static_cast<std::uint8_t>(base);
  c->a = expr(target);
  c->b = expr(ast::value(n));
  return c;
}

Code* Compiler::pattern(const Node* n, bool init) {
  switch (n->kind) {
    case Kind::Identifier: {
      Code* c = identifier(n);
      if (init) c->flags |= cf::Init;
      return c;
    }
    case Kind::ArrayPattern: {
      Code* c = make(Op::PatArray, n);
      std::vector<Code*> items;
      for (const Node* e : n->list) {
        if (e->kind == Kind::Elision) {
          items.push_back(make(Op::Hole, e));
        } else if (e->kind == Kind::Rest) {
          Code* r = make(Op::PatRest, e);
          r->a = pattern(ast::target(e), init);
          items.push_back(r);
        } else {
          items.push_back(pattern(e, init));
        }
      }
      c->list = copy_list(items);
      c->n = static_cast<std::uint32_t>(items.size());
      return c;
    }
    case Kind::ObjectPattern: {
      Code* c = make(Op::PatObject, n);
      std::vector<Code*> items;
      for (const Node* e : n->list) {
        if (e->kind == Kind::Rest) {
          Code* r = make(Op::PatRest, e);
          r->a = pattern(ast::target(e), init);
          items.push_back(r);
          continue;
        }
        if (e->kind != Kind::Property) {
          items.push_back(refuse(e, "this pattern is not modelled"));
          continue;
        }
        Code* p = make(Op::PatProp, e);
        if (e->has(flag::Computed))
          p->a = expr(ast::key(e));
        else
          p->str = literal_key(ast::key(e));
        p->b = pattern(ast::value(e), init);
        items.push_back(p);
      }
      c->list = copy_list(items);
      c->n = static_cast<std::uint32_t>(items.size());
      return c;
    }
    case Kind::AssignPattern: {
      Code* c = make(Op::PatDefault, n);
      c->a = pattern(ast::target(n), init);
      c->b = expr(ast::fallback(n),
                  ast::target(n)->kind == Kind::Identifier ? name_of(ast::target(n)) : nullptr);
      return c;
    }
    case Kind::Rest: {
      Code* r = make(Op::PatRest, n);
      r->a = pattern(ast::target(n), init);
      return r;
    }
    default: return expr(n);
  }
}

}  // namespace desugar::sim
