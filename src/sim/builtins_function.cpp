// The Function constructor and Function.prototype (#sec-function-objects), and
// Reflect (#sec-reflect-object).
#include <cmath>

#include "sim/builtins.h"

namespace desugar::sim {

namespace {

Value function_ctor(Interp& in, NativeFunction&, NativeArgs&) {
  in.refuse("`Function` constructor (code from strings) is not modelled");
}

Value fn_call(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsCallable(a.this_value))
    in.throw_type_error("Function.prototype.call called on non-function", false);
  return in.call(a.this_value, a.arg(0), a.argc > 1 ? a.argv + 1 : nullptr,
                 a.argc > 1 ? a.argc - 1 : 0);
}

Value fn_apply(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsCallable(a.this_value))
    in.throw_type_error("Function.prototype.apply was called on " +
                            in.to_std_string(in.typeof_string(a.this_value)) +
                            ", which is not a function",
                        false);
  Value list = a.arg(1);
  if (list.is_nullish()) return in.call(a.this_value, a.arg(0), nullptr, 0);
  std::vector<Value> args = in.CreateListFromArrayLike(list);
  return in.call(a.this_value, a.arg(0), args);
}

Value fn_bind(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsCallable(a.this_value)) in.throw_type_error("Bind must be called on a function");
  Object* target = a.this_value.obj();
  auto* b = in.heap.make<BoundFunction>(target->proto, target);
  b->bound_this = a.arg(0);
  for (std::uint32_t i = 1; i < a.argc; ++i) b->bound_args.push_back(a.argv[i]);
  b->is_constructor = in.IsConstructor(a.this_value);
  double len = 0;
  if (in.HasOwnProperty(target, in.n.length)) {
    Value l = in.get(target, in.n.length);
    if (l.is_number()) {
      double d = l.num();
      if (d == INFINITY)
        len = INFINITY;
      else if (d != -INFINITY)
        len = std::max(0.0, in.ToIntegerOrInfinity(l) - static_cast<double>(b->bound_args.size()));
    }
  }
  b->add(in.n.length, Value::number(len), attr::Configurable);
  Value name = in.get(target, in.n.name);
  std::string nm = name.is_string() ? name.str()->data : "";
  b->add(in.n.name, in.string_value("bound " + nm), attr::Configurable);
  return Value::object(b);
}

Value fn_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsCallable(a.this_value))
    in.throw_type_error("Function.prototype.toString requires that 'this' be a Function");
  auto* f = static_cast<FunctionObj*>(a.this_value.obj());
  if (f->fkind == FnKind::User) {
    auto* u = static_cast<UserFunction*>(f);
    std::uint32_t b = u->code->begin, e = u->code->end;
    if (u->class_code != nullptr) {
      b = u->class_code->begin;
      e = u->class_code->end;
    }
    return in.string_value(std::string(in.source.substr(b, e - b)));
  }
  Value name = in.get(f, in.n.name);
  std::string nm = f->fkind == FnKind::Bound ? "" : (name.is_string() ? name.str()->data : "");
  return in.string_value("function " + nm + "() { [native code] }");
}

Value fn_has_instance(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(in.OrdinaryHasInstance(a.this_value, a.arg(0)));
}

// ---- Reflect

Value reflect_apply(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsCallable(a.arg(0)))
    in.throw_type_error("Function.prototype.apply was called on a non-function", false);
  std::vector<Value> args = in.CreateListFromArrayLike(a.arg(2));
  return in.call(a.arg(0), a.arg(1), args);
}

Value reflect_construct(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsConstructor(a.arg(0)))
    in.throw_type_error(in.to_std_string(in.typeof_string(a.arg(0))) + " is not a constructor",
                        false);
  Value nt = a.argc > 2 ? a.arg(2) : a.arg(0);
  if (!in.IsConstructor(nt)) in.throw_type_error("newTarget is not a constructor", false);
  std::vector<Value> args = in.CreateListFromArrayLike(a.arg(1));
  return in.construct(a.arg(0), args.data(), static_cast<std::uint32_t>(args.size()), nt);
}

Object* reflect_target(Interp& in, Value v) {
  if (!v.is_object()) in.throw_type_error("Reflect method called on non-object", false);
  return v.obj();
}

Value reflect_get(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  Value receiver = a.argc > 2 ? a.arg(2) : a.arg(0);
  return in.get(o, in.ToPropertyKey(a.arg(1)), receiver);
}

Value reflect_set(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  Value receiver = a.argc > 3 ? a.arg(3) : a.arg(0);
  return Value::boolean(in.set(o, in.ToPropertyKey(a.arg(1)), a.arg(2), receiver));
}

Value reflect_has(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  return Value::boolean(in.HasProperty(o, in.ToPropertyKey(a.arg(1))));
}

Value reflect_own_keys(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  ArrayObj* out = in.new_array(0);
  for (Key k : in.own_property_keys(o)) out->elements.push_back(key_to_value(k));
  return Value::object(out);
}

Value reflect_get_prototype_of(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  return o->proto ? Value::object(o->proto) : Value::null();
}

Value reflect_set_prototype_of(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  Value p = a.arg(1);
  if (!p.is_object() && !p.is_null())
    in.throw_type_error("Object prototype may only be an Object or null");
  return Value::boolean(in.set_prototype_of(o, p.is_null() ? nullptr : p.obj()));
}

Value reflect_delete_property(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  return Value::boolean(in.delete_property(o, in.ToPropertyKey(a.arg(1))));
}

Value reflect_define_property(Interp& in, NativeFunction& self, NativeArgs& a) {
  Object* o = reflect_target(in, a.arg(0));
  (void)self;
  Value define = in.get(in.r.object_ctor, in.intern("defineProperty"));
  bool threw = false;
  try {
    in.call(define, Value::undefined(), {Value::object(o), a.arg(1), a.arg(2)});
  } catch (const Throw&) {
    threw = true;
  }
  return Value::boolean(!threw);
}

}  // namespace

void init_function_builtins(Interp& in) {
  Object* proto = in.r.function_proto;
  Object* ctor = make_constructor(in, "Function", 1, function_ctor, proto);
  in.r.function_ctor = ctor;
  in.add_method(proto, "call", 1, fn_call);
  in.add_method(proto, "apply", 2, fn_apply);
  in.add_method(proto, "bind", 1, fn_bind);
  in.add_method(proto, "toString", 0, fn_to_string);
  NativeFunction* hi = in.make_native("[Symbol.hasInstance]", 1, fn_has_instance);
  proto->put(in.r.sym_has_instance, Value::object(hi), 0);
}

void init_reflect_builtins(Interp& in) {
  Object* reflect = in.new_object();
  in.r.global->put(in.intern("Reflect"), Value::object(reflect), attr::Hidden);
  reflect->put(in.r.sym_to_string_tag, in.atom_value("Reflect"), attr::Configurable);
  in.add_method(reflect, "apply", 3, reflect_apply);
  in.add_method(reflect, "construct", 2, reflect_construct);
  in.add_method(reflect, "get", 2, reflect_get);
  in.add_method(reflect, "set", 3, reflect_set);
  in.add_method(reflect, "has", 2, reflect_has);
  in.add_method(reflect, "ownKeys", 1, reflect_own_keys);
  in.add_method(reflect, "getPrototypeOf", 1, reflect_get_prototype_of);
  in.add_method(reflect, "setPrototypeOf", 2, reflect_set_prototype_of);
  in.add_method(reflect, "deleteProperty", 2, reflect_delete_property);
  in.add_method(reflect, "defineProperty", 3, reflect_define_property);
}

}  // namespace desugar::sim
