// Type conversion and testing (#sec-type-conversion, #sec-testing-and-comparison-operations).
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "sim/interp.h"

namespace desugar::sim {

bool Interp::ToBoolean(Value v) {
  switch (v.tag) {
    case Tag::Undefined:
    case Tag::Null:
    case Tag::Empty: return false;
    case Tag::Bool: return v.boolean_value();
    case Tag::Number: return !(v.num() == 0 || std::isnan(v.num()));
    case Tag::BigInt: return v.big() != 0;
    case Tag::String: return !v.str()->data.empty();
    case Tag::Symbol:
    case Tag::Object: return true;
  }
  return false;
}

namespace {

bool is_js_space(std::uint32_t cp) {
  return cp == 0x09 || cp == 0x0A || cp == 0x0B || cp == 0x0C || cp == 0x0D || cp == 0x20 ||
         cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Decodes one WTF-8 code point at s[i]; advances i.
std::uint32_t next_cp(const std::string& s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  std::uint32_t cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
  for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

}  // namespace

std::string trim_js_whitespace(const std::string& s, bool start, bool end) {
  std::size_t b = 0, e = s.size();
  if (start) {
    while (b < e) {
      std::size_t j = b;
      if (!is_js_space(next_cp(s, j))) break;
      b = j;
    }
  }
  if (end) {
    while (e > b) {
      // Step back over one code point.
      std::size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
      std::size_t j = k;
      if (!is_js_space(next_cp(s, j))) break;
      e = k;
    }
  }
  return s.substr(b, e - b);
}

// #sec-stringtonumber
double string_to_number(const std::string& raw) {
  std::string s = trim_js_whitespace(raw, true, true);
  if (s.empty()) return 0;
  if (s.size() > 2 && s[0] == '0') {
    char k = static_cast<char>(s[1] | 0x20);
    int base = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
    if (base != 0) {
      double v = 0;
      for (std::size_t i = 2; i < s.size(); ++i) {
        char c = static_cast<char>(s[i] | 0x20);
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 99;
        if (d >= base) return std::numeric_limits<double>::quiet_NaN();
        v = v * base + d;
      }
      return v;
    }
  }
  std::size_t i = 0;
  bool neg = false;
  if (s[i] == '+' || s[i] == '-') {
    neg = s[i] == '-';
    ++i;
  }
  if (s.compare(i, std::string::npos, "Infinity") == 0) {
    return neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  }
  // StrUnsignedDecimalLiteral: digits [. digits] [e[+-]digits] | . digits [exp]
  std::size_t j = i;
  bool digits = false;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9') {
    ++j;
    digits = true;
  }
  if (j < s.size() && s[j] == '.') {
    ++j;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') {
      ++j;
      digits = true;
    }
  }
  if (!digits) return std::numeric_limits<double>::quiet_NaN();
  if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    std::size_t k = j + 1;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
    bool exp_digits = false;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') {
      ++k;
      exp_digits = true;
    }
    if (!exp_digits) return std::numeric_limits<double>::quiet_NaN();
    j = k;
  }
  if (j != s.size()) return std::numeric_limits<double>::quiet_NaN();
  return std::strtod(s.c_str(), nullptr);
}

double Interp::ToNumber(Value v) {
  switch (v.tag) {
    case Tag::Undefined:
    case Tag::Empty: return std::numeric_limits<double>::quiet_NaN();
    case Tag::Null: return 0;
    case Tag::Bool: return v.boolean_value() ? 1 : 0;
    case Tag::Number: return v.num();
    case Tag::String: return string_to_number(v.str()->data);
    case Tag::Symbol: throw_type_error("Cannot convert a Symbol value to a number");
    case Tag::BigInt: throw_type_error("Cannot convert a BigInt value to a number");
    case Tag::Object: return ToNumber(ToPrimitive(v, 1));
  }
  return 0;
}

// #sec-numeric-types-number-tostring (radix 10): the shortest digits that round-trip.
std::string Interp::number_to_string(double d) {
  if (std::isnan(d)) return "NaN";
  if (d == 0) return "0";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  std::string sign;
  if (d < 0) {
    sign = "-";
    d = -d;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::size_t epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp10 = std::atoi(sci.c_str() + epos + 1);
  std::string digits;
  for (char c : mant) {
    if (c != '.') digits += c;
  }
  int k = static_cast<int>(digits.size());
  int n = exp10 + 1;
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, static_cast<std::size_t>(n)) + "." +
          digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  } else {
    int e = n - 1;
    std::string es = (e >= 0 ? "+" : "-") + std::to_string(e >= 0 ? e : -e);
    if (k == 1)
      out = digits + "e" + es;
    else
      out = digits.substr(0, 1) + "." + digits.substr(1) + "e" + es;
  }
  return sign + out;
}

Str* Interp::number_to_str(double d) {
  if (d >= 0 && d < 1024 && d == std::floor(d)) {
    return static_cast<Str*>(key_from_index(static_cast<std::uint32_t>(d)));
  }
  return new_string(number_to_string(d));
}

Str* Interp::ToString(Value v) {
  switch (v.tag) {
    case Tag::Undefined:
    case Tag::Empty: return n.undefined;
    case Tag::Null: return n.null_;
    case Tag::Bool: return v.boolean_value() ? n.true_ : n.false_;
    case Tag::Number: return number_to_str(v.num());
    case Tag::String: return v.str();
    case Tag::Symbol: throw_type_error("Cannot convert a Symbol value to a string");
    case Tag::BigInt: return new_string(std::to_string(v.big()));
    case Tag::Object: return ToString(ToPrimitive(v, 2));
  }
  return n.empty;
}

// #sec-toprimitive
Value Interp::ToPrimitive(Value v, int hint) {
  if (!v.is_object()) return v;
  Value exotic = GetMethod(v, r.sym_to_primitive);
  if (!exotic.is_undefined()) {
    Value h = atom_value(hint == 1 ? "number" : hint == 2 ? "string" : "default");
    Value result = call(exotic, v, {h});
    if (result.is_object()) throw_type_error("Cannot convert object to primitive value");
    return result;
  }
  // #sec-ordinarytoprimitive
  Key order[2] = {n.valueOf, n.toString};
  if (hint == 2) std::swap(order[0], order[1]);
  for (Key k : order) {
    Value method = get(v.obj(), k);
    if (IsCallable(method)) {
      Value result = call(method, v, {});
      if (!result.is_object()) return result;
    }
  }
  throw_type_error("Cannot convert object to primitive value");
}

Object* Interp::ToObject(Value v) {
  switch (v.tag) {
    case Tag::Object: return v.obj();
    case Tag::Bool: return heap.make<PrimitiveObj>(r.boolean_proto, Class::Boolean, v);
    case Tag::Number: return heap.make<PrimitiveObj>(r.number_proto, Class::Number, v);
    case Tag::String: return heap.make<PrimitiveObj>(r.string_proto, Class::String, v);
    case Tag::Symbol: return heap.make<PrimitiveObj>(r.symbol_proto, Class::Symbol, v);
    case Tag::BigInt: refuse("BigInt objects are not modelled");
    default: throw_type_error("Cannot convert undefined or null to object");
  }
}

Key Interp::ToPropertyKey(Value v) {
  if (v.is_string()) return intern(v.str());
  if (v.is_symbol()) return v.symbol_value();
  if (v.is_number()) {
    double d = v.num();
    if (d >= 0 && d < 4294967295.0 && d == std::floor(d)) {
      return key_from_index(static_cast<std::uint32_t>(d));
    }
    return intern(number_to_string(d));
  }
  Value p = ToPrimitive(v, 2);
  if (p.is_symbol()) return p.symbol_value();
  return intern(ToString(p));
}

double Interp::ToIntegerOrInfinity(Value v) {
  double d = ToNumber(v);
  if (std::isnan(d) || d == 0) return 0;
  if (std::isinf(d)) return d;
  return std::trunc(d);
}

std::int32_t Interp::ToInt32(Value v) {
  double d = v.is_number() ? v.num() : ToNumber(v);
  if (std::isnan(d) || std::isinf(d)) return 0;
  double t = std::fmod(std::trunc(d), 4294967296.0);
  if (t < 0) t += 4294967296.0;
  auto u = static_cast<std::uint32_t>(t);
  return static_cast<std::int32_t>(u);
}

std::uint32_t Interp::ToUint32(Value v) { return static_cast<std::uint32_t>(ToInt32(v)); }

std::int64_t Interp::ToLength(Value v) {
  double d = ToIntegerOrInfinity(v);
  if (d <= 0) return 0;
  return static_cast<std::int64_t>(std::min(d, 9007199254740991.0));
}

bool Interp::IsStrictlyEqual(Value a, Value b) {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case Tag::Undefined:
    case Tag::Null:
    case Tag::Empty: return true;
    case Tag::Bool: return a.boolean_value() == b.boolean_value();
    case Tag::Number: return a.num() == b.num();
    case Tag::BigInt: return a.big() == b.big();
    case Tag::String: return a.str() == b.str() || a.str()->data == b.str()->data;
    case Tag::Symbol:
    case Tag::Object: return a.cell() == b.cell();
  }
  return false;
}

// #sec-islooselyequal
bool Interp::IsLooselyEqual(Value a, Value b) {
  if (a.tag == b.tag) return IsStrictlyEqual(a, b);
  if (a.is_nullish() && b.is_nullish()) return true;
  if (a.is_bigint() || b.is_bigint()) {
    Value x = a.is_bigint() ? a : b, y = a.is_bigint() ? b : a;
    if (y.is_number())
      return static_cast<double>(x.big()) == y.num() && std::trunc(y.num()) == y.num();
    if (y.is_string()) {
      double d = ToNumber(y);
      return !std::isnan(d) && static_cast<double>(x.big()) == d;
    }
    if (y.is_bool()) return x.big() == (y.boolean_value() ? 1 : 0);
    if (y.is_object()) return IsLooselyEqual(x, ToPrimitive(y));
    return false;
  }
  if (a.is_number() && b.is_string()) return a.num() == ToNumber(b);
  if (a.is_string() && b.is_number()) return ToNumber(a) == b.num();
  if (a.is_bool()) return IsLooselyEqual(Value::number(a.boolean_value() ? 1 : 0), b);
  if (b.is_bool()) return IsLooselyEqual(a, Value::number(b.boolean_value() ? 1 : 0));
  if ((a.is_string() || a.is_number() || a.is_symbol()) && b.is_object()) {
    return IsLooselyEqual(a, ToPrimitive(b));
  }
  if (a.is_object() && (b.is_string() || b.is_number() || b.is_symbol())) {
    return IsLooselyEqual(ToPrimitive(a), b);
  }
  return false;
}

bool Interp::SameValue(Value a, Value b) {
  if (a.is_number() && b.is_number()) {
    double x = a.num(), y = b.num();
    if (std::isnan(x) && std::isnan(y)) return true;
    if (x == 0 && y == 0) return std::signbit(x) == std::signbit(y);
    return x == y;
  }
  return IsStrictlyEqual(a, b);
}

bool Interp::SameValueZero(Value a, Value b) {
  if (a.is_number() && b.is_number() && std::isnan(a.num()) && std::isnan(b.num())) return true;
  return IsStrictlyEqual(a, b);
}

// The typeof operator's result (#sec-typeof-operator).
Str* Interp::typeof_string(Value v) {
  switch (v.tag) {
    case Tag::Undefined:
    case Tag::Empty: return n.undefined;
    case Tag::Null: return n.object;
    case Tag::Bool: return n.boolean;
    case Tag::Number: return n.number;
    case Tag::String: return n.string;
    case Tag::Symbol: return n.symbol;
    case Tag::BigInt: return n.bigint;
    case Tag::Object: return v.obj()->is_callable ? n.function : n.object;
  }
  return n.undefined;
}

std::int64_t Interp::string_length(Str* s) {
  if (s->ascii) return static_cast<std::int64_t>(s->data.size());
  if (s->u16len >= 0) return s->u16len;
  std::int64_t len = 0;
  for (std::size_t i = 0; i < s->data.size();) {
    std::uint32_t cp = next_cp(s->data, i);
    len += cp >= 0x10000 ? 2 : 1;
  }
  s->u16len = static_cast<std::int32_t>(len);
  return len;
}

}  // namespace desugar::sim
