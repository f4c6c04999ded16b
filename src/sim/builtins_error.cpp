// Error objects (#sec-error-objects) and Symbol (#sec-symbol-objects).
#include "sim/builtins.h"

namespace desugar::sim {

namespace {

const char* const kErrorNames[] = {"Error",       "TypeError", "RangeError", "ReferenceError",
                                   "SyntaxError", "EvalError", "URIError",   "AggregateError"};

// #sec-installerrorcause
void install_error_cause(Interp& in, Object* o, Value options) {
  if (options.is_object() && in.HasProperty(options.obj(), in.n.cause)) {
    o->put(in.n.cause, in.get(options.obj(), in.n.cause), attr::Hidden);
  }
}

Value error_ctor_impl(Interp& in, NativeFunction& self, NativeArgs& a, int type) {
  Value nt = a.new_target.is_undefined() ? Value::object(&self) : a.new_target;
  Object* proto = in.GetPrototypeFromConstructor(nt, in.r.error_protos[type]);
  auto* e = in.heap.make<ErrorObj>(proto);
  e->pos = in.pos;
  Value keep = Value::object(e);
  std::uint32_t msg_index = type == static_cast<int>(ErrorType::AggregateError) ? 1 : 0;
  Value msg = a.arg(msg_index);
  if (!msg.is_undefined()) e->put(in.n.message, Value::string(in.ToString(msg)), attr::Hidden);
  install_error_cause(in, e, a.arg(msg_index + 1));
  if (type == static_cast<int>(ErrorType::AggregateError)) {
    std::vector<Value> errors = in.iterate_to_list(a.arg(0));
    e->put(in.n.errors, in.CreateArrayFromList(errors), attr::Hidden);
  }
  return keep;
}

template <int T>
Value error_ctor(Interp& in, NativeFunction& self, NativeArgs& a) {
  return error_ctor_impl(in, self, a, T);
}

// #sec-error.prototype.tostring
Value error_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.this_value.is_object())
    in.throw_type_error("Error.prototype.toString requires that 'this' be an Object", false);
  Object* o = a.this_value.obj();
  Value name = in.get(o, in.n.name);
  std::string n = name.is_undefined() ? "Error" : in.to_std_string(name);
  Value msg = in.get(o, in.n.message);
  std::string m = msg.is_undefined() ? "" : in.to_std_string(msg);
  if (n.empty()) return in.string_value(m);
  if (m.empty()) return in.string_value(n);
  return in.string_value(n + ": " + m);
}

Value error_capture_stack_trace(Interp&, NativeFunction&, NativeArgs&) {
  return Value::undefined();
}

// ---- Symbol

Value symbol_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.new_target.is_undefined()) in.throw_type_error("Symbol is not a constructor");
  Value d = a.arg(0);
  Value desc = d.is_undefined() ? Value::undefined() : Value::string(in.ToString(d));
  return Value::symbol(in.new_symbol(desc));
}

Value symbol_for(Interp& in, NativeFunction&, NativeArgs& a) {
  Str* key = in.intern(in.ToString(a.arg(0)));
  auto it = in.symbol_registry.find(key);
  if (it != in.symbol_registry.end()) return Value::symbol(it->second);
  Symbol* s = in.new_symbol(Value::string(key));
  s->registered = true;
  s->gc_pinned = true;
  in.symbol_registry[key] = s;
  return Value::symbol(s);
}

Value symbol_key_for(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.arg(0).is_symbol())
    in.throw_type_error(in.to_std_string(a.arg(0)) + " is not a symbol", false);
  Symbol* s = a.arg(0).symbol_value();
  return s->registered ? s->description : Value::undefined();
}

Symbol* this_symbol(Interp& in, Value v) {
  if (v.is_symbol()) return v.symbol_value();
  if (v.is_object() && v.obj()->cls == Class::Symbol)
    return static_cast<PrimitiveObj*>(v.obj())->value.symbol_value();
  in.throw_type_error("Symbol.prototype method called on incompatible receiver", false);
}

Value symbol_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  Symbol* s = this_symbol(in, a.this_value);
  return in.string_value(
      "Symbol(" + (s->description.is_undefined() ? std::string() : s->description.str()->data) +
      ")");
}

Value symbol_value_of(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::symbol(this_symbol(in, a.this_value));
}

Value symbol_description(Interp& in, NativeFunction&, NativeArgs& a) {
  return this_symbol(in, a.this_value)->description;
}

}  // namespace

void init_error_builtins(Interp& in) {
  using Ctor = Value (*)(Interp&, NativeFunction&, NativeArgs&);
  Ctor ctors[] = {error_ctor<0>, error_ctor<1>, error_ctor<2>, error_ctor<3>,
                  error_ctor<4>, error_ctor<5>, error_ctor<6>, error_ctor<7>};
  for (int i = 0; i < 8; ++i) {
    Object* proto = in.new_object(i == 0 ? in.r.object_proto : in.r.error_protos[0]);
    in.r.error_protos[i] = proto;
    Object* ctor = make_constructor(in, kErrorNames[i], i == 7 ? 2 : 1, ctors[i], proto);
    if (i != 0) ctor->proto = in.r.error_ctors[0];
    in.r.error_ctors[i] = ctor;
    proto->put(in.n.name, in.atom_value(kErrorNames[i]), attr::Hidden);
    proto->put(in.n.message, Value::string(in.n.empty), attr::Hidden);
  }
  in.r.error_proto = in.r.error_protos[0];
  in.add_method(in.r.error_proto, "toString", 0, error_to_string);
  in.add_method(in.r.error_ctors[0], "captureStackTrace", 2, error_capture_stack_trace);
  in.r.error_ctors[0]->put(in.intern("stackTraceLimit"), Value::number(10));
}

void init_symbol_builtins(Interp& in) {
  Object* proto = in.new_object();
  in.r.symbol_proto = proto;
  Object* ctor = make_constructor(in, "Symbol", 0, symbol_ctor, proto);
  static_cast<NativeFunction*>(ctor)->is_constructor = false;
  in.add_method(ctor, "for", 1, symbol_for);
  in.add_method(ctor, "keyFor", 1, symbol_key_for);
  struct {
    const char* name;
    Symbol* sym;
  } known[] = {{"iterator", in.r.sym_iterator},
               {"asyncIterator", in.r.sym_async_iterator},
               {"species", in.r.sym_species},
               {"toStringTag", in.r.sym_to_string_tag},
               {"hasInstance", in.r.sym_has_instance},
               {"toPrimitive", in.r.sym_to_primitive},
               {"isConcatSpreadable", in.r.sym_is_concat_spreadable},
               {"unscopables", in.r.sym_unscopables},
               {"match", in.r.sym_match}};
  for (auto& k : known) ctor->put(in.intern(k.name), Value::symbol(k.sym), 0);
  in.add_method(proto, "toString", 0, symbol_to_string);
  in.add_method(proto, "valueOf", 0, symbol_value_of);
  in.add_getter(proto, in.intern("description"), "description", symbol_description);
  proto->put(in.r.sym_to_string_tag, in.atom_value("Symbol"), attr::Configurable);
  in.add_method(proto, in.r.sym_to_primitive, "[Symbol.toPrimitive]", 1, symbol_value_of);
}

}  // namespace desugar::sim
