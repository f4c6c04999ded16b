// The Object constructor and Object.prototype (#sec-object-objects).
#include "sim/builtins.h"

namespace desugar::sim {

namespace {

// #sec-topropertydescriptor
PropertyDescriptor to_property_descriptor(Interp& in, Value v) {
  if (!v.is_object())
    in.throw_type_error("Property description must be an object: " + in.to_std_string(v), false);
  Object* o = v.obj();
  PropertyDescriptor d;
  if (in.HasProperty(o, in.n.enumerable)) {
    d.has_enumerable = true;
    d.enumerable = in.ToBoolean(in.get(o, in.n.enumerable));
  }
  if (in.HasProperty(o, in.n.configurable)) {
    d.has_configurable = true;
    d.configurable = in.ToBoolean(in.get(o, in.n.configurable));
  }
  if (in.HasProperty(o, in.n.value)) {
    d.has_value = true;
    d.value = in.get(o, in.n.value);
  }
  if (in.HasProperty(o, in.n.writable)) {
    d.has_writable = true;
    d.writable = in.ToBoolean(in.get(o, in.n.writable));
  }
  if (in.HasProperty(o, in.n.get)) {
    d.has_get = true;
    d.get = in.get(o, in.n.get);
    if (!d.get.is_undefined() && !in.IsCallable(d.get))
      in.throw_type_error("Getter must be a function", false);
  }
  if (in.HasProperty(o, in.n.set)) {
    d.has_set = true;
    d.set = in.get(o, in.n.set);
    if (!d.set.is_undefined() && !in.IsCallable(d.set))
      in.throw_type_error("Setter must be a function", false);
  }
  if ((d.has_get || d.has_set) && (d.has_value || d.has_writable)) {
    in.throw_type_error(
        "Invalid property descriptor. Cannot both specify accessors and a value or writable "
        "attribute");
  }
  return d;
}

// #sec-frompropertydescriptor
Value from_property_descriptor(Interp& in, const PropertyDescriptor& d) {
  Object* o = in.new_object();
  if (d.has_value) o->add(in.n.value, d.value, attr::Default);
  if (d.has_writable) o->add(in.n.writable, Value::boolean(d.writable), attr::Default);
  if (d.has_get) o->add(in.n.get, d.get, attr::Default);
  if (d.has_set) o->add(in.n.set, d.set, attr::Default);
  o->add(in.n.enumerable, Value::boolean(d.enumerable), attr::Default);
  o->add(in.n.configurable, Value::boolean(d.configurable), attr::Default);
  return Value::object(o);
}

Value object_ctor(Interp& in, NativeFunction& self, NativeArgs& a) {
  if (!a.new_target.is_undefined() && a.new_target.obj() != &self) {
    return Value::object(
        in.new_object(in.GetPrototypeFromConstructor(a.new_target, in.r.object_proto)));
  }
  Value v = a.arg(0);
  if (v.is_nullish()) return Value::object(in.new_object());
  return Value::object(in.ToObject(v));
}

enum class KeysKind { Keys, Values, Entries };

Value enumerable_own(Interp& in, Value v, KeysKind kind) {
  Object* o = in.ToObject(v);
  ArrayObj* out = in.new_array(0);
  Value keep = Value::object(out);
  for (Key k : in.own_property_keys(o)) {
    if (k->cell_type == kCellSymbol) continue;
    PropertyDescriptor d;
    if (!in.get_own_property(o, k, d) || !d.enumerable) continue;
    if (kind == KeysKind::Keys) {
      out->elements.push_back(key_to_value(k));
      continue;
    }
    Value val = in.get(o, k);
    if (kind == KeysKind::Values) {
      out->elements.push_back(val);
    } else {
      ArrayObj* pair = in.new_array(0);
      pair->elements = {key_to_value(k), val};
      out->elements.push_back(Value::object(pair));
    }
  }
  return keep;
}

Value object_keys(Interp& in, NativeFunction&, NativeArgs& a) {
  return enumerable_own(in, a.arg(0), KeysKind::Keys);
}
Value object_values(Interp& in, NativeFunction&, NativeArgs& a) {
  return enumerable_own(in, a.arg(0), KeysKind::Values);
}
Value object_entries(Interp& in, NativeFunction&, NativeArgs& a) {
  return enumerable_own(in, a.arg(0), KeysKind::Entries);
}

Value object_assign(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* to = in.ToObject(a.arg(0));
  for (std::uint32_t i = 1; i < a.argc; ++i) {
    Value src = a.argv[i];
    if (src.is_nullish()) continue;
    Object* from = in.ToObject(src);
    for (Key k : in.own_property_keys(from)) {
      PropertyDescriptor d;
      if (in.get_own_property(from, k, d) && d.enumerable) {
        in.set_or_throw(to, k, in.get(from, k));
      }
    }
  }
  return Value::object(to);
}

// #sec-setintegritylevel
void set_integrity(Interp& in, Object* o, bool frozen) {
  o->ensure_props();
  o->extensible = false;
  if (o->cls == Class::Array) {
    auto* arr = static_cast<ArrayObj*>(o);
    if (frozen)
      arr->length_writable = false;
    else if (!arr->elements.empty())
      in.refuse("sealing a non-empty array is not modelled");
  }
  for (Prop& p : o->props) {
    p.attrs = static_cast<std::uint8_t>(p.attrs & ~attr::Configurable);
    if (frozen && !(p.attrs & attr::Accessor))
      p.attrs = static_cast<std::uint8_t>(p.attrs & ~attr::Writable);
  }
}

bool test_integrity(Interp&, Object* o, bool frozen) {
  o->ensure_props();
  if (o->extensible) return false;
  if (o->cls == Class::Array) {
    auto* arr = static_cast<ArrayObj*>(o);
    if (!arr->elements.empty() && arr->length_writable) return false;
    if (frozen && arr->length_writable) return false;
  }
  for (const Prop& p : o->props) {
    if (p.attrs & attr::Configurable) return false;
    if (frozen && !(p.attrs & attr::Accessor) && (p.attrs & attr::Writable)) return false;
  }
  return true;
}

Value object_freeze(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.arg(0).is_object()) set_integrity(in, a.arg(0).obj(), true);
  return a.arg(0);
}
Value object_seal(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.arg(0).is_object()) set_integrity(in, a.arg(0).obj(), false);
  return a.arg(0);
}
Value object_prevent_extensions(Interp&, NativeFunction&, NativeArgs& a) {
  if (a.arg(0).is_object()) a.arg(0).obj()->extensible = false;
  return a.arg(0);
}
Value object_is_frozen(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(!a.arg(0).is_object() || test_integrity(in, a.arg(0).obj(), true));
}
Value object_is_sealed(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(!a.arg(0).is_object() || test_integrity(in, a.arg(0).obj(), false));
}
Value object_is_extensible(Interp&, NativeFunction&, NativeArgs& a) {
  return Value::boolean(a.arg(0).is_object() && a.arg(0).obj()->extensible);
}

Value define_properties(Interp& in, Object* o, Value props) {
  Object* p = in.ToObject(props);
  std::vector<std::pair<Key, PropertyDescriptor>> descs;
  for (Key k : in.own_property_keys(p)) {
    PropertyDescriptor pd;
    if (in.get_own_property(p, k, pd) && pd.enumerable) {
      descs.emplace_back(k, to_property_descriptor(in, in.get(p, k)));
    }
  }
  for (auto& [k, d] : descs) in.DefinePropertyOrThrow(o, k, d);
  return Value::object(o);
}

Value object_create(Interp& in, NativeFunction&, NativeArgs& a) {
  Value proto = a.arg(0);
  if (!proto.is_object() && !proto.is_null()) {
    in.throw_type_error("Object prototype may only be an Object or null: " +
                        in.to_std_string(proto));
  }
  Object* o = in.heap.make<Object>(proto.is_null() ? nullptr : proto.obj());
  if (!a.arg(1).is_undefined()) define_properties(in, o, a.arg(1));
  return Value::object(o);
}

Value object_define_property(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.arg(0).is_object()) in.throw_type_error("Object.defineProperty called on non-object");
  Key k = in.ToPropertyKey(a.arg(1));
  PropertyDescriptor d = to_property_descriptor(in, a.arg(2));
  in.DefinePropertyOrThrow(a.arg(0).obj(), k, d);
  return a.arg(0);
}

Value object_define_properties(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.arg(0).is_object()) in.throw_type_error("Object.defineProperties called on non-object");
  return define_properties(in, a.arg(0).obj(), a.arg(1));
}

Value object_get_own_property_names(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.arg(0));
  ArrayObj* out = in.new_array(0);
  for (Key k : in.own_property_keys(o)) {
    if (k->cell_type != kCellSymbol) out->elements.push_back(key_to_value(k));
  }
  return Value::object(out);
}

Value object_get_own_property_symbols(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.arg(0));
  ArrayObj* out = in.new_array(0);
  for (Key k : in.own_property_keys(o)) {
    if (k->cell_type == kCellSymbol) out->elements.push_back(key_to_value(k));
  }
  return Value::object(out);
}

Value object_get_own_property_descriptor(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.arg(0));
  Key k = in.ToPropertyKey(a.arg(1));
  PropertyDescriptor d;
  if (!in.get_own_property(o, k, d)) return Value::undefined();
  return from_property_descriptor(in, d);
}

Value object_get_own_property_descriptors(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.arg(0));
  Object* out = in.new_object();
  for (Key k : in.own_property_keys(o)) {
    PropertyDescriptor d;
    if (in.get_own_property(o, k, d)) out->put(k, from_property_descriptor(in, d));
  }
  return Value::object(out);
}

Value object_get_prototype_of(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.arg(0));
  return o->proto ? Value::object(o->proto) : Value::null();
}

Value object_set_prototype_of(Interp& in, NativeFunction&, NativeArgs& a) {
  Value proto = a.arg(1);
  if (!proto.is_object() && !proto.is_null())
    in.throw_type_error("Object prototype may only be an Object or null: " +
                        in.to_std_string(proto));
  if (!a.arg(0).is_object()) return a.arg(0);
  if (!in.set_prototype_of(a.arg(0).obj(), proto.is_null() ? nullptr : proto.obj())) {
    in.throw_type_error("Cyclic __proto__ value", false);
  }
  return a.arg(0);
}

Value object_from_entries(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.new_object();
  Value keep = Value::object(o);
  for (Value entry : in.iterate_to_list(a.arg(0))) {
    if (!entry.is_object())
      in.throw_type_error("Iterator value " + in.to_std_string(entry) + " is not an entry object");
    Value k = in.get(entry.obj(), in.key_from_index(0));
    Value v = in.get(entry.obj(), in.key_from_index(1));
    in.CreateDataPropertyOrThrow(o, in.ToPropertyKey(k), v);
  }
  return keep;
}

Value object_is(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(in.SameValue(a.arg(0), a.arg(1)));
}

Value object_has_own(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.arg(0));
  return Value::boolean(in.HasOwnProperty(o, in.ToPropertyKey(a.arg(1))));
}

Value proto_has_own_property(Interp& in, NativeFunction&, NativeArgs& a) {
  Key k = in.ToPropertyKey(a.arg(0));
  Object* o = in.ToObject(a.this_value);
  return Value::boolean(in.HasOwnProperty(o, k));
}

Value proto_is_prototype_of(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.arg(0).is_object()) return Value::boolean(false);
  Object* o = in.ToObject(a.this_value);
  for (Object* p = a.arg(0).obj()->proto; p != nullptr; p = p->proto) {
    if (p == o) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value proto_property_is_enumerable(Interp& in, NativeFunction&, NativeArgs& a) {
  Key k = in.ToPropertyKey(a.arg(0));
  Object* o = in.ToObject(a.this_value);
  PropertyDescriptor d;
  return Value::boolean(in.get_own_property(o, k, d) && d.enumerable);
}

}  // namespace

// #sec-object.prototype.tostring
std::string object_to_string_tag(Interp& in, Value v) {
  if (v.is_undefined()) return "[object Undefined]";
  if (v.is_null()) return "[object Null]";
  Object* o = in.ToObject(v);
  std::string builtin = "Object";
  switch (o->cls) {
    case Class::Array: builtin = "Array"; break;
    case Class::Arguments: builtin = "Arguments"; break;
    case Class::Function: builtin = "Function"; break;
    case Class::Error: builtin = "Error"; break;
    case Class::Boolean: builtin = "Boolean"; break;
    case Class::Number: builtin = "Number"; break;
    case Class::String: builtin = "String"; break;
    case Class::Date: builtin = "Date"; break;
    default: break;
  }
  Value tag = in.get(o, in.r.sym_to_string_tag, v);
  if (tag.is_string()) builtin = tag.str()->data;
  return "[object " + builtin + "]";
}

namespace {

Value proto_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.string_value(object_to_string_tag(in, a.this_value));
}

Value proto_to_locale_string(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.Invoke(a.this_value, in.n.toString, {});
}

Value proto_value_of(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::object(in.ToObject(a.this_value));
}

Value proto_get_proto(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  return o->proto ? Value::object(o->proto) : Value::null();
}

Value proto_set_proto(Interp& in, NativeFunction&, NativeArgs& a) {
  Value proto = a.arg(0);
  if (!a.this_value.is_object() || (!proto.is_object() && !proto.is_null()))
    return Value::undefined();
  if (!in.set_prototype_of(a.this_value.obj(), proto.is_null() ? nullptr : proto.obj())) {
    in.throw_type_error("Cyclic __proto__ value");
  }
  return Value::undefined();
}

}  // namespace

void init_object_builtins(Interp& in) {
  Object* proto = in.r.object_proto;
  Object* ctor = make_constructor(in, "Object", 1, object_ctor, proto);
  in.r.object_ctor = ctor;
  in.add_method(ctor, "keys", 1, object_keys);
  in.add_method(ctor, "values", 1, object_values);
  in.add_method(ctor, "entries", 1, object_entries);
  in.add_method(ctor, "assign", 2, object_assign);
  in.add_method(ctor, "freeze", 1, object_freeze);
  in.add_method(ctor, "seal", 1, object_seal);
  in.add_method(ctor, "preventExtensions", 1, object_prevent_extensions);
  in.add_method(ctor, "isFrozen", 1, object_is_frozen);
  in.add_method(ctor, "isSealed", 1, object_is_sealed);
  in.add_method(ctor, "isExtensible", 1, object_is_extensible);
  in.add_method(ctor, "create", 2, object_create);
  in.add_method(ctor, "defineProperty", 3, object_define_property);
  in.add_method(ctor, "defineProperties", 2, object_define_properties);
  in.add_method(ctor, "getOwnPropertyNames", 1, object_get_own_property_names);
  in.add_method(ctor, "getOwnPropertySymbols", 1, object_get_own_property_symbols);
  in.add_method(ctor, "getOwnPropertyDescriptor", 2, object_get_own_property_descriptor);
  in.add_method(ctor, "getOwnPropertyDescriptors", 1, object_get_own_property_descriptors);
  in.add_method(ctor, "getPrototypeOf", 1, object_get_prototype_of);
  in.add_method(ctor, "setPrototypeOf", 2, object_set_prototype_of);
  in.add_method(ctor, "fromEntries", 1, object_from_entries);
  in.add_method(ctor, "is", 2, object_is);
  in.add_method(ctor, "hasOwn", 2, object_has_own);
  in.add_method(proto, "hasOwnProperty", 1, proto_has_own_property);
  in.add_method(proto, "isPrototypeOf", 1, proto_is_prototype_of);
  in.add_method(proto, "propertyIsEnumerable", 1, proto_property_is_enumerable);
  in.add_method(proto, "toString", 0, proto_to_string);
  in.add_method(proto, "toLocaleString", 0, proto_to_locale_string);
  in.add_method(proto, "valueOf", 0, proto_value_of);
  Prop& p = proto->add(in.intern("__proto__"),
                       Value::object(in.make_native("get __proto__", 0, proto_get_proto)),
                       attr::Configurable | attr::Accessor);
  p.setter = Value::object(in.make_native("set __proto__", 1, proto_set_proto));
}

}  // namespace desugar::sim
