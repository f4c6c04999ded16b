// Map, Set, WeakMap and WeakSet (#sec-keyed-collections). Entries keep insertion order with
// deletion markers, so iteration during mutation behaves as the spec requires.
// SPEC-DEVIATION: WeakMap/WeakSet hold their keys strongly (unobservable without GC hooks).
#include <cmath>
#include <cstring>

#include "sim/builtins.h"

namespace desugar::sim {

Object* make_map_iterator(Interp& in, Value target, int kind);
Object* make_set_iterator(Interp& in, Value target, int kind);

std::string MapObj::key_of(Value key) {
  char buf[32];
  switch (key.tag) {
    case Tag::Undefined: return "u";
    case Tag::Null: return "l";
    case Tag::Bool: return key.boolean_value() ? "b1" : "b0";
    case Tag::Number: {
      double d = key.num();
      if (d == 0) d = 0;  // -0 and +0 are one key
      if (std::isnan(d)) return "nNaN";
      std::uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      std::snprintf(buf, sizeof buf, "n%llx", static_cast<unsigned long long>(bits));
      return buf;
    }
    case Tag::String: return "s" + key.str()->data;
    case Tag::BigInt: return "g" + std::to_string(key.big());
    default: std::snprintf(buf, sizeof buf, "p%p", static_cast<void*>(key.cell())); return buf;
  }
}

std::int64_t MapObj::find(Value key) const {
  auto it = index.find(key_of(key));
  return it == index.end() ? -1 : static_cast<std::int64_t>(it->second);
}

namespace {

MapObj* this_map(Interp& in, Value v, Class cls, const char* method) {
  if (!v.is_object() || v.obj()->cls != cls) {
    in.throw_type_error(std::string("Method ") + method + " called on incompatible receiver " +
                            (v.is_object() ? std::string("#<Object>") : in.to_std_string(v)),
                        !v.is_object());
  }
  return static_cast<MapObj*>(v.obj());
}

void map_set(MapObj* m, Value k, Value v) {
  if (k.is_number() && k.num() == 0) k = Value::number(0);
  std::int64_t i = m->find(k);
  if (i >= 0) {
    m->entries[static_cast<std::size_t>(i)].value = v;
    return;
  }
  m->index[MapObj::key_of(k)] = m->entries.size();
  m->entries.push_back(MapObj::Entry{k, v, false});
  ++m->live;
}

bool map_delete(MapObj* m, Value k) {
  std::int64_t i = m->find(k);
  if (i < 0) return false;
  auto& e = m->entries[static_cast<std::size_t>(i)];
  e.deleted = true;
  e.key = e.value = Value::undefined();
  m->index.erase(MapObj::key_of(k));
  --m->live;
  return true;
}

Value make_collection(Interp& in, NativeArgs& a, Class cls, Object* default_proto,
                      const char* adder_name, bool pairs) {
  if (a.new_target.is_undefined()) {
    in.throw_type_error(std::string("Constructor ") +
                        (cls == Class::Map       ? "Map"
                         : cls == Class::Set     ? "Set"
                         : cls == Class::WeakMap ? "WeakMap"
                                                 : "WeakSet") +
                        " requires 'new'");
  }
  Object* proto = in.GetPrototypeFromConstructor(a.new_target, default_proto);
  auto* m = in.heap.make<MapObj>(proto, cls);
  Value keep = Value::object(m);
  Value iterable = a.arg(0);
  if (iterable.is_nullish()) return keep;
  Value adder = in.get(m, in.intern(adder_name));
  if (!in.IsCallable(adder))
    in.throw_type_error(std::string("'") + adder_name + "' returned for property is not callable",
                        false);
  for (Value item : in.iterate_to_list(iterable)) {
    if (pairs) {
      if (!item.is_object())
        in.throw_type_error("Iterator value " + in.to_std_string(item) + " is not an entry object");
      Value k = in.get(item.obj(), in.key_from_index(0));
      Value v = in.get(item.obj(), in.key_from_index(1));
      in.call(adder, keep, {k, v});
    } else {
      in.call(adder, keep, {item});
    }
  }
  return keep;
}

Value map_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  return make_collection(in, a, Class::Map, in.r.map_proto, "set", true);
}
Value set_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  return make_collection(in, a, Class::Set, in.r.set_proto, "add", false);
}
Value weakmap_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  return make_collection(in, a, Class::WeakMap, in.r.weakmap_proto, "set", true);
}
Value weakset_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  return make_collection(in, a, Class::WeakSet, in.r.weakset_proto, "add", false);
}

Value m_get(Interp& in, NativeFunction&, NativeArgs& a) {
  MapObj* m = this_map(in, a.this_value, Class::Map, "Map.prototype.get");
  std::int64_t i = m->find(a.arg(0));
  return i < 0 ? Value::undefined() : m->entries[static_cast<std::size_t>(i)].value;
}
Value m_set(Interp& in, NativeFunction&, NativeArgs& a) {
  map_set(this_map(in, a.this_value, Class::Map, "Map.prototype.set"), a.arg(0), a.arg(1));
  return a.this_value;
}
Value m_has(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      this_map(in, a.this_value, Class::Map, "Map.prototype.has")->find(a.arg(0)) >= 0);
}
Value m_delete(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      map_delete(this_map(in, a.this_value, Class::Map, "Map.prototype.delete"), a.arg(0)));
}

Value clear_impl(MapObj* m) {
  for (auto& e : m->entries) {
    e.deleted = true;
    e.key = e.value = Value::undefined();
  }
  m->index.clear();
  m->live = 0;
  return Value::undefined();
}
Value m_clear(Interp& in, NativeFunction&, NativeArgs& a) {
  return clear_impl(this_map(in, a.this_value, Class::Map, "Map.prototype.clear"));
}
Value s_clear(Interp& in, NativeFunction&, NativeArgs& a) {
  return clear_impl(this_map(in, a.this_value, Class::Set, "Set.prototype.clear"));
}

Value m_size(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::number(
      static_cast<double>(this_map(in, a.this_value, Class::Map, "get Map.prototype.size")->live));
}
Value s_size(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::number(
      static_cast<double>(this_map(in, a.this_value, Class::Set, "get Set.prototype.size")->live));
}

Value for_each_impl(Interp& in, NativeArgs& a, MapObj* m, bool is_set) {
  Value f = a.arg(0);
  if (!in.IsCallable(f)) in.throw_type_error(in.inspect(f) + " is not a function", false);
  for (std::size_t i = 0; i < m->entries.size(); ++i) {
    if (m->entries[i].deleted) continue;
    Value k = m->entries[i].key;
    Value v = is_set ? k : m->entries[i].value;
    in.call(f, a.arg(1), {v, k, a.this_value});
  }
  return Value::undefined();
}
Value m_for_each(Interp& in, NativeFunction&, NativeArgs& a) {
  return for_each_impl(in, a, this_map(in, a.this_value, Class::Map, "Map.prototype.forEach"),
                       false);
}
Value s_for_each(Interp& in, NativeFunction&, NativeArgs& a) {
  return for_each_impl(in, a, this_map(in, a.this_value, Class::Set, "Set.prototype.forEach"),
                       true);
}

Value m_keys(Interp& in, NativeFunction&, NativeArgs& a) {
  this_map(in, a.this_value, Class::Map, "Map.prototype.keys");
  return Value::object(make_map_iterator(in, a.this_value, kIterKeys));
}
Value m_values(Interp& in, NativeFunction&, NativeArgs& a) {
  this_map(in, a.this_value, Class::Map, "Map.prototype.values");
  return Value::object(make_map_iterator(in, a.this_value, kIterValues));
}
Value m_entries(Interp& in, NativeFunction&, NativeArgs& a) {
  this_map(in, a.this_value, Class::Map, "Map.prototype.entries");
  return Value::object(make_map_iterator(in, a.this_value, kIterEntries));
}

Value s_add(Interp& in, NativeFunction&, NativeArgs& a) {
  MapObj* m = this_map(in, a.this_value, Class::Set, "Set.prototype.add");
  if (m->find(a.arg(0)) < 0) map_set(m, a.arg(0), Value::undefined());
  return a.this_value;
}
Value s_has(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      this_map(in, a.this_value, Class::Set, "Set.prototype.has")->find(a.arg(0)) >= 0);
}
Value s_delete(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      map_delete(this_map(in, a.this_value, Class::Set, "Set.prototype.delete"), a.arg(0)));
}
Value s_values(Interp& in, NativeFunction&, NativeArgs& a) {
  this_map(in, a.this_value, Class::Set, "Set.prototype.values");
  return Value::object(make_set_iterator(in, a.this_value, kIterValues));
}
Value s_entries(Interp& in, NativeFunction&, NativeArgs& a) {
  this_map(in, a.this_value, Class::Set, "Set.prototype.entries");
  return Value::object(make_set_iterator(in, a.this_value, kIterEntries));
}

void require_weak_key(Interp& in, Value k) {
  if (!k.is_object() && !(k.is_symbol() && !k.symbol_value()->registered)) {
    in.throw_type_error("Invalid value used as weak map key", false);
  }
}
Value wm_get(Interp& in, NativeFunction&, NativeArgs& a) {
  MapObj* m = this_map(in, a.this_value, Class::WeakMap, "WeakMap.prototype.get");
  std::int64_t i = m->find(a.arg(0));
  return i < 0 ? Value::undefined() : m->entries[static_cast<std::size_t>(i)].value;
}
Value wm_set(Interp& in, NativeFunction&, NativeArgs& a) {
  MapObj* m = this_map(in, a.this_value, Class::WeakMap, "WeakMap.prototype.set");
  require_weak_key(in, a.arg(0));
  map_set(m, a.arg(0), a.arg(1));
  return a.this_value;
}
Value wm_has(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      this_map(in, a.this_value, Class::WeakMap, "WeakMap.prototype.has")->find(a.arg(0)) >= 0);
}
Value wm_delete(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      map_delete(this_map(in, a.this_value, Class::WeakMap, "WeakMap.prototype.delete"), a.arg(0)));
}
Value ws_add(Interp& in, NativeFunction&, NativeArgs& a) {
  MapObj* m = this_map(in, a.this_value, Class::WeakSet, "WeakSet.prototype.add");
  if (!a.arg(0).is_object()) in.throw_type_error("Invalid value used in weak set", false);
  if (m->find(a.arg(0)) < 0) map_set(m, a.arg(0), Value::undefined());
  return a.this_value;
}
Value ws_has(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      this_map(in, a.this_value, Class::WeakSet, "WeakSet.prototype.has")->find(a.arg(0)) >= 0);
}
Value ws_delete(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(
      map_delete(this_map(in, a.this_value, Class::WeakSet, "WeakSet.prototype.delete"), a.arg(0)));
}

Value species_getter(Interp&, NativeFunction&, NativeArgs& a) { return a.this_value; }

}  // namespace

void init_collection_builtins(Interp& in) {
  Object* mp = in.new_object();
  in.r.map_proto = mp;
  Object* mc = make_constructor(in, "Map", 0, map_ctor, mp);
  in.add_getter(mc, in.r.sym_species, "[Symbol.species]", species_getter);
  in.add_method(mp, "get", 1, m_get);
  in.add_method(mp, "set", 2, m_set);
  in.add_method(mp, "has", 1, m_has);
  in.add_method(mp, "delete", 1, m_delete);
  in.add_method(mp, "clear", 0, m_clear);
  in.add_method(mp, "forEach", 1, m_for_each);
  in.add_method(mp, "keys", 0, m_keys);
  in.add_method(mp, "values", 0, m_values);
  NativeFunction* me = in.add_method(mp, "entries", 0, m_entries);
  mp->put(in.r.sym_iterator, Value::object(me), attr::Hidden);
  in.add_getter(mp, in.intern("size"), "size", m_size);
  mp->put(in.r.sym_to_string_tag, in.atom_value("Map"), attr::Configurable);

  Object* sp = in.new_object();
  in.r.set_proto = sp;
  Object* sc = make_constructor(in, "Set", 0, set_ctor, sp);
  in.add_getter(sc, in.r.sym_species, "[Symbol.species]", species_getter);
  in.add_method(sp, "add", 1, s_add);
  in.add_method(sp, "has", 1, s_has);
  in.add_method(sp, "delete", 1, s_delete);
  in.add_method(sp, "clear", 0, s_clear);
  in.add_method(sp, "forEach", 1, s_for_each);
  in.add_method(sp, "entries", 0, s_entries);
  NativeFunction* sv = in.add_method(sp, "values", 0, s_values);
  sp->put(in.intern("keys"), Value::object(sv), attr::Hidden);
  sp->put(in.r.sym_iterator, Value::object(sv), attr::Hidden);
  in.add_getter(sp, in.intern("size"), "size", s_size);
  sp->put(in.r.sym_to_string_tag, in.atom_value("Set"), attr::Configurable);

  Object* wmp = in.new_object();
  in.r.weakmap_proto = wmp;
  make_constructor(in, "WeakMap", 0, weakmap_ctor, wmp);
  in.add_method(wmp, "get", 1, wm_get);
  in.add_method(wmp, "set", 2, wm_set);
  in.add_method(wmp, "has", 1, wm_has);
  in.add_method(wmp, "delete", 1, wm_delete);
  wmp->put(in.r.sym_to_string_tag, in.atom_value("WeakMap"), attr::Configurable);

  Object* wsp = in.new_object();
  in.r.weakset_proto = wsp;
  make_constructor(in, "WeakSet", 0, weakset_ctor, wsp);
  in.add_method(wsp, "add", 1, ws_add);
  in.add_method(wsp, "has", 1, ws_has);
  in.add_method(wsp, "delete", 1, ws_delete);
  wsp->put(in.r.sym_to_string_tag, in.atom_value("WeakSet"), attr::Configurable);
}

}  // namespace desugar::sim
