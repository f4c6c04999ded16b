// Expression evaluation (#sec-ecmascript-language-expressions). Operands are evaluated left to
// right into native locals (never into heap containers), so an `await` or `yield` in a later
// operand suspends with the earlier ones on the coroutine's stack, where the collector finds them.
#include <cmath>

#include "sim/builtins.h"
#include "sim/eval_helpers.h"
#include "sim/interp.h"
#include "sim/strings.h"

namespace desugar::sim {

// Source text of a callee for V8-style messages ("obj.method is not a function"): exact for
// identifiers and dotted paths, otherwise marked uncertain.
bool simple_callee(const Code* c) {
  if (c->op == Op::Local || c->op == Op::Global || c->op == Op::This) return true;
  if (c->op == Op::Member && c->b == nullptr && !c->has(cf::Optional)) return simple_callee(c->a);
  return false;
}

void eval_arguments(Interp& in, const Code* c, Frame& f, ArgBuffer& args) {
  for (std::uint32_t i = 0; i < c->n; ++i) {
    const Code* a = c->list[i];
    if (a->op == Op::Spread) {
      Value it = in.eval(a->a, f);
      in.spread_into(it, [&](Value v) { args.push(in, v); });
    } else {
      Value v = in.eval(a, f);
      args.push(in, v);
    }
  }
}

Value& Interp::local(const Code* c, Frame& f) {
  Env* e = f.env;
  for (std::uint16_t h = c->hops; h > 0; --h) e = e->parent;
  return e->slots()[c->slot];
}

Value Interp::get_local(const Code* c, Frame& f) {
  Value v = local(c, f);
  if (v.is_empty()) {
    pos = c->pos;
    throw_error(ErrorType::ReferenceError,
                "Cannot access '" + c->str->data + "' before initialization");
  }
  return v;
}

void Interp::set_local(const Code* c, Frame& f, Value v, bool init) {
  Value& slot = local(c, f);
  if (init) {
    slot = v;
    return;
  }
  if (c->has(cf::Silent)) return;
  if (slot.is_empty()) {
    pos = c->pos;
    throw_error(ErrorType::ReferenceError,
                "Cannot access '" + c->str->data + "' before initialization");
  }
  if (c->has(cf::Const)) {
    pos = c->pos;
    throw_type_error("Assignment to constant variable.");
  }
  slot = v;
}

Value Interp::get_global(const Code* c) {
  Object* g = r.global;
  if (const Prop* p = g->find(c->str)) {
    if (p->attrs & attr::Accessor)
      return p->value.is_undefined() ? Value::undefined() : call(p->value, Value::object(g), {});
    return p->value;
  }
  if (HasProperty(g, c->str)) return get(g, c->str);
  pos = c->pos;
  if (unmodelled_globals.count(c->str) != 0) refuse("`" + c->str->data + "` is not modelled");
  throw_error(ErrorType::ReferenceError, c->str->data + " is not defined");
}

void Interp::set_global(const Code* c, Value v) {
  Object* g = r.global;
  if (Prop* p = g->find(c->str);
      p != nullptr && !(p->attrs & attr::Accessor) && (p->attrs & attr::Writable)) {
    p->value = v;
    return;
  }
  if (!HasProperty(g, c->str)) {
    pos = c->pos;
    if (unmodelled_globals.count(c->str) != 0) refuse("`" + c->str->data + "` is not modelled");
    if (c->has(cf::Strict))
      throw_error(ErrorType::ReferenceError, c->str->data + " is not defined");
  }
  put_value(Value::object(g), c->str, v, c->has(cf::Strict));
}

Value Interp::this_value_of(const Code* c, Frame& f) {
  Value v = local(c, f);
  if (v.is_empty()) {
    pos = c->pos;
    throw_error(ErrorType::ReferenceError,
                "Must call super constructor in derived class before accessing 'this' or "
                "returning from derived constructor");
  }
  return v;
}

// The object `super.x` looks up from: the home object's prototype (#sec-getsuperbase).
Value Interp::super_base(const Code* c, Frame& f) {
  Env* e = f.env;
  for (std::uint16_t h = c->hops; h > 0; --h) e = e->parent;
  Value fn = e->slots()[kSlotFunc];
  Object* home = fn.is_object() && fn.obj()->cls == Class::Function &&
                         static_cast<FunctionObj*>(fn.obj())->fkind == FnKind::User
                     ? static_cast<UserFunction*>(fn.obj())->home
                     : nullptr;
  if (home == nullptr) refuse("`super` outside a method is not modelled");
  Object* p = home->proto;
  return p ? Value::object(p) : Value::null();
}

Value super_this(Interp& in, const Code* c, Frame& f) {
  Env* e = f.env;
  for (std::uint16_t h = c->hops; h > 0; --h) e = e->parent;
  Value t = e->slots()[kSlotThis];
  if (t.is_empty()) {
    in.throw_error(ErrorType::ReferenceError,
                   "Must call super constructor in derived class before accessing 'this' or "
                   "returning from derived constructor");
  }
  return t;
}

void Interp::eval_args(const Code* c, Frame& f, std::vector<Value>& out) {
  for (std::uint32_t i = 0; i < c->n; ++i) {
    const Code* a = c->list[i];
    if (a->op == Op::Spread) {
      Value it = eval(a->a, f);
      for (Value v : iterate_to_list(it)) out.push_back(v);
    } else {
      out.push_back(eval(a, f));
    }
  }
}

// Evaluates a Member's object and key (for reads, calls and assignments).
Value Interp::eval_member_key(const Code* c, Frame& f, Value& base, Key& key) {
  base = eval(c->a, f);
  if (c->has(cf::Optional) && base.is_nullish()) throw ShortCircuit{};
  if (c->b == nullptr) {
    key = c->str;
  } else {
    Value k = eval(c->b, f);
    if (base.is_nullish()) {
      pos = c->pos;
      throw_nullish_access(base, k, false);
    }
    key = ToPropertyKey(k);
  }
  return base;
}
Key private_key(Interp& in, const Code* ref, Frame& f) {
  Value k = in.local(ref, f);
  return k.symbol_value();
}

Value private_get(Interp& in, Value base, Key key, const Code* c) {
  if (!base.is_object() || base.obj()->find(key) == nullptr) {
    in.pos = c->pos;
    in.throw_type_error("Cannot read private member " +
                        static_cast<Symbol*>(key)->description.str()->data +
                        " from an object whose class did not declare it");
  }
  const Prop* p = base.obj()->find(key);
  if (p->attrs & attr::Accessor) {
    if (p->value.is_undefined())
      in.throw_type_error("'" + static_cast<Symbol*>(key)->description.str()->data +
                          "' was defined without a getter");
    return in.call(p->value, base, {});
  }
  return p->value;
}

void private_set(Interp& in, Value base, Key key, Value v, const Code* c) {
  if (!base.is_object() || base.obj()->find(key) == nullptr) {
    in.pos = c->pos;
    in.throw_type_error("Cannot write private member " +
                        static_cast<Symbol*>(key)->description.str()->data +
                        " to an object whose class did not declare it");
  }
  Prop* p = base.obj()->find(key);
  if (p->attrs & attr::Accessor) {
    if (p->setter.is_undefined())
      in.throw_type_error("'" + static_cast<Symbol*>(key)->description.str()->data +
                          "' was defined without a setter");
    in.call(p->setter, base, {v});
    return;
  }
  if (!(p->attrs & attr::Writable)) in.throw_type_error("Private method is not writable");
  p->value = v;
}
Value Interp::eval_call(const Code* c, Frame& f) {
  const Code* callee = c->a;
  Value fv, this_v;
  switch (callee->op) {
    case Op::Member: {
      Value base;
      Key key = nullptr;
      eval_member_key(callee, f, base, key);
      if (base.is_nullish()) {
        pos = callee->pos;
        throw_nullish_access(base, key_to_value(key), false);
      }
      fv = GetV(base, key);
      this_v = base;
      break;
    }
    case Op::SuperMember: {
      Value base = super_base(callee, f);
      Key key = callee->b ? ToPropertyKey(eval(callee->b, f)) : callee->str;
      this_v = super_this(*this, callee, f);
      fv = base.is_object() ? get(base.obj(), key, this_v) : GetV(base, key);
      break;
    }
    case Op::Private: {
      Value base = eval(callee->a, f);
      if (callee->has(cf::Optional) && base.is_nullish()) throw ShortCircuit{};
      fv = private_get(*this, base, private_key(*this, callee->b, f), callee);
      this_v = base;
      break;
    }
    default: fv = eval(callee, f);
  }
  if (c->has(cf::Optional) && fv.is_nullish()) throw ShortCircuit{};
  ArgBuffer args;
  eval_arguments(*this, c, f, args);
  pos = c->pos;
  call_end = c->end;
  site = c->slot;
  if (!IsCallable(fv)) {
    std::string text(source.substr(callee->pos, callee->end - callee->pos));
    throw_type_error(text + " is not a function", simple_callee(callee));
  }
  return call(fv, this_v, args.data(), args.n);
}

Object* Interp::make_template_object(const Code* c) {
  auto it = template_cache.find(c);
  if (it != template_cache.end()) return it->second;
  const Code* t = c->b;
  ArrayObj* cooked = new_array(0);
  ArrayObj* raw = new_array(0);
  for (std::uint32_t i = 0; i < t->n; i += 2) {
    const Code* s = t->list[i];
    cooked->elements.push_back(s->op == Op::Str ? Value::string(s->str) : Value::undefined());
  }
  for (std::uint32_t i = 0; i < t->d->n; ++i)
    raw->elements.push_back(Value::string(t->d->list[i]->str));
  raw->extensible = false;
  raw->length_writable = false;
  cooked->add(n.raw, Value::object(raw), 0);
  cooked->extensible = false;
  cooked->length_writable = false;
  template_cache.emplace(c, cooked);
  return cooked;
}

Value Interp::eval(const Code* c, Frame& f) {
  check_stack_fast();
  switch (c->op) {
    case Op::Undefined: return Value::undefined();
    case Op::Null: return Value::null();
    case Op::Bool: return Value::boolean(c->sub != 0);
    case Op::Num: return Value::number(c->num);
    case Op::BigInt: return Value::bigint(c->big);
    case Op::Str: return Value::string(c->str);
    case Op::Local: return get_local(c, f);
    case Op::Global: return get_global(c);
    case Op::This: return this_value_of(c, f);
    case Op::NewTarget: return local(c, f);
    case Op::Template: {
      if (c->n == 1) return Value::string(c->list[0]->str);
      std::string out;
      for (std::uint32_t i = 0; i < c->n; ++i) {
        const Code* part = c->list[i];
        if (i % 2 == 0) {
          out += part->str->data;
        } else {
          Value v = eval(part, f);
          if (v.is_symbol()) throw_type_error("Cannot convert a Symbol value to a string");
          out += ToString(v)->data;
        }
        if (out.size() > kMaxStringBytes) refuse("strings longer than 256 MB are not modelled");
      }
      return string_value(std::move(out));
    }
    case Op::TaggedTemplate: {
      Value tag, this_v;
      if (c->a->op == Op::Member) {
        Value base;
        Key key = nullptr;
        eval_member_key(c->a, f, base, key);
        tag = GetV(base, key);
        this_v = base;
      } else if (c->a->op == Op::SuperMember) {
        // super.tag`…`: the Reference's this value is the function's this (#sec-evaluatecall).
        Value base = super_base(c->a, f);
        Key key = c->a->b ? ToPropertyKey(eval(c->a->b, f)) : c->a->str;
        this_v = super_this(*this, c->a, f);
        tag = base.is_object() ? get(base.obj(), key, this_v) : GetV(base, key);
      } else if (c->a->op == Op::Private) {
        Value base = eval(c->a->a, f);
        tag = private_get(*this, base, private_key(*this, c->a->b, f), c->a);
        this_v = base;
      } else {
        tag = eval(c->a, f);
      }
      ArgBuffer args;
      args.push(*this, Value::object(make_template_object(c)));
      for (std::uint32_t i = 1; i < c->b->n; i += 2) {
        Value v = eval(c->b->list[i], f);
        args.push(*this, v);
      }
      pos = c->pos;
      site = c->pos;
      return call(tag, this_v, args.data(), args.n);
    }
    case Op::Array: {
      ArrayObj* a = new_array(0);
      Value keep = Value::object(a);
      for (std::uint32_t i = 0; i < c->n; ++i) {
        const Code* e = c->list[i];
        if (e->op == Op::Hole) {
          a->elements.push_back(Value::empty());
        } else if (e->op == Op::Spread) {
          Value it = eval(e->a, f);
          spread_into(it, [&](Value v) { a->elements.push_back(v); });
        } else {
          Value v = eval(e, f);
          a->elements.push_back(v);
        }
      }
      return keep;
    }
    case Op::Object: return eval_object_literal(c, f);
    case Op::Function: return Value::object(make_closure(c->fn, f.env));
    case Op::Class: return ClassDefinitionEvaluation(c->cls, f, nullptr);
    case Op::Unary: {
      Value v = eval(c->a, f);
      switch (static_cast<AstOp>(c->sub)) {
        case AstOp::Neg:
          if (v.is_bigint()) {
            if (v.big() == INT64_MIN) refuse("BigInt values beyond 64 bits are not modelled");
            return Value::bigint(-v.big());
          }
          return Value::number(-ToNumber(v));
        case AstOp::Pos: return Value::number(ToNumber(v));
        case AstOp::Not: return Value::boolean(!ToBoolean(v));
        case AstOp::BitNot:
          if (v.is_bigint()) return Value::bigint(~v.big());
          return Value::number(~ToInt32(v));
        case AstOp::Void: return Value::undefined();
        default: break;  // the compiler emits Unary only for the five above
      }
      return Value::undefined();
    }
    case Op::Typeof: {
      if (c->a->op == Op::Global && !HasProperty(r.global, c->a->str)) {
        if (unmodelled_globals.count(c->a->str) != 0) {
          pos = c->a->pos;
          refuse("`" + c->a->str->data + "` is not modelled");
        }
        return Value::string(n.undefined);
      }
      return Value::string(typeof_string(eval(c->a, f)));
    }
    case Op::Delete: {
      const Code* t = c->a;
      if (t->op == Op::Member) {
        Value base;
        Key key = nullptr;
        eval_member_key(t, f, base, key);
        Object* o = ToObject(base);
        bool ok = delete_property(o, key);
        if (!ok && c->has(cf::Strict)) throw_type_error("Cannot delete property", false);
        return Value::boolean(ok);
      }
      if (t->op == Op::SuperMember) {
        // #sec-delete-operator-runtime-semantics-evaluation step 5.b: the reference is evaluated
        // (this binding, key expression; V8 converts no key), then a ReferenceError.
        super_this(*this, t, f);
        if (t->b != nullptr) eval(t->b, f);
        pos = c->pos;
        throw_error(ErrorType::ReferenceError, "Unsupported reference to 'super'");
      }
      if (t->op == Op::Global) return Value::boolean(delete_property(r.global, t->str));
      if (t->op == Op::Local) return Value::boolean(false);
      eval(t, f);
      return Value::boolean(true);
    }
    case Op::Update: return eval_update(c, f);
    case Op::Binary: {
      Value a = eval(c->a, f);
      Value b = eval(c->b, f);
      if (a.is_number() && b.is_number()) {
        double x = a.num(), y = b.num();
        switch (static_cast<AstOp>(c->sub)) {
          case AstOp::Add: return Value::number(x + y);
          case AstOp::Sub: return Value::number(x - y);
          case AstOp::Mul: return Value::number(x * y);
          case AstOp::Lt: return Value::boolean(x < y);
          case AstOp::Gt: return Value::boolean(x > y);
          case AstOp::Le: return Value::boolean(x <= y);
          case AstOp::Ge: return Value::boolean(x >= y);
          case AstOp::StrictEq:
          case AstOp::Eq: return Value::boolean(x == y);
          case AstOp::StrictNe:
          case AstOp::Ne: return Value::boolean(x != y);
          default: break;
        }
      }
      pos = c->pos;
      return binary_op(static_cast<AstOp>(c->sub), a, b);
    }
    case Op::Logical: {
      Value a = eval(c->a, f);
      switch (c->sub) {
        case 0: return ToBoolean(a) ? eval(c->b, f) : a;
        case 1: return ToBoolean(a) ? a : eval(c->b, f);
        default: return a.is_nullish() ? eval(c->b, f) : a;
      }
    }
    case Op::Assign: return eval_assign(c, f);
    case Op::Conditional: return ToBoolean(eval(c->a, f)) ? eval(c->b, f) : eval(c->c, f);
    case Op::Call: return eval_call(c, f);
    case Op::SuperCall: return eval_super_call(c, f);
    case Op::New: {
      Value callee = eval(c->a, f);
      ArgBuffer args;
      eval_arguments(*this, c, f, args);
      pos = c->pos;
      site = c->pos;
      if (!IsConstructor(callee)) {
        std::string text(source.substr(c->a->pos, c->a->end - c->a->pos));
        throw_type_error(text + " is not a constructor", simple_callee(c->a));
      }
      return construct(callee, args.data(), args.n, callee);
    }
    case Op::Member: {
      Value base;
      Key key = nullptr;
      if (c->b != nullptr) {
        base = eval(c->a, f);
        if (c->has(cf::Optional) && base.is_nullish()) throw ShortCircuit{};
        Value k = eval(c->b, f);
        if (base.is_object() && base.obj()->cls == Class::Array && k.is_number()) {
          double d = k.num();
          auto* arr = static_cast<ArrayObj*>(base.obj());
          if (d >= 0 && d < static_cast<double>(arr->elements.size()) && d == std::floor(d)) {
            Value v = arr->elements[static_cast<std::size_t>(d)];
            if (!v.is_empty()) return v;
          }
        }
        if (base.is_nullish()) {
          pos = c->pos;
          throw_nullish_access(base, k, false);
        }
        key = ToPropertyKey(k);
      } else {
        base = eval(c->a, f);
        if (c->has(cf::Optional) && base.is_nullish()) throw ShortCircuit{};
        key = c->str;
      }
      if (base.is_nullish()) {
        pos = c->pos;
        throw_nullish_access(base, key_to_value(key), false);
      }
      pos = c->pos;
      return GetV(base, key);
    }
    case Op::SuperMember: {
      Value base = super_base(c, f);
      Key key = c->b ? ToPropertyKey(eval(c->b, f)) : c->str;
      Value t = super_this(*this, c, f);
      if (!base.is_object()) throw_type_error("Cannot read properties of null", false);
      return get(base.obj(), key, t);
    }
    case Op::Private: {
      Value base = eval(c->a, f);
      if (c->has(cf::Optional) && base.is_nullish()) throw ShortCircuit{};
      return private_get(*this, base, private_key(*this, c->b, f), c);
    }
    case Op::PrivateIn: {
      Value o = eval(c->b, f);
      if (!o.is_object())
        throw_type_error("Cannot use 'in' operator to search for '#" + c->a->str->data + "' in " +
                             to_std_string(o),
                         false);
      return Value::boolean(o.obj()->find(private_key(*this, c->a, f)) != nullptr);
    }
    case Op::Chain: {
      try {
        return eval(c->a, f);
      } catch (const ShortCircuit&) {
        return Value::undefined();
      }
    }
    case Op::Sequence: {
      Value v;
      for (std::uint32_t i = 0; i < c->n; ++i) v = eval(c->list[i], f);
      return v;
    }
    case Op::Yield:
      if (c->has(cf::Delegate)) return yield_delegate(eval(c->a, f), f);
      return Yield(c->a ? eval(c->a, f) : Value::undefined(), f);
    case Op::Await: {
      Value v = eval(c->a, f);
      pos = c->pos;
      site = c->pos;
      return Await(v, f);
    }
    case Op::Refuse: refuse_at(c->pos, c->str->data);
    case Op::Regex: refuse_at(c->pos, "regular expressions are not modelled");
    case Op::Spread:
    case Op::Hole: return Value::undefined();
    default: refuse_at(c->pos, "this expression is not modelled");
  }
}

}  // namespace desugar::sim
