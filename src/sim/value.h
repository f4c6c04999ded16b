// ECMAScript language values (#sec-ecmascript-language-types). A Value is a tag plus a payload;
// strings, symbols and objects are cells on the garbage-collected heap (heap.h), so a Value is
// trivially copyable and the collector finds it by scanning.
#pragma once
#include <cstdint>

namespace desugar::sim {

struct Cell;
struct Str;
struct Symbol;
struct Object;

enum class Tag : std::uint8_t {
  Undefined,
  Null,
  Bool,
  Number,
  String,
  Symbol,
  Object,
  BigInt,  // SPEC-DEVIATION: only values that fit in 64 bits (others are refused)
  Empty,   // not a language value: an uninitialized binding (TDZ) or an array hole
};

struct Value {
  Tag tag = Tag::Undefined;
  union {
    bool b;
    double n;
    Str* s;
    Symbol* sym;
    Object* o;
    Cell* c;
    std::int64_t i;
  } u{.n = 0};

  static Value undefined() { return Value{}; }
  static Value null() {
    Value v;
    v.tag = Tag::Null;
    return v;
  }
  static Value empty() {
    Value v;
    v.tag = Tag::Empty;
    return v;
  }
  static Value boolean(bool b) {
    Value v;
    v.tag = Tag::Bool;
    v.u.b = b;
    return v;
  }
  static Value number(double n) {
    Value v;
    v.tag = Tag::Number;
    v.u.n = n;
    return v;
  }
  static Value string(Str* s) {
    Value v;
    v.tag = Tag::String;
    v.u.s = s;
    return v;
  }
  static Value symbol(Symbol* s) {
    Value v;
    v.tag = Tag::Symbol;
    v.u.sym = s;
    return v;
  }
  static Value bigint(std::int64_t i) {
    Value v;
    v.tag = Tag::BigInt;
    v.u.i = i;
    return v;
  }
  static Value object(Object* o) {
    Value v;
    v.tag = Tag::Object;
    v.u.o = o;
    return v;
  }

  bool is_undefined() const { return tag == Tag::Undefined; }
  bool is_null() const { return tag == Tag::Null; }
  bool is_nullish() const { return tag == Tag::Undefined || tag == Tag::Null; }
  bool is_bool() const { return tag == Tag::Bool; }
  bool is_number() const { return tag == Tag::Number; }
  bool is_string() const { return tag == Tag::String; }
  bool is_symbol() const { return tag == Tag::Symbol; }
  bool is_object() const { return tag == Tag::Object; }
  bool is_bigint() const { return tag == Tag::BigInt; }
  std::int64_t big() const { return u.i; }
  bool is_empty() const { return tag == Tag::Empty; }
  bool is_cell() const { return tag == Tag::String || tag == Tag::Symbol || tag == Tag::Object; }

  bool boolean_value() const { return u.b; }
  double num() const { return u.n; }
  Str* str() const { return u.s; }
  Symbol* symbol_value() const { return u.sym; }
  Object* obj() const { return u.o; }
  Cell* cell() const { return u.c; }
};

}  // namespace desugar::sim
