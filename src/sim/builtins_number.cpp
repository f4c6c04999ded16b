// Number and Boolean objects (#sec-number-objects, #sec-boolean-objects). Number formatting
// follows the spec's rounding (ties go to the larger value) using the exact decimal expansion of
// the double; toString(radix) is V8's DoubleToRadixCString.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "sim/builtins.h"

namespace desugar::sim {

namespace {

double this_number(Interp& in, Value v, const char* method) {
  if (v.is_number()) return v.num();
  if (v.is_object() && v.obj()->cls == Class::Number)
    return static_cast<PrimitiveObj*>(v.obj())->value.num();
  in.throw_type_error(std::string("Number.prototype.") + method +
                      " requires that 'this' be a Number");
}

// The exact decimal digits of |x| (no leading zeros) and the position of the decimal point:
// |x| = 0.DIGITS × 10^point.
void exact_digits(double x, std::string& digits, int& point) {
  static char buf[1200];
  std::snprintf(buf, sizeof(buf), "%.1100e", std::fabs(x));
  const char* e = std::strchr(buf, 'e');
  digits.clear();
  for (const char* p = buf; p < e; ++p) {
    if (*p != '.') digits += *p;
  }
  point = std::atoi(e + 1) + 1;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

// Rounds DIGITS (with point) to `keep` significant digits, ties up. Returns the digits (exactly
// `keep` of them) and adjusts point on carry.
std::string round_digits(std::string digits, int& point, int keep) {
  if (keep <= 0) {
    // Everything rounds away: the result is 0 or one unit at position `keep`.
    bool up = keep == 0 && !digits.empty() && digits[0] >= '5';
    if (up) {
      ++point;
      return "1";
    }
    return "";
  }
  if (static_cast<int>(digits.size()) <= keep)
    return digits + std::string(static_cast<std::size_t>(keep) - digits.size(), '0');
  bool up = digits[static_cast<std::size_t>(keep)] >= '5';
  std::string out = digits.substr(0, static_cast<std::size_t>(keep));
  if (up) {
    int i = keep - 1;
    while (i >= 0 && out[static_cast<std::size_t>(i)] == '9')
      out[static_cast<std::size_t>(i--)] = '0';
    if (i < 0) {
      out.insert(out.begin(), '1');
      out.pop_back();
      ++point;
    } else {
      ++out[static_cast<std::size_t>(i)];
    }
  }
  return out;
}

Value number_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  double d = a.argc == 0 ? 0 : in.ToNumber(a.argv[0]);
  if (a.new_target.is_undefined()) return Value::number(d);
  Object* proto = in.GetPrototypeFromConstructor(a.new_target, in.r.number_proto);
  return Value::object(in.heap.make<PrimitiveObj>(proto, Class::Number, Value::number(d)));
}

Value n_is_integer(Interp&, NativeFunction&, NativeArgs& a) {
  Value v = a.arg(0);
  return Value::boolean(v.is_number() && std::isfinite(v.num()) && std::trunc(v.num()) == v.num());
}
Value n_is_safe_integer(Interp&, NativeFunction&, NativeArgs& a) {
  Value v = a.arg(0);
  return Value::boolean(v.is_number() && std::isfinite(v.num()) && std::trunc(v.num()) == v.num() &&
                        std::fabs(v.num()) <= 9007199254740991.0);
}
Value n_is_finite(Interp&, NativeFunction&, NativeArgs& a) {
  return Value::boolean(a.arg(0).is_number() && std::isfinite(a.arg(0).num()));
}
Value n_is_nan(Interp&, NativeFunction&, NativeArgs& a) {
  return Value::boolean(a.arg(0).is_number() && std::isnan(a.arg(0).num()));
}

int double_exponent(double d) {
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  int biased = static_cast<int>((bits >> 52) & 0x7FF);
  if (biased == 0) return 1 - 0x3FF - 52;
  return biased - 0x3FF - 52;
}

// V8's DoubleToRadixCString (src/numbers/conversions.cc).
std::string double_to_radix(double value, int radix) {
  static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  constexpr int kBufferSize = 2200;
  char buffer[kBufferSize];
  int integer_cursor = kBufferSize / 2;
  int fraction_cursor = integer_cursor;
  bool negative = value < 0;
  if (negative) value = -value;
  double integer = std::floor(value);
  double fraction = value - integer;
  double delta = 0.5 * (std::nextafter(value, INFINITY) - value);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  if (fraction >= delta) {
    buffer[fraction_cursor++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(fraction);
      buffer[fraction_cursor++] = chars[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          for (;;) {
            fraction_cursor--;
            if (fraction_cursor == kBufferSize / 2) {
              integer += 1;
              break;
            }
            char c = buffer[fraction_cursor];
            int d = c > '9' ? (c - 'a' + 10) : (c - '0');
            if (d + 1 < radix) {
              buffer[fraction_cursor++] = chars[d + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  while (double_exponent(integer / radix) > 0) {
    integer /= radix;
    buffer[--integer_cursor] = '0';
  }
  do {
    double remainder = std::fmod(integer, radix);
    buffer[--integer_cursor] = chars[static_cast<int>(remainder)];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  if (negative) buffer[--integer_cursor] = '-';
  return std::string(buffer + integer_cursor, buffer + fraction_cursor);
}

Value p_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = this_number(in, a.this_value, "toString");
  int radix = a.arg(0).is_undefined() ? 10 : static_cast<int>(in.ToIntegerOrInfinity(a.arg(0)));
  if (radix < 2 || radix > 36)
    in.throw_error(ErrorType::RangeError, "toString() radix must be between 2 and 36");
  if (radix == 10 || !std::isfinite(x)) return in.string_value(in.number_to_string(x));
  if (x == 0) return Value::string(in.n.zero);
  return in.string_value(double_to_radix(x, radix));
}

Value p_value_of(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::number(this_number(in, a.this_value, "valueOf"));
}

// #sec-number.prototype.tofixed
Value p_to_fixed(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = this_number(in, a.this_value, "toFixed");
  double f = in.ToIntegerOrInfinity(a.arg(0));
  if (!std::isfinite(f) || f < 0 || f > 100)
    in.throw_error(ErrorType::RangeError, "toFixed() digits argument must be between 0 and 100");
  if (!std::isfinite(x)) return in.string_value(in.number_to_string(x));
  if (std::fabs(x) >= 1e21) return in.string_value(in.number_to_string(x));
  int fd = static_cast<int>(f);
  std::string sign = x < 0 ? "-" : "";
  std::string digits;
  int point = 0;
  if (x == 0) {
    digits = "0";
    point = 1;
  } else {
    exact_digits(x, digits, point);
  }
  int keep = point + fd;
  std::string r = round_digits(digits, point, keep);
  // r holds point+fd digits (or fewer when everything rounded away).
  std::string intpart, frac;
  if (r.empty()) {
    intpart = "0";
    frac = std::string(static_cast<std::size_t>(fd), '0');
  } else {
    int total = static_cast<int>(r.size());
    int int_len = total - fd;
    if (int_len <= 0) {
      intpart = "0";
      frac = std::string(static_cast<std::size_t>(-int_len), '0') + r;
    } else {
      intpart = r.substr(0, static_cast<std::size_t>(int_len));
      frac = r.substr(static_cast<std::size_t>(int_len));
    }
  }
  std::string out = sign + intpart;
  if (fd > 0) out += "." + frac;
  return in.string_value(out);
}

// #sec-number.prototype.toprecision
Value p_to_precision(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = this_number(in, a.this_value, "toPrecision");
  if (a.arg(0).is_undefined()) return in.string_value(in.number_to_string(x));
  double p = in.ToIntegerOrInfinity(a.arg(0));
  if (!std::isfinite(x)) return in.string_value(in.number_to_string(x));
  if (p < 1 || p > 100)
    in.throw_error(ErrorType::RangeError, "toPrecision() argument must be between 1 and 100");
  int pi = static_cast<int>(p);
  std::string sign = x < 0 ? "-" : "";
  std::string m;
  int e;
  if (x == 0) {
    m = std::string(static_cast<std::size_t>(pi), '0');
    e = 0;
  } else {
    std::string digits;
    int point = 0;
    exact_digits(x, digits, point);
    m = round_digits(digits, point, pi);
    e = point - 1;
  }
  if (e < -6 || e >= pi) {
    std::string out = sign + m.substr(0, 1);
    if (pi > 1) out += "." + m.substr(1);
    out += std::string("e") + (e >= 0 ? "+" : "-") + std::to_string(std::abs(e));
    return in.string_value(out);
  }
  if (e == pi - 1) return in.string_value(sign + m);
  if (e >= 0)
    return in.string_value(sign + m.substr(0, static_cast<std::size_t>(e + 1)) + "." +
                           m.substr(static_cast<std::size_t>(e + 1)));
  return in.string_value(sign + "0." + std::string(static_cast<std::size_t>(-(e + 1)), '0') + m);
}

Value p_to_exponential(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = this_number(in, a.this_value, "toExponential");
  double f = in.ToIntegerOrInfinity(a.arg(0));
  if (!std::isfinite(x)) return in.string_value(in.number_to_string(x));
  if (f < 0 || f > 100)
    in.throw_error(ErrorType::RangeError, "toExponential() argument must be between 0 and 100");
  std::string sign = x < 0 ? "-" : "";
  std::string m;
  int e = 0;
  if (a.arg(0).is_undefined()) in.refuse("toExponential() without digits is not modelled");
  int fi = static_cast<int>(f);
  if (x == 0) {
    m = std::string(static_cast<std::size_t>(fi + 1), '0');
  } else {
    std::string digits;
    int point = 0;
    exact_digits(x, digits, point);
    m = round_digits(digits, point, fi + 1);
    e = point - 1;
  }
  std::string out = sign + m.substr(0, 1);
  if (fi > 0) out += "." + m.substr(1);
  out += std::string("e") + (e >= 0 ? "+" : "-") + std::to_string(std::abs(e));
  return in.string_value(out);
}

Value p_to_locale_string(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = this_number(in, a.this_value, "toLocaleString");
  if (std::isfinite(x) && x == std::trunc(x) && std::fabs(x) < 1000)
    return in.string_value(in.number_to_string(x));
  in.refuse("locale-specific number formatting is not modelled");
}

// ---- Boolean

Value boolean_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  bool b = in.ToBoolean(a.arg(0));
  if (a.new_target.is_undefined()) return Value::boolean(b);
  Object* proto = in.GetPrototypeFromConstructor(a.new_target, in.r.boolean_proto);
  return Value::object(in.heap.make<PrimitiveObj>(proto, Class::Boolean, Value::boolean(b)));
}

bool this_boolean(Interp& in, Value v) {
  if (v.is_bool()) return v.boolean_value();
  if (v.is_object() && v.obj()->cls == Class::Boolean)
    return static_cast<PrimitiveObj*>(v.obj())->value.boolean_value();
  in.throw_type_error("Boolean.prototype method requires that 'this' be a Boolean");
}

Value b_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::string(this_boolean(in, a.this_value) ? in.n.true_ : in.n.false_);
}
Value b_value_of(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(this_boolean(in, a.this_value));
}

// ---- BigInt (64-bit values only)

Value bigint_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.new_target.is_undefined()) in.throw_type_error("BigInt is not a constructor");
  Value v = in.ToPrimitive(a.arg(0), 1);
  if (v.is_number()) {
    double d = v.num();
    if (!std::isfinite(d) || d != std::trunc(d)) {
      in.throw_error(ErrorType::RangeError,
                     "The number " + in.number_to_string(d) +
                         " cannot be converted to a BigInt because it is not an integer");
    }
    if (std::fabs(d) >= 9.2e18) in.refuse("BigInt values beyond 64 bits are not modelled");
    return Value::bigint(static_cast<std::int64_t>(d));
  }
  if (v.is_bigint()) return v;
  if (v.is_bool()) return Value::bigint(v.boolean_value() ? 1 : 0);
  if (v.is_string()) {
    std::string s = v.str()->data;
    char* end = nullptr;
    errno = 0;
    long long x = std::strtoll(s.c_str(), &end, 10);
    if (s.empty() || errno != 0 || *end != '\0')
      in.refuse("BigInt parsing of this string is not modelled");
    return Value::bigint(x);
  }
  in.throw_type_error("Cannot convert " + in.to_std_string(v) + " to a BigInt", false);
}

Value bigint_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  Value v = a.this_value;
  if (!v.is_bigint())
    in.throw_type_error("BigInt.prototype.toString requires that 'this' be a BigInt");
  if (!a.arg(0).is_undefined() && in.ToIntegerOrInfinity(a.arg(0)) != 10)
    in.refuse("BigInt radix output is not modelled");
  return in.string_value(std::to_string(v.big()));
}

Value bigint_value_of(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.this_value.is_bigint())
    in.throw_type_error("BigInt.prototype.valueOf requires that 'this' be a BigInt");
  return a.this_value;
}

}  // namespace

void init_number_builtins(Interp& in) {
  Object* bp = in.new_object();
  in.r.bigint_proto = bp;
  Object* bctor = make_constructor(in, "BigInt", 1, bigint_ctor, bp);
  static_cast<NativeFunction*>(bctor)->is_constructor = false;
  in.add_method(bp, "toString", 0, bigint_to_string);
  in.add_method(bp, "valueOf", 0, bigint_value_of);
  in.add_method(bp, "toLocaleString", 0, bigint_to_string);
  bp->put(in.r.sym_to_string_tag, in.atom_value("BigInt"), attr::Configurable);

  auto* proto = in.heap.make<PrimitiveObj>(in.r.object_proto, Class::Number, Value::number(0));
  in.r.number_proto = proto;
  Object* ctor = make_constructor(in, "Number", 1, number_ctor, proto);
  in.add_method(ctor, "isInteger", 1, n_is_integer);
  in.add_method(ctor, "isSafeInteger", 1, n_is_safe_integer);
  in.add_method(ctor, "isFinite", 1, n_is_finite);
  in.add_method(ctor, "isNaN", 1, n_is_nan);
  ctor->put(in.intern("parseFloat"), in.get(in.r.global, in.intern("parseFloat")), attr::Hidden);
  ctor->put(in.intern("parseInt"), in.get(in.r.global, in.intern("parseInt")), attr::Hidden);
  ctor->put(in.intern("MAX_SAFE_INTEGER"), Value::number(9007199254740991.0), 0);
  ctor->put(in.intern("MIN_SAFE_INTEGER"), Value::number(-9007199254740991.0), 0);
  ctor->put(in.intern("EPSILON"), Value::number(std::numeric_limits<double>::epsilon()), 0);
  ctor->put(in.intern("MAX_VALUE"), Value::number(std::numeric_limits<double>::max()), 0);
  ctor->put(in.intern("MIN_VALUE"), Value::number(std::numeric_limits<double>::denorm_min()), 0);
  ctor->put(in.intern("POSITIVE_INFINITY"), Value::number(INFINITY), 0);
  ctor->put(in.intern("NEGATIVE_INFINITY"), Value::number(-INFINITY), 0);
  ctor->put(in.n.NaN, Value::number(std::numeric_limits<double>::quiet_NaN()), 0);
  in.add_method(proto, "toString", 1, p_to_string);
  in.add_method(proto, "valueOf", 0, p_value_of);
  in.add_method(proto, "toFixed", 1, p_to_fixed);
  in.add_method(proto, "toPrecision", 1, p_to_precision);
  in.add_method(proto, "toExponential", 1, p_to_exponential);
  in.add_method(proto, "toLocaleString", 0, p_to_locale_string);

  auto* bproto =
      in.heap.make<PrimitiveObj>(in.r.object_proto, Class::Boolean, Value::boolean(false));
  in.r.boolean_proto = bproto;
  make_constructor(in, "Boolean", 1, boolean_ctor, bproto);
  in.add_method(bproto, "toString", 0, b_to_string);
  in.add_method(bproto, "valueOf", 0, b_value_of);
}

}  // namespace desugar::sim
