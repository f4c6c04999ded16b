// Function objects (#sec-ecmascript-function-objects, #sec-built-in-function-objects,
// #sec-bound-function-exotic-objects).
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "sim/object.h"

namespace desugar::sim {

class Interp;
struct FunctionCode;
struct ClassCode;
struct NativeFunction;

struct NativeArgs {
  Value this_value;
  const Value* argv = nullptr;
  std::uint32_t argc = 0;
  Value new_target;  // undefined for [[Call]]
  Value arg(std::uint32_t i) const { return i < argc ? argv[i] : Value::undefined(); }
};

using NativeFn = Value (*)(Interp&, NativeFunction& self, NativeArgs& args);

enum class FnKind : std::uint8_t { User, Native, Bound };

struct FunctionObj : Object {
  FunctionObj(Object* proto, FnKind k) : Object(proto, Class::Function), fkind(k) {
    is_callable = true;
  }
  FnKind fkind;
  bool is_constructor = false;
  bool is_class_constructor = false;
  // The lazily created `length` and `name` (OrdinaryFunctionCreate / CreateBuiltinFunction).
  std::uint32_t lazy_length = 0;
  Str* lazy_name = nullptr;
  void materialize_props() override;
  static Cell* lazy_length_key;  // the interned "length" / "name" of the running interpreter
  static Cell* lazy_name_key;
};

// A class element that instances receive at construction: a ClassFieldDefinition Record
// (#sec-classfielddefinition-record-specification-type) or a private method.
struct FieldRecord {
  Key key = nullptr;     // property key or private Symbol; null when computed_key is used
  Value computed_key;    // evaluated key (string/symbol) for computed fields
  Value initializer;     // a function, or undefined
  Value getter, setter;  // private accessors
  enum Kind : std::uint8_t { Field, PrivateMethod, PrivateAccessor } kind = Field;
  std::uint32_t pos = 0;
};

struct UserFunction final : FunctionObj {
  UserFunction(Object* proto, const FunctionCode* c, Env* e)
      : FunctionObj(proto, FnKind::User), code(c), env(e) {}
  void trace(Tracer& t) override;
  const FunctionCode* code;
  Env* env;                               // [[Environment]]
  Object* home = nullptr;                 // [[HomeObject]]
  const ClassCode* class_code = nullptr;  // class constructors
  // [[Fields]] and private methods (class constructors only: kept out of line).
  std::vector<FieldRecord>& fields() {
    if (!field_store) field_store = std::make_unique<std::vector<FieldRecord>>();
    return *field_store;
  }
  bool has_fields() const { return field_store && !field_store->empty(); }
  std::unique_ptr<std::vector<FieldRecord>> field_store;
};

struct NativeFunction final : FunctionObj {
  NativeFunction(Object* proto, NativeFn f) : FunctionObj(proto, FnKind::Native), fn(f) {}
  void trace(Tracer& t) override;
  NativeFn fn;
  Value slots[2];        // captured state (spec: the abstract closure's captures)
  Cell* data = nullptr;  // a captured record
  Cell* data2 = nullptr;
  std::uint32_t tag = 0;  // which builtin (for inspect and identity checks)
};

struct BoundFunction final : FunctionObj {
  BoundFunction(Object* proto, Object* t) : FunctionObj(proto, FnKind::Bound), target(t) {}
  void trace(Tracer& t) override;
  Object* target;
  Value bound_this;
  std::vector<Value> bound_args;
};

}  // namespace desugar::sim
