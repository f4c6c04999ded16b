// Assignment, compound assignment and update expressions
// (#sec-assignment-operators-runtime-semantics-evaluation, #sec-postfix-increment-operator).
#include <cmath>

#include "sim/builtins.h"
#include "sim/eval_helpers.h"

namespace desugar::sim {

Value Interp::eval_update(const Code* c, Frame& f) {
  const Code* t = c->a;
  double delta = c->sub == 0 ? 1 : -1;
  bool prefix = c->has(cf::Prefix);
  auto compute = [&](Value old, Value& result) {
    Value num = old.is_object() ? ToPrimitive(old, 1) : old;
    if (num.is_bigint()) {
      result = binary_op(delta > 0 ? AstOp::Add : AstOp::Sub, num, Value::bigint(1));
      return num;
    }
    double o = ToNumber(num);
    result = Value::number(o + delta);
    return Value::number(o);
  };
  Value result, old;
  switch (t->op) {
    case Op::Local: {
      old = compute(get_local(t, f), result);
      set_local(t, f, result, false);
      break;
    }
    case Op::Global: {
      old = compute(get_global(t), result);
      set_global(t, result);
      break;
    }
    case Op::Member: {
      Value base;
      Key key = nullptr;
      eval_member_key(t, f, base, key);
      pos = t->pos;
      old = compute(GetV(base, key), result);
      put_value(base, key, result, t->has(cf::Strict) || f.code == nullptr || f.code->strict);
      break;
    }
    case Op::Private: {
      Value base = eval(t->a, f);
      Key key = private_key(*this, t->b, f);
      old = compute(private_get(*this, base, key, t), result);
      private_set(*this, base, key, result, t);
      break;
    }
    case Op::SuperMember: {
      Value base = super_base(t, f);
      Key key = t->b ? ToPropertyKey(eval(t->b, f)) : t->str;
      Value th = super_this(*this, t, f);
      old = compute(get(base.obj(), key, th), result);
      set(base.obj(), key, result, th);
      break;
    }
    default: refuse_at(t->pos, "this update target is not modelled");
  }
  return prefix ? result : old;
}

Value Interp::eval_assign(const Code* c, Frame& f) {
  auto op = static_cast<AstOp>(c->sub);
  const Code* t = c->a;
  bool strict = f.code == nullptr || f.code->strict;
  if (op == AstOp::Assign) {
    switch (t->op) {
      case Op::Local: {
        Value v = eval(c->b, f);
        set_local(t, f, v, false);
        return v;
      }
      case Op::Global: {
        Value v = eval(c->b, f);
        set_global(t, v);
        return v;
      }
      case Op::Member: {
        // lref = (base, key value); rval; then PutValue, which converts the key and the base
        // (#sec-putvalue: ToPropertyKey happens after the right side is evaluated).
        Value base = eval(t->a, f);
        Value k = t->b != nullptr ? eval(t->b, f) : Value::string(t->str);
        Value v = eval(c->b, f);
        if (base.is_object() && base.obj()->cls == Class::Array && k.is_number()) {
          auto* arr = static_cast<ArrayObj*>(base.obj());
          double d = k.num();
          if (d >= 0 && d < static_cast<double>(arr->elements.size()) && d == std::floor(d) &&
              arr->extensible) {
            arr->elements[static_cast<std::size_t>(d)] = v;
            return v;
          }
        }
        pos = c->pos;
        if (base.is_nullish()) {
          Key key = ToPropertyKey(k);
          throw_nullish_access(base, key_to_value(key), true);
        }
        put_value(base, ToPropertyKey(k), v, strict);
        return v;
      }
      case Op::Private: {
        Value base = eval(t->a, f);
        Key key = private_key(*this, t->b, f);
        Value v = eval(c->b, f);
        private_set(*this, base, key, v, t);
        return v;
      }
      case Op::SuperMember: {
        Value base = super_base(t, f);
        Key key = t->b ? ToPropertyKey(eval(t->b, f)) : t->str;
        Value th = super_this(*this, t, f);
        Value v = eval(c->b, f);
        if (!set(base.obj(), key, v, th) && strict)
          throw_type_error("Cannot assign to read only property", false);
        return v;
      }
      case Op::PatArray:
      case Op::PatObject: {
        Value v = eval(c->b, f);
        bind_pattern(t, v, f, false);
        return v;
      }
      default: refuse_at(t->pos, "this assignment target is not modelled");
    }
  }
  // Compound and logical assignment: read, combine, write back.
  bool logical =
      op == AstOp::LogicalAndAssign || op == AstOp::LogicalOrAssign || op == AstOp::NullishAssign;
  auto combine = [&](Value old, bool& skip) -> Value {
    if (logical) {
      bool keep = op == AstOp::LogicalAndAssign  ? !ToBoolean(old)
                  : op == AstOp::LogicalOrAssign ? ToBoolean(old)
                                                 : !old.is_nullish();
      if (keep) {
        skip = true;
        return old;
      }
      return eval(c->b, f);
    }
    Value rhs = eval(c->b, f);
    pos = c->pos;
    if (old.is_number() && rhs.is_number() && op == AstOp::Add)
      return Value::number(old.num() + rhs.num());
    return binary_op(op, old, rhs);
  };
  bool skip = false;
  switch (t->op) {
    case Op::Local: {
      Value v = combine(get_local(t, f), skip);
      if (!skip) set_local(t, f, v, false);
      return v;
    }
    case Op::Global: {
      Value v = combine(get_global(t), skip);
      if (!skip) set_global(t, v);
      return v;
    }
    case Op::Member: {
      Value base;
      Key key = nullptr;
      eval_member_key(t, f, base, key);
      pos = t->pos;
      Value v = combine(GetV(base, key), skip);
      if (!skip) put_value(base, key, v, strict);
      return v;
    }
    case Op::Private: {
      Value base = eval(t->a, f);
      Key key = private_key(*this, t->b, f);
      Value v = combine(private_get(*this, base, key, t), skip);
      if (!skip) private_set(*this, base, key, v, t);
      return v;
    }
    case Op::SuperMember: {
      Value base = super_base(t, f);
      Key key = t->b ? ToPropertyKey(eval(t->b, f)) : t->str;
      Value th = super_this(*this, t, f);
      Value v = combine(get(base.obj(), key, th), skip);
      if (!skip) set(base.obj(), key, v, th);
      return v;
    }
    default: refuse_at(t->pos, "this assignment target is not modelled");
  }
}

}  // namespace desugar::sim
