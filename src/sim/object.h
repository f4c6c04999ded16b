// Heap cells: strings, symbols, environments and objects with their property storage
// (#sec-object-type, #sec-ordinary-object-internal-methods-and-internal-slots).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "sim/heap.h"
#include "sim/value.h"

namespace desugar::sim {

struct FunctionCode;
struct ClassCode;

// A String value, stored as WTF-8 (UTF-8 that may hold lone surrogates). `interned` strings are
// the property keys; they are pinned and unique, so keys compare by pointer.
struct Str final : Cell {
  static constexpr std::uint32_t kNoIndex = 0xFFFFFFFFu;
  explicit Str(std::string d);
  std::string data;
  std::uint32_t index = kNoIndex;  // interned only: canonical array index value
  std::int32_t u16len = -1;        // cached UTF-16 length when not ascii
  bool interned = false;
  bool ascii = true;
  Str* atom = nullptr;  // cached interned twin
};

struct Symbol final : Cell {
  Symbol() { cell_type = kCellSymbol; }
  Value description;        // a String or undefined
  bool is_private = false;  // a class private name (#x): hidden from reflection
  bool registered = false;  // Symbol.for
  void trace(Tracer& t) override { t.value(description); }
};

// A property key: an interned Str or a Symbol.
using Key = Cell*;

namespace attr {
inline constexpr std::uint8_t Writable = 1;
inline constexpr std::uint8_t Enumerable = 2;
inline constexpr std::uint8_t Configurable = 4;
inline constexpr std::uint8_t Accessor = 8;
inline constexpr std::uint8_t Default = Writable | Enumerable | Configurable;
inline constexpr std::uint8_t Hidden = Writable | Configurable;  // builtin methods
}  // namespace attr

struct Prop {
  Key key;
  Value value;   // data value, or getter for accessors
  Value setter;  // accessors only
  std::uint8_t attrs;
};

// #sec-property-descriptor-specification-type, with presence bits.
struct PropertyDescriptor {
  Value value, get, set;
  bool has_value = false, has_get = false, has_set = false;
  bool has_writable = false, has_enumerable = false, has_configurable = false;
  bool writable = false, enumerable = false, configurable = false;
  bool is_accessor() const { return has_get || has_set; }
  bool is_data() const { return has_value || has_writable; }
  static PropertyDescriptor data(Value v, std::uint8_t attrs) {
    PropertyDescriptor d;
    d.value = v;
    d.has_value = d.has_writable = d.has_enumerable = d.has_configurable = true;
    d.writable = attrs & attr::Writable;
    d.enumerable = attrs & attr::Enumerable;
    d.configurable = attrs & attr::Configurable;
    return d;
  }
};

enum class Class : std::uint8_t {
  Ordinary,
  Array,
  Function,
  Error,
  Promise,
  Boolean,
  Number,
  String,
  Symbol,
  Arguments,
  Map,
  Set,
  WeakMap,
  WeakSet,
  Generator,
  AsyncGenerator,
  BuiltinIterator,
  AsyncFromSyncIterator,
  Date,
};

struct Object : Cell {
  explicit Object(Object* p, Class c = Class::Ordinary) : proto(p), cls(c) {}
  void trace(Tracer& t) override;

  Prop* find(Key k);
  const Prop* find(Key k) const { return const_cast<Object*>(this)->find(k); }
  // Functions create their `length` and `name` properties on first use (most callbacks never
  // look at them); anything that walks `props` calls ensure_props() first.
  void ensure_props() {
    if (lazy_props) {
      lazy_props = false;
      materialize_props();
    }
  }
  virtual void materialize_props() {}
  bool lazy_props = false;
  Prop& add(Key k, Value v, std::uint8_t attrs);  // key must be absent
  void remove(Key k);
  // Convenience for builtins: creates or overwrites a data property.
  void put(Key k, Value v, std::uint8_t attrs = attr::Default);

  Object* proto;
  Class cls;
  bool extensible = true;
  bool is_callable = false;  // functions (set by FunctionObj)
  std::vector<Prop> props;
  std::unique_ptr<std::unordered_map<Key, std::uint32_t>> index;

 private:
  void reindex();
};

struct ArrayObj final : Object {
  explicit ArrayObj(Object* p) : Object(p, Class::Array) {}
  void trace(Tracer& t) override {
    Object::trace(t);
    t.values(elements);
  }
  std::vector<Value> elements;  // Empty = hole
  bool length_writable = true;
};

// Boolean, Number, String and Symbol wrapper objects; also Date (time value in `value`).
struct PrimitiveObj final : Object {
  PrimitiveObj(Object* p, Class c, Value v) : Object(p, c), value(v) {}
  void trace(Tracer& t) override {
    Object::trace(t);
    t.value(value);
  }
  Value value;
};

struct ErrorObj final : Object {
  explicit ErrorObj(Object* p) : Object(p, Class::Error) {}
  // The message came from the engine and may not be V8's exact wording: reading it refuses.
  bool message_uncertain = false;
  std::uint32_t pos = 0;  // where it was created
};

// Map and Set (#sec-map-objects): insertion-ordered entries with deletion markers, so iterators
// survive mutation as the spec requires.
struct MapObj final : Object {
  MapObj(Object* p, Class c) : Object(p, c) {}
  void trace(Tracer& t) override;
  struct Entry {
    Value key, value;
    bool deleted = false;
  };
  std::vector<Entry> entries;
  std::size_t live = 0;
  std::unordered_map<std::string, std::size_t> index;  // SameValueZero key -> entry
  static std::string key_of(Value key);
  std::int64_t find(Value key) const;  // index or -1
};

// An environment record's bindings (#sec-declarative-environment-records), laid out by the
// compiler; slots follow the header in the same allocation.
struct Env final : Cell {
  Env(Env* p, std::uint32_t count) : parent(p), n(count) {}
  void trace(Tracer& t) override;
  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  Env* parent;
  std::uint32_t n;
};

// A mapped arguments object (#sec-arguments-exotic-objects): index properties below the number
// of parameters alias the parameters' bindings until unmapped.
struct ArgumentsObj final : Object {
  explicit ArgumentsObj(Object* p) : Object(p, Class::Arguments) {}
  void trace(Tracer& t) override {
    Object::trace(t);
    t.mark(env);
  }
  Env* env = nullptr;
  std::vector<std::int32_t> map;  // argument index -> env slot; -1 when not (or no longer) mapped
  std::int32_t slot_of(Key k) const;
};

// Some internal list of values kept alive by a stack reference (long argument lists).
struct ValueList final : Cell {
  void trace(Tracer& t) override { t.values(items); }
  std::vector<Value> items;
};

}  // namespace desugar::sim
