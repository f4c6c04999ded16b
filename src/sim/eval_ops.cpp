// Binary operators (#sec-applystringornumericbinaryoperator, #sec-islessthan,
// #sec-relational-operators) and UTF-16 string helpers.
#include <climits>
#include <cmath>
#include <limits>

#include "sim/compiler.h"
#include "sim/interp.h"
#include "sim/strings.h"

namespace desugar::sim {

std::u16string to_utf16(const std::string& s) {
  std::u16string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp;
    int len;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if (c >= 0xF0) {
      cp = c & 0x07;
      len = 4;
    } else if (c >= 0xE0) {
      cp = c & 0x0F;
      len = 3;
    } else {
      cp = c & 0x1F;
      len = 2;
    }
    for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

std::string from_utf16(const char16_t* u, std::size_t n) {
  std::string out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<std::uint32_t>(u[i + 1]) - 0xDC00);
      ++i;
    }
    append_utf8(out, c);
  }
  return out;
}

std::string from_utf16(const std::u16string& u) { return from_utf16(u.data(), u.size()); }

int compare_utf16(const std::string& a, const std::string& b, bool a_ascii, bool b_ascii) {
  if (a_ascii && b_ascii) {
    int c = a.compare(b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  std::u16string x = to_utf16(a), y = to_utf16(b);
  int c = x.compare(y);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// #sec-islessthan: sets undefined_result for NaN comparisons.
bool Interp::IsLessThan(Value a, Value b, bool left_first, bool& undef) {
  undef = false;
  Value px, py;
  if (left_first) {
    px = ToPrimitive(a, 1);
    py = ToPrimitive(b, 1);
  } else {
    py = ToPrimitive(b, 1);
    px = ToPrimitive(a, 1);
  }
  if (px.is_string() && py.is_string()) {
    return compare_utf16(px.str()->data, py.str()->data, px.str()->ascii, py.str()->ascii) < 0;
  }
  if (px.is_bigint() && py.is_bigint()) return px.big() < py.big();
  if (px.is_bigint() || py.is_bigint()) {
    Value big = px.is_bigint() ? px : py, other = px.is_bigint() ? py : px;
    if (other.is_string() || other.is_bool() || other.is_nullish())
      other = Value::number(ToNumber(other));
    if (other.is_symbol()) ToNumber(other);
    double d = other.num();
    if (std::isnan(d)) {
      undef = true;
      return false;
    }
    long double x =
        px.is_bigint() ? static_cast<long double>(px.big()) : static_cast<long double>(d);
    long double y =
        py.is_bigint() ? static_cast<long double>(py.big()) : static_cast<long double>(d);
    (void)big;
    return x < y;
  }
  double x = ToNumber(px), y = ToNumber(py);
  if (std::isnan(x) || std::isnan(y)) {
    undef = true;
    return false;
  }
  return x < y;
}

static double js_pow(double x, double y) {
  if (std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (y == 0) return 1;
  if ((x == 1 || x == -1) && std::isinf(y)) return std::numeric_limits<double>::quiet_NaN();
  return std::pow(x, y);
}

// BigInt arithmetic (#sec-ecmascript-language-types-bigint-type), within 64 bits.
static Value bigint_op(Interp& in, AstOp op, std::int64_t x, std::int64_t y) {
  std::int64_t r = 0;
  bool overflow = false;
  switch (op) {
    case AstOp::Add: overflow = __builtin_add_overflow(x, y, &r); break;
    case AstOp::Sub: overflow = __builtin_sub_overflow(x, y, &r); break;
    case AstOp::Mul: overflow = __builtin_mul_overflow(x, y, &r); break;
    case AstOp::Div:
      if (y == 0) in.throw_error(ErrorType::RangeError, "Division by zero");
      if (x == INT64_MIN && y == -1)
        overflow = true;
      else
        r = x / y;
      break;
    case AstOp::Rem:
      if (y == 0) in.throw_error(ErrorType::RangeError, "Division by zero");
      r = y == -1 ? 0 : x % y;
      break;
    case AstOp::Pow: {
      if (y < 0) in.throw_error(ErrorType::RangeError, "Exponent must be non-negative");
      r = 1;
      for (std::int64_t i = 0; i < y && !overflow; ++i) overflow = __builtin_mul_overflow(r, x, &r);
      break;
    }
    case AstOp::BitAnd: r = x & y; break;
    case AstOp::BitOr: r = x | y; break;
    case AstOp::BitXor: r = x ^ y; break;
    case AstOp::Shl:
    case AstOp::Shr:
    default: in.refuse("this BigInt operation is not modelled");
  }
  if (overflow) in.refuse("BigInt values beyond 64 bits are not modelled");
  return Value::bigint(r);
}

Value Interp::binary_op(AstOp op, Value a, Value b) {
  bool arithmetic = op == AstOp::Add || op == AstOp::Sub || op == AstOp::Mul || op == AstOp::Div ||
                    op == AstOp::Rem || op == AstOp::Pow || op == AstOp::BitAnd ||
                    op == AstOp::BitOr || op == AstOp::BitXor || op == AstOp::Shl ||
                    op == AstOp::Shr || op == AstOp::UShr;
  if (arithmetic && (a.is_bigint() || b.is_bigint() || a.is_object() || b.is_object())) {
    Value pa = a.is_object() ? ToPrimitive(a) : a;
    Value pb = b.is_object() ? ToPrimitive(b) : b;
    if (pa.is_bigint() || pb.is_bigint()) {
      if (op == AstOp::Add && (pa.is_string() || pb.is_string())) {
        Str* sa = ToString(pa);
        Str* sb = ToString(pb);
        return string_value(sa->data + sb->data);
      }
      if (!pa.is_bigint() || !pb.is_bigint()) {
        throw_type_error("Cannot mix BigInt and other types, use explicit conversions");
      }
      if (op == AstOp::UShr)
        throw_type_error("BigInts have no unsigned right shift, use >> instead");
      return bigint_op(*this, op, pa.big(), pb.big());
    }
    a = pa;
    b = pb;
  }
  switch (op) {
    case AstOp::Add: {
      if (a.is_number() && b.is_number()) return Value::number(a.num() + b.num());
      if (a.is_string() && b.is_string()) {
        if (a.str()->data.size() + b.str()->data.size() > kMaxStringBytes)
          refuse("strings longer than 256 MB are not modelled");
        return string_value(a.str()->data + b.str()->data);
      }
      Value pa = ToPrimitive(a), pb = ToPrimitive(b);
      if (pa.is_string() || pb.is_string()) {
        Str* sa = ToString(pa);
        Str* sb = ToString(pb);
        if (sa->data.size() + sb->data.size() > kMaxStringBytes)
          refuse("strings longer than 256 MB are not modelled");
        return string_value(sa->data + sb->data);
      }
      return Value::number(ToNumber(pa) + ToNumber(pb));
    }
    case AstOp::Sub:
    case AstOp::Mul:
    case AstOp::Div:
    case AstOp::Rem:
    case AstOp::Pow: {
      // Operands convert left to right (ApplyStringOrNumericBinaryOperator step 3-4).
      double x = ToNumber(a);
      double y = ToNumber(b);
      switch (op) {
        case AstOp::Sub: return Value::number(x - y);
        case AstOp::Mul: return Value::number(x * y);
        case AstOp::Div: return Value::number(x / y);
        case AstOp::Rem: return Value::number(std::fmod(x, y));
        default: return Value::number(js_pow(x, y));
      }
    }
    case AstOp::Shl:
    case AstOp::Shr:
    case AstOp::UShr:
    case AstOp::BitAnd:
    case AstOp::BitOr:
    case AstOp::BitXor: {
      double x = ToNumber(a);
      double y = ToNumber(b);
      std::int32_t xi = ToInt32(Value::number(x));
      std::uint32_t yu = ToUint32(Value::number(y));
      switch (op) {
        case AstOp::Shl:
          return Value::number(
              static_cast<std::int32_t>(static_cast<std::uint32_t>(xi) << (yu & 31)));
        case AstOp::Shr: return Value::number(xi >> (yu & 31));
        case AstOp::UShr: return Value::number(static_cast<std::uint32_t>(xi) >> (yu & 31));
        case AstOp::BitAnd: return Value::number(xi & static_cast<std::int32_t>(yu));
        case AstOp::BitOr: return Value::number(xi | static_cast<std::int32_t>(yu));
        default: return Value::number(xi ^ static_cast<std::int32_t>(yu));
      }
    }
    case AstOp::Eq: return Value::boolean(IsLooselyEqual(a, b));
    case AstOp::Ne: return Value::boolean(!IsLooselyEqual(a, b));
    case AstOp::StrictEq: return Value::boolean(IsStrictlyEqual(a, b));
    case AstOp::StrictNe: return Value::boolean(!IsStrictlyEqual(a, b));
    case AstOp::Lt: {
      bool u;
      bool r = IsLessThan(a, b, true, u);
      return Value::boolean(!u && r);
    }
    case AstOp::Gt: {
      bool u;
      bool r = IsLessThan(b, a, false, u);
      return Value::boolean(!u && r);
    }
    case AstOp::Le: {
      bool u;
      bool r = IsLessThan(b, a, false, u);
      return Value::boolean(!u && !r);
    }
    case AstOp::Ge: {
      bool u;
      bool r = IsLessThan(a, b, true, u);
      return Value::boolean(!u && !r);
    }
    case AstOp::In: {
      if (!b.is_object()) {
        throw_type_error("Cannot use 'in' operator to search for '" +
                         (a.is_symbol() ? std::string("Symbol()") : to_std_string(a)) + "' in " +
                         to_std_string(b));
      }
      return Value::boolean(HasProperty(b.obj(), ToPropertyKey(a)));
    }
    case AstOp::InstanceOf: return Value::boolean(InstanceofOperator(a, b));
    default: refuse("this operator is not modelled");
  }
}

}  // namespace desugar::sim
