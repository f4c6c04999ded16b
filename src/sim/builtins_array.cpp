// Array objects (#sec-array-objects). Methods are generic over array-likes as the spec has them,
// with fast paths for dense arrays. sort is V8's TimSort run formation (binary insertion sort of
// each run), so even an inconsistent comparator orders short arrays as V8 does.
#include <algorithm>
#include <cmath>

#include "sim/builtins.h"
#include "sim/strings.h"

namespace desugar::sim {

Object* make_array_iterator(Interp& in, Value target, int kind);

namespace {

Value get_index(Interp& in, Object* o, std::int64_t i) {
  if (o->cls == Class::Array)
    return in.array_get(static_cast<ArrayObj*>(o), static_cast<std::uint32_t>(i));
  return in.get(o, in.key_from_index(static_cast<std::uint32_t>(i)));
}

bool has_index(Interp& in, Object* o, std::int64_t i) {
  if (o->cls == Class::Array && o->proto == in.r.array_proto) {
    auto* a = static_cast<ArrayObj*>(o);
    if (i < static_cast<std::int64_t>(a->elements.size()) &&
        !a->elements[static_cast<std::size_t>(i)].is_empty())
      return true;
  }
  return in.HasProperty(o, in.key_from_index(static_cast<std::uint32_t>(i)));
}

void set_index(Interp& in, Object* o, std::int64_t i, Value v) {
  in.set_or_throw(o, in.key_from_index(static_cast<std::uint32_t>(i)), v);
}

void set_length(Interp& in, Object* o, std::int64_t len) {
  in.set_or_throw(o, in.n.length, Value::number(static_cast<double>(len)));
}

Value callback_arg(Interp& in, NativeArgs& a, const char* method) {
  Value f = a.arg(0);
  if (!in.IsCallable(f)) {
    in.throw_type_error(in.inspect(f) + " is not a function", false);
  }
  (void)method;
  return f;
}

// #sec-arrayspeciescreate
Object* array_species_create(Interp& in, Object* original, std::int64_t length) {
  if (original->cls != Class::Array) return in.new_array(static_cast<std::size_t>(length));
  Value c = in.get(original, in.n.constructor);
  if (c.is_object()) {
    c = in.get(c.obj(), in.r.sym_species);
    if (c.is_null()) c = Value::undefined();
  }
  if (c.is_undefined() || (c.is_object() && c.obj() == in.r.array_ctor)) {
    return in.new_array(static_cast<std::size_t>(length));
  }
  if (!in.IsConstructor(c))
    in.throw_type_error("object.constructor[Symbol.species] is not a constructor");
  Value len = Value::number(static_cast<double>(length));
  return in.construct(c, &len, 1, c).obj();
}

Value array_ctor(Interp& in, NativeFunction& self, NativeArgs& a) {
  Value nt = a.new_target.is_undefined() ? Value::object(&self) : a.new_target;
  Object* proto = in.GetPrototypeFromConstructor(nt, in.r.array_proto);
  ArrayObj* arr = in.new_array(0);
  arr->proto = proto;
  if (a.argc == 1 && a.argv[0].is_number()) {
    double len = a.argv[0].num();
    if (len < 0 || len != std::floor(len) || len > 4294967295.0)
      in.throw_error(ErrorType::RangeError, "Invalid array length");
    if (len > 1e7) in.refuse("arrays longer than 10 million elements are not modelled");
    arr->elements.assign(static_cast<std::size_t>(len), Value::empty());
  } else {
    arr->elements.assign(a.argv, a.argv + a.argc);
  }
  return Value::object(arr);
}

Value array_is_array(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(in.IsArray(a.arg(0)));
}

Value array_of(Interp& in, NativeFunction&, NativeArgs& a) {
  ArrayObj* arr = in.new_array(0);
  arr->elements.assign(a.argv, a.argv + a.argc);
  return Value::object(arr);
}

Value array_from(Interp& in, NativeFunction&, NativeArgs& a) {
  Value items = a.arg(0);
  Value mapfn = a.arg(1);
  if (!mapfn.is_undefined() && !in.IsCallable(mapfn))
    in.throw_type_error(in.inspect(mapfn) + " is not a function", false);
  if (a.this_value.is_object() && a.this_value.obj() != in.r.array_ctor &&
      in.IsConstructor(a.this_value)) {
    in.refuse("Array.from on a subclass is not modelled");
  }
  ArrayObj* out = in.new_array(0);
  Value keep = Value::object(out);
  if (items.is_nullish()) in.throw_type_error(in.to_std_string(items) + " is not iterable", false);
  Value using_iter = in.GetMethod(items, in.r.sym_iterator);
  std::uint32_t k = 0;
  if (!using_iter.is_undefined()) {
    for (Value v : in.iterate_to_list(items)) {
      if (!mapfn.is_undefined()) v = in.call(mapfn, a.arg(2), {v, Value::number(k)});
      out->elements.push_back(v);
      ++k;
    }
    return keep;
  }
  Object* o = in.ToObject(items);
  std::int64_t len = in.LengthOfArrayLike(o);
  for (std::int64_t i = 0; i < len; ++i) {
    Value v = get_index(in, o, i);
    if (!mapfn.is_undefined())
      v = in.call(mapfn, a.arg(2), {v, Value::number(static_cast<double>(i))});
    out->elements.push_back(v);
  }
  return keep;
}

Value proto_push(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  if (o->cls == Class::Array && o->extensible) {
    auto* arr = static_cast<ArrayObj*>(o);
    arr->elements.insert(arr->elements.end(), a.argv, a.argv + a.argc);
    return Value::number(static_cast<double>(arr->elements.size()));
  }
  std::int64_t len = in.LengthOfArrayLike(o);
  for (std::uint32_t i = 0; i < a.argc; ++i) set_index(in, o, len + i, a.argv[i]);
  set_length(in, o, len + a.argc);
  return Value::number(static_cast<double>(len + a.argc));
}

Value proto_pop(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  if (o->cls == Class::Array && o->extensible) {
    auto* arr = static_cast<ArrayObj*>(o);
    if (arr->elements.empty()) return Value::undefined();
    Value v = in.array_get(arr, static_cast<std::uint32_t>(arr->elements.size() - 1));
    arr->elements.pop_back();
    return v;
  }
  std::int64_t len = in.LengthOfArrayLike(o);
  if (len == 0) {
    set_length(in, o, 0);
    return Value::undefined();
  }
  Value v = get_index(in, o, len - 1);
  in.delete_property(o, in.key_from_index(static_cast<std::uint32_t>(len - 1)));
  set_length(in, o, len - 1);
  return v;
}

Value proto_shift(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  if (o->cls == Class::Array && o->extensible) {
    auto* arr = static_cast<ArrayObj*>(o);
    if (arr->elements.empty()) return Value::undefined();
    Value v = in.array_get(arr, 0);
    arr->elements.erase(arr->elements.begin());
    return v;
  }
  in.refuse("Array.prototype.shift on a non-array is not modelled");
}

Value proto_unshift(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  if (o->cls == Class::Array && o->extensible) {
    auto* arr = static_cast<ArrayObj*>(o);
    arr->elements.insert(arr->elements.begin(), a.argv, a.argv + a.argc);
    return Value::number(static_cast<double>(arr->elements.size()));
  }
  in.refuse("Array.prototype.unshift on a non-array is not modelled");
}

Value proto_slice(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  double len = static_cast<double>(in.LengthOfArrayLike(o));
  double k = relative_index(in, a.arg(0), len, 0);
  double fin = relative_index(in, a.arg(1), len, len);
  std::int64_t count = static_cast<std::int64_t>(std::max(fin - k, 0.0));
  Object* out = array_species_create(in, o, count);
  Value keep = Value::object(out);
  std::int64_t n = 0;
  for (auto i = static_cast<std::int64_t>(k); i < static_cast<std::int64_t>(fin); ++i, ++n) {
    if (has_index(in, o, i))
      in.CreateDataPropertyOrThrow(out, in.key_from_index(static_cast<std::uint32_t>(n)),
                                   get_index(in, o, i));
  }
  set_length(in, out, n);
  return keep;
}

Value proto_splice(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  if (o->cls != Class::Array || !o->extensible)
    in.refuse("Array.prototype.splice on a non-array is not modelled");
  auto* arr = static_cast<ArrayObj*>(o);
  double len = static_cast<double>(arr->elements.size());
  double start = relative_index(in, a.arg(0), len, 0);
  double del;
  if (a.argc == 0)
    del = 0;
  else if (a.argc == 1)
    del = len - start;
  else
    del = std::min(std::max(in.ToIntegerOrInfinity(a.arg(1)), 0.0), len - start);
  Object* removed = array_species_create(in, o, static_cast<std::int64_t>(del));
  Value keep = Value::object(removed);
  auto s = static_cast<std::size_t>(start), d = static_cast<std::size_t>(del);
  for (std::size_t i = 0; i < d; ++i) {
    in.CreateDataPropertyOrThrow(removed, in.key_from_index(static_cast<std::uint32_t>(i)),
                                 in.array_get(arr, static_cast<std::uint32_t>(s + i)));
  }
  set_length(in, removed, static_cast<std::int64_t>(d));
  arr->elements.erase(arr->elements.begin() + static_cast<std::ptrdiff_t>(s),
                      arr->elements.begin() + static_cast<std::ptrdiff_t>(s + d));
  if (a.argc > 2)
    arr->elements.insert(arr->elements.begin() + static_cast<std::ptrdiff_t>(s), a.argv + 2,
                         a.argv + a.argc);
  return keep;
}

Value proto_concat(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  Object* out = array_species_create(in, o, 0);
  Value keep = Value::object(out);
  std::int64_t n = 0;
  auto add = [&](Value item) {
    bool spreadable = false;
    if (item.is_object()) {
      Value s = in.get(item.obj(), in.r.sym_is_concat_spreadable);
      spreadable = s.is_undefined() ? in.IsArray(item) : in.ToBoolean(s);
    }
    if (spreadable) {
      Object* e = item.obj();
      std::int64_t len = in.LengthOfArrayLike(e);
      for (std::int64_t k = 0; k < len; ++k, ++n) {
        if (has_index(in, e, k))
          in.CreateDataPropertyOrThrow(out, in.key_from_index(static_cast<std::uint32_t>(n)),
                                       get_index(in, e, k));
      }
    } else {
      in.CreateDataPropertyOrThrow(out, in.key_from_index(static_cast<std::uint32_t>(n++)), item);
    }
  };
  add(Value::object(o));
  for (std::uint32_t i = 0; i < a.argc; ++i) add(a.argv[i]);
  set_length(in, out, n);
  return keep;
}

Value proto_join(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  std::string sep = a.arg(0).is_undefined() ? "," : in.to_std_string(a.arg(0));
  // Cyclic joins give "" for the repeated array (V8).
  for (Object* x : in.join_stack) {
    if (x == o) return Value::string(in.n.empty);
  }
  in.join_stack.push_back(o);
  std::string out;
  try {
    std::int64_t len = in.LengthOfArrayLike(o);
    for (std::int64_t i = 0; i < len; ++i) {
      if (i > 0) out += sep;
      Value v = get_index(in, o, i);
      if (!v.is_nullish()) out += in.ToString(v)->data;
      if (out.size() > kMaxStringBytes) in.refuse("strings longer than 256 MB are not modelled");
    }
  } catch (...) {
    in.join_stack.pop_back();
    throw;
  }
  in.join_stack.pop_back();
  return in.string_value(std::move(out));
}

Value proto_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  Value join = in.get(o, in.n.join);
  if (in.IsCallable(join)) return in.call(join, Value::object(o), {});
  return in.string_value(object_to_string_tag(in, Value::object(o)));
}

Value proto_reverse(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  if (o->cls != Class::Array || !o->extensible)
    in.refuse("Array.prototype.reverse on a non-array is not modelled");
  auto* arr = static_cast<ArrayObj*>(o);
  std::reverse(arr->elements.begin(), arr->elements.end());
  return Value::object(o);
}

Value index_of_impl(Interp& in, NativeArgs& a, bool last, bool includes) {
  Object* o = in.ToObject(a.this_value);
  double len = static_cast<double>(in.LengthOfArrayLike(o));
  if (len == 0) return includes ? Value::boolean(false) : Value::number(-1);
  Value target = a.arg(0);
  if (!last) {
    double k = a.argc > 1 ? in.ToIntegerOrInfinity(a.arg(1)) : 0;
    if (k < 0) k = std::max(len + k, 0.0);
    for (auto i = static_cast<std::int64_t>(k); i < static_cast<std::int64_t>(len); ++i) {
      if (includes) {
        if (in.SameValueZero(get_index(in, o, i), target)) return Value::boolean(true);
      } else if (has_index(in, o, i) && in.IsStrictlyEqual(get_index(in, o, i), target)) {
        return Value::number(static_cast<double>(i));
      }
    }
    return includes ? Value::boolean(false) : Value::number(-1);
  }
  double k = a.argc > 1 ? in.ToIntegerOrInfinity(a.arg(1)) : len - 1;
  k = k < 0 ? len + k : std::min(k, len - 1);
  for (auto i = static_cast<std::int64_t>(k); i >= 0; --i) {
    if (has_index(in, o, i) && in.IsStrictlyEqual(get_index(in, o, i), target))
      return Value::number(static_cast<double>(i));
  }
  return Value::number(-1);
}

Value proto_index_of(Interp& in, NativeFunction&, NativeArgs& a) {
  return index_of_impl(in, a, false, false);
}
Value proto_last_index_of(Interp& in, NativeFunction&, NativeArgs& a) {
  return index_of_impl(in, a, true, false);
}
Value proto_includes(Interp& in, NativeFunction&, NativeArgs& a) {
  return index_of_impl(in, a, false, true);
}

enum class Iter { ForEach, Map, Filter, Some, Every, Find, FindIndex, FindLast, FindLastIndex };

Value iterate_impl(Interp& in, NativeArgs& a, Iter kind, const char* name) {
  Object* o = in.ToObject(a.this_value);
  Value keep_o = Value::object(o);
  std::int64_t len = in.LengthOfArrayLike(o);
  Value f = callback_arg(in, a, name);
  Value this_arg = a.arg(1);
  Object* out = nullptr;
  Value keep;
  if (kind == Iter::Map) out = array_species_create(in, o, len);
  if (kind == Iter::Filter) out = array_species_create(in, o, 0);
  keep = out ? Value::object(out) : Value::undefined();
  std::int64_t to = 0;
  bool reverse = kind == Iter::FindLast || kind == Iter::FindLastIndex;
  for (std::int64_t step = 0; step < len; ++step) {
    std::int64_t i = reverse ? len - 1 - step : step;
    bool finds = kind == Iter::Find || kind == Iter::FindIndex || kind == Iter::FindLast ||
                 kind == Iter::FindLastIndex;
    if (!finds && !has_index(in, o, i)) continue;
    Value v = get_index(in, o, i);
    Value r = in.call(f, this_arg, {v, Value::number(static_cast<double>(i)), keep_o});
    switch (kind) {
      case Iter::ForEach: break;
      case Iter::Map:
        in.CreateDataPropertyOrThrow(out, in.key_from_index(static_cast<std::uint32_t>(i)), r);
        break;
      case Iter::Filter:
        if (in.ToBoolean(r))
          in.CreateDataPropertyOrThrow(out, in.key_from_index(static_cast<std::uint32_t>(to++)), v);
        break;
      case Iter::Some:
        if (in.ToBoolean(r)) return Value::boolean(true);
        break;
      case Iter::Every:
        if (!in.ToBoolean(r)) return Value::boolean(false);
        break;
      case Iter::Find:
      case Iter::FindLast:
        if (in.ToBoolean(r)) return v;
        break;
      case Iter::FindIndex:
      case Iter::FindLastIndex:
        if (in.ToBoolean(r)) return Value::number(static_cast<double>(i));
        break;
    }
  }
  switch (kind) {
    case Iter::Map:
    case Iter::Filter: return keep;
    case Iter::Some: return Value::boolean(false);
    case Iter::Every: return Value::boolean(true);
    case Iter::FindIndex:
    case Iter::FindLastIndex: return Value::number(-1);
    default: return Value::undefined();
  }
}

Value proto_for_each(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::ForEach, "forEach");
}
Value proto_map(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::Map, "map");
}
Value proto_filter(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::Filter, "filter");
}
Value proto_some(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::Some, "some");
}
Value proto_every(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::Every, "every");
}
Value proto_find(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::Find, "find");
}
Value proto_find_index(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::FindIndex, "findIndex");
}
Value proto_find_last(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::FindLast, "findLast");
}
Value proto_find_last_index(Interp& in, NativeFunction&, NativeArgs& a) {
  return iterate_impl(in, a, Iter::FindLastIndex, "findLastIndex");
}

Value reduce_impl(Interp& in, NativeArgs& a, bool right) {
  Object* o = in.ToObject(a.this_value);
  Value keep_o = Value::object(o);
  std::int64_t len = in.LengthOfArrayLike(o);
  Value f = callback_arg(in, a, "reduce");
  std::int64_t k = right ? len - 1 : 0;
  std::int64_t dir = right ? -1 : 1;
  Value acc;
  if (a.argc >= 2) {
    acc = a.argv[1];
  } else {
    bool found = false;
    for (; right ? k >= 0 : k < len; k += dir) {
      if (has_index(in, o, k)) {
        acc = get_index(in, o, k);
        found = true;
        k += dir;
        break;
      }
    }
    if (!found) in.throw_type_error("Reduce of empty array with no initial value");
  }
  for (; right ? k >= 0 : k < len; k += dir) {
    if (!has_index(in, o, k)) continue;
    acc = in.call(f, Value::undefined(),
                  {acc, get_index(in, o, k), Value::number(static_cast<double>(k)), keep_o});
  }
  return acc;
}

Value proto_reduce(Interp& in, NativeFunction&, NativeArgs& a) { return reduce_impl(in, a, false); }
Value proto_reduce_right(Interp& in, NativeFunction&, NativeArgs& a) {
  return reduce_impl(in, a, true);
}

Value proto_sort(Interp& in, NativeFunction&, NativeArgs& a) {
  return sort_values(in, in.ToObject(a.this_value), a.arg(0), true);
}
Value proto_to_sorted(Interp& in, NativeFunction&, NativeArgs& a) {
  return sort_values(in, in.ToObject(a.this_value), a.arg(0), false);
}

Value proto_to_reversed(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  std::int64_t len = in.LengthOfArrayLike(o);
  ArrayObj* out = in.new_array(0);
  for (std::int64_t i = len - 1; i >= 0; --i) out->elements.push_back(get_index(in, o, i));
  return Value::object(out);
}

Value proto_with(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  double len = static_cast<double>(in.LengthOfArrayLike(o));
  double rel = in.ToIntegerOrInfinity(a.arg(0));
  double idx = rel >= 0 ? rel : len + rel;
  if (idx >= len || idx < 0)
    in.throw_error(ErrorType::RangeError, "Invalid index : " + in.number_to_string(rel));
  ArrayObj* out = in.new_array(0);
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(len); ++i) {
    out->elements.push_back(i == static_cast<std::int64_t>(idx) ? a.arg(1) : get_index(in, o, i));
  }
  return Value::object(out);
}

Value proto_fill(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  double len = static_cast<double>(in.LengthOfArrayLike(o));
  double k = relative_index(in, a.arg(1), len, 0);
  double fin = relative_index(in, a.arg(2), len, len);
  for (auto i = static_cast<std::int64_t>(k); i < static_cast<std::int64_t>(fin); ++i)
    set_index(in, o, i, a.arg(0));
  return Value::object(o);
}

void flatten(Interp& in, Object* target, std::int64_t& n, Object* source, double depth,
             Value mapper, Value this_arg) {
  in.check_stack();
  std::int64_t len = in.LengthOfArrayLike(source);
  for (std::int64_t i = 0; i < len; ++i) {
    if (!has_index(in, source, i)) continue;
    Value el = get_index(in, source, i);
    if (!mapper.is_undefined())
      el = in.call(mapper, this_arg,
                   {el, Value::number(static_cast<double>(i)), Value::object(source)});
    if (depth > 0 && in.IsArray(el)) {
      flatten(in, target, n, el.obj(), depth - 1, Value::undefined(), Value::undefined());
    } else {
      in.CreateDataPropertyOrThrow(target, in.key_from_index(static_cast<std::uint32_t>(n++)), el);
    }
  }
}

Value proto_flat(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  double depth = a.arg(0).is_undefined() ? 1 : in.ToIntegerOrInfinity(a.arg(0));
  Object* out = array_species_create(in, o, 0);
  std::int64_t n = 0;
  flatten(in, out, n, o, depth, Value::undefined(), Value::undefined());
  return Value::object(out);
}

Value proto_flat_map(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  Value f = callback_arg(in, a, "flatMap");
  Object* out = array_species_create(in, o, 0);
  std::int64_t n = 0;
  flatten(in, out, n, o, 1, f, a.arg(1));
  return Value::object(out);
}

Value proto_at(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* o = in.ToObject(a.this_value);
  double len = static_cast<double>(in.LengthOfArrayLike(o));
  double rel = in.ToIntegerOrInfinity(a.arg(0));
  double k = rel >= 0 ? rel : len + rel;
  if (k < 0 || k >= len) return Value::undefined();
  return get_index(in, o, static_cast<std::int64_t>(k));
}

Value proto_keys(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::object(
      make_array_iterator(in, Value::object(in.ToObject(a.this_value)), kIterKeys));
}
Value proto_values(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::object(
      make_array_iterator(in, Value::object(in.ToObject(a.this_value)), kIterValues));
}
Value proto_entries(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::object(
      make_array_iterator(in, Value::object(in.ToObject(a.this_value)), kIterEntries));
}

Value species_getter(Interp&, NativeFunction&, NativeArgs& a) { return a.this_value; }

}  // namespace

void init_array_builtins(Interp& in) {
  ArrayObj* proto = in.heap.make<ArrayObj>(in.r.object_proto);
  in.r.array_proto = proto;
  Object* ctor = make_constructor(in, "Array", 1, array_ctor, proto);
  in.r.array_ctor = ctor;
  in.add_method(ctor, "isArray", 1, array_is_array);
  in.add_method(ctor, "of", 0, array_of);
  in.add_method(ctor, "from", 1, array_from);
  in.add_getter(ctor, in.r.sym_species, "[Symbol.species]", species_getter);
  struct {
    const char* name;
    std::uint32_t len;
    NativeFn fn;
  } methods[] = {
      {"push", 1, proto_push},
      {"pop", 0, proto_pop},
      {"shift", 0, proto_shift},
      {"unshift", 1, proto_unshift},
      {"slice", 2, proto_slice},
      {"splice", 2, proto_splice},
      {"concat", 1, proto_concat},
      {"join", 1, proto_join},
      {"toString", 0, proto_to_string},
      {"reverse", 0, proto_reverse},
      {"indexOf", 1, proto_index_of},
      {"lastIndexOf", 1, proto_last_index_of},
      {"includes", 1, proto_includes},
      {"forEach", 1, proto_for_each},
      {"map", 1, proto_map},
      {"filter", 1, proto_filter},
      {"some", 1, proto_some},
      {"every", 1, proto_every},
      {"find", 1, proto_find},
      {"findIndex", 1, proto_find_index},
      {"findLast", 1, proto_find_last},
      {"findLastIndex", 1, proto_find_last_index},
      {"reduce", 1, proto_reduce},
      {"reduceRight", 1, proto_reduce_right},
      {"sort", 1, proto_sort},
      {"toSorted", 1, proto_to_sorted},
      {"toReversed", 0, proto_to_reversed},
      {"with", 2, proto_with},
      {"fill", 1, proto_fill},
      {"flat", 0, proto_flat},
      {"flatMap", 1, proto_flat_map},
      {"at", 1, proto_at},
      {"keys", 0, proto_keys},
      {"entries", 0, proto_entries},
  };
  for (auto& m : methods) in.add_method(proto, m.name, m.len, m.fn);
  NativeFunction* values = in.add_method(proto, "values", 0, proto_values);
  proto->put(in.r.sym_iterator, Value::object(values), attr::Hidden);
  in.r.array_proto_values = values;
}

}  // namespace desugar::sim
