// super(...) calls (#sec-super-keyword-runtime-semantics-evaluation) and object literals
// (#sec-object-initializer-runtime-semantics-evaluation), with CopyDataProperties.
#include "sim/eval_helpers.h"

namespace desugar::sim {

Value Interp::eval_super_call(const Code* c, Frame& f) {
  Env* e = f.env;
  for (std::uint16_t h = c->hops; h > 0; --h) e = e->parent;
  Value fn = e->slots()[kSlotFunc];
  Value new_target = e->slots()[kSlotNewTarget];
  auto* func = static_cast<UserFunction*>(fn.obj());
  Object* parent = func->proto;
  ArgBuffer args;
  eval_arguments(*this, c, f, args);
  pos = c->pos;
  if (parent == nullptr || !IsConstructor(Value::object(parent))) {
    throw_type_error("Super constructor is not a constructor", false);
  }
  Value result = construct(Value::object(parent), args.data(), args.n, new_target);
  // Find the constructor's env again (the frame's env chain is unchanged).
  e = f.env;
  for (std::uint16_t h = c->hops; h > 0; --h) e = e->parent;
  if (!e->slots()[kSlotThis].is_empty()) {
    throw_error(ErrorType::ReferenceError, "Super constructor may only be called once");
  }
  e->slots()[kSlotThis] = result;
  InitializeInstanceElements(result.obj(), func);
  return result;
}

Value Interp::eval_object_literal(const Code* c, Frame& f) {
  Object* o = new_object();
  Value keep = Value::object(o);
  for (std::uint32_t i = 0; i < c->n; ++i) {
    const Code* p = c->list[i];
    if (p->op == Op::Refuse) refuse_at(p->pos, p->str->data);
    auto kind = static_cast<PropKind>(p->sub);
    if (kind == PropKind::Spread) {
      Value src = eval(p->b, f);
      CopyDataProperties(o, src, {});
      continue;
    }
    if (kind == PropKind::Proto) {
      Value v = eval(p->b, f);
      if (v.is_object())
        o->proto = v.obj();
      else if (v.is_null())
        o->proto = nullptr;
      continue;
    }
    Key key = p->str;
    Value key_value;
    if (p->a != nullptr) {
      key_value = eval(p->a, f);
      key = ToPropertyKey(key_value);
    }
    auto key_as_value = [&]() -> Value {
      if (key->cell_type == kCellSymbol) return Value::symbol(static_cast<Symbol*>(key));
      return Value::string(static_cast<Str*>(key));
    };
    switch (kind) {
      case PropKind::Init: {
        Value v = eval(p->b, f);
        if (p->has(cf::Computed) && v.is_object()) SetFunctionName(v.obj(), key_as_value());
        CreateDataProperty(o, key, v);
        break;
      }
      case PropKind::Method: {
        UserFunction* m = make_closure(p->b->fn, f.env, o);
        SetFunctionName(m, key_as_value());
        define_own_property(o, key, PropertyDescriptor::data(Value::object(m), attr::Default));
        break;
      }
      case PropKind::Getter:
      case PropKind::Setter: {
        UserFunction* m = make_closure(p->b->fn, f.env, o);
        SetFunctionName(m, key_as_value(), kind == PropKind::Getter ? "get" : "set");
        PropertyDescriptor d;
        if (kind == PropKind::Getter) {
          d.get = Value::object(m);
          d.has_get = true;
        } else {
          d.set = Value::object(m);
          d.has_set = true;
        }
        d.has_enumerable = d.enumerable = true;
        d.has_configurable = d.configurable = true;
        define_own_property(o, key, d);
        break;
      }
      default: break;
    }
  }
  return keep;
}

// #sec-copydataproperties
void Interp::CopyDataProperties(Object* target, Value source, const std::vector<Key>& excluded) {
  if (source.is_nullish()) return;
  Object* from = ToObject(source);
  for (Key k : own_property_keys(from)) {
    bool skip = false;
    for (Key e : excluded) {
      if (e == k) skip = true;
    }
    if (skip) continue;
    PropertyDescriptor d;
    if (get_own_property(from, k, d) && d.enumerable) {
      Value v = get(from, k, Value::object(from));
      CreateDataPropertyOrThrow(target, k, v);
    }
  }
}

}  // namespace desugar::sim