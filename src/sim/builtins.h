// The built-in objects of the realm (#sec-global-object and the chapters after it), split by
// area into builtins_*.cpp. Each file has one init function that installs its constructors and
// prototype methods.
#pragma once
#include <string>

#include "sim/interp.h"

namespace desugar::sim {

// Array, string, map and set iterators (#sec-createarrayiterator, #sec-createmapiterator, ...).
struct BuiltinIterator final : Object {
  explicit BuiltinIterator(Object* p) : Object(p, Class::BuiltinIterator) {}
  void trace(Tracer& t) override {
    Object::trace(t);
    t.value(target);
  }
  Value target;
  std::uint32_t index = 0;
  int kind = 0;  // IterKind
  bool done = false;
};
enum IterKind { kIterKeys = 0, kIterValues = 1, kIterEntries = 2 };

// NativeFunction::tag values that inspect and identity checks use.
inline constexpr std::uint32_t kTagResolvingFunction = 1;
inline constexpr std::uint32_t kTagBound = 2;

void init_object_builtins(Interp& in);
void init_function_builtins(Interp& in);
void init_array_builtins(Interp& in);
void init_string_builtins(Interp& in);
void init_number_builtins(Interp& in);
void init_math_builtins(Interp& in);
void init_json_builtins(Interp& in);
void init_error_builtins(Interp& in);
void init_symbol_builtins(Interp& in);
void init_promise_builtins(Interp& in);
void init_collection_builtins(Interp& in);
void init_iterator_builtins(Interp& in);
void init_generator_builtins(Interp& in);
void init_async_generator_builtins(Interp& in);
void init_reflect_builtins(Interp& in);
void init_host_builtins(Interp& in);

std::string object_to_string_tag(Interp& in, Value v);
Value sort_values(Interp& in, Object* o, Value cmp, bool in_place);  // array_sort.cpp
Value builtin_require(Interp& in, NativeFunction& self, NativeArgs& args);
void materialize_capability(Interp& in, Capability& cap);

// Helpers for natives.
inline Object* require_object(Interp& in, Value v, const char* what) {
  if (!v.is_object()) in.throw_type_error(std::string(what) + " called on non-object", false);
  return v.obj();
}
inline Value key_to_value(Key k) {
  if (k->cell_type == kCellSymbol) return Value::symbol(static_cast<Symbol*>(k));
  return Value::string(static_cast<Str*>(k));
}
Value make_function_from_native(Interp& in, std::string_view name, std::uint32_t length,
                                NativeFn fn);
Object* make_constructor(Interp& in, std::string_view name, std::uint32_t length, NativeFn fn,
                         Object* prototype);
double relative_index(Interp& in, Value v, double len, double dflt);

}  // namespace desugar::sim
