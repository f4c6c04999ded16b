// The Math object (#sec-math-object). Math.random is refused: its values are not predictable.
#include <cmath>
#include <limits>

#include "sim/builtins.h"

namespace desugar::sim {

namespace {

double arg_num(Interp& in, NativeArgs& a, std::uint32_t i) { return in.ToNumber(a.arg(i)); }

#define UNARY(name, expr)                                      \
  Value m_##name(Interp& in, NativeFunction&, NativeArgs& a) { \
    double x = arg_num(in, a, 0);                              \
    return Value::number(expr);                                \
  }
UNARY(abs, std::fabs(x))
UNARY(floor, std::floor(x))
UNARY(ceil, std::ceil(x))
UNARY(trunc, std::trunc(x))
UNARY(sqrt, std::sqrt(x))
UNARY(cbrt, std::cbrt(x))
UNARY(log, std::log(x))
UNARY(log2, std::log2(x))
UNARY(log10, std::log10(x))
UNARY(log1p, std::log1p(x))
UNARY(exp, std::exp(x))
UNARY(expm1, std::expm1(x))
UNARY(sin, std::sin(x))
UNARY(cos, std::cos(x))
UNARY(tan, std::tan(x))
UNARY(asin, std::asin(x))
UNARY(acos, std::acos(x))
UNARY(atan, std::atan(x))
UNARY(sinh, std::sinh(x))
UNARY(cosh, std::cosh(x))
UNARY(tanh, std::tanh(x))
UNARY(asinh, std::asinh(x))
UNARY(acosh, std::acosh(x))
UNARY(atanh, std::atanh(x))
UNARY(fround, static_cast<double>(static_cast<float>(x)))
#undef UNARY

Value m_sign(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = arg_num(in, a, 0);
  if (std::isnan(x) || x == 0) return Value::number(x);
  return Value::number(x > 0 ? 1 : -1);
}

// #sec-math.round: ties toward +Infinity; -0 for [-0.5, -0).
Value m_round(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = arg_num(in, a, 0);
  if (!std::isfinite(x) || x == 0) return Value::number(x);
  if (x < 0 && x >= -0.5) return Value::number(-0.0);
  double r = std::floor(x);
  if (x - r >= 0.5) r += 1;
  return Value::number(r);
}

Value m_pow(Interp& in, NativeFunction&, NativeArgs& a) {
  double x = arg_num(in, a, 0), y = arg_num(in, a, 1);
  if (std::isnan(y)) return Value::number(NAN);
  if (y == 0) return Value::number(1);
  if ((x == 1 || x == -1) && std::isinf(y)) return Value::number(NAN);
  return Value::number(std::pow(x, y));
}

Value m_atan2(Interp& in, NativeFunction&, NativeArgs& a) {
  double y = arg_num(in, a, 0), x = arg_num(in, a, 1);
  return Value::number(std::atan2(y, x));
}

Value m_min_max(Interp& in, NativeArgs& a, bool is_max) {
  double r = is_max ? -INFINITY : INFINITY;
  std::vector<double> xs;
  for (std::uint32_t i = 0; i < a.argc; ++i) xs.push_back(in.ToNumber(a.argv[i]));
  for (double x : xs) {
    if (std::isnan(x)) return Value::number(NAN);
    if (is_max) {
      if (x > r || (x == 0 && r == 0 && !std::signbit(x))) r = x;
    } else {
      if (x < r || (x == 0 && r == 0 && std::signbit(x))) r = x;
    }
  }
  return Value::number(r);
}
Value m_max(Interp& in, NativeFunction&, NativeArgs& a) { return m_min_max(in, a, true); }
Value m_min(Interp& in, NativeFunction&, NativeArgs& a) { return m_min_max(in, a, false); }

Value m_hypot(Interp& in, NativeFunction&, NativeArgs& a) {
  double sum = 0;
  bool inf = false, nan = false;
  std::vector<double> xs;
  for (std::uint32_t i = 0; i < a.argc; ++i) xs.push_back(in.ToNumber(a.argv[i]));
  for (double x : xs) {
    if (std::isinf(x)) inf = true;
    if (std::isnan(x)) nan = true;
    sum += x * x;
  }
  if (inf) return Value::number(INFINITY);
  if (nan) return Value::number(NAN);
  if (xs.size() == 2) return Value::number(std::hypot(xs[0], xs[1]));
  return Value::number(std::sqrt(sum));
}

Value m_clz32(Interp& in, NativeFunction&, NativeArgs& a) {
  std::uint32_t x = in.ToUint32(a.arg(0));
  return Value::number(x == 0 ? 32 : __builtin_clz(x));
}

Value m_imul(Interp& in, NativeFunction&, NativeArgs& a) {
  std::uint32_t x = in.ToUint32(a.arg(0)), y = in.ToUint32(a.arg(1));
  return Value::number(static_cast<std::int32_t>(x * y));
}

Value m_random(Interp& in, NativeFunction&, NativeArgs&) {
  in.refuse("`Math.random()` is not predictable");
}

}  // namespace

void init_math_builtins(Interp& in) {
  Object* m = in.new_object();
  in.r.global->put(in.intern("Math"), Value::object(m), attr::Hidden);
  m->put(in.r.sym_to_string_tag, in.atom_value("Math"), attr::Configurable);
  struct {
    const char* name;
    double v;
  } consts[] = {{"E", M_E},         {"LN10", M_LN10}, {"LN2", M_LN2},         {"LOG10E", M_LOG10E},
                {"LOG2E", M_LOG2E}, {"PI", M_PI},     {"SQRT1_2", M_SQRT1_2}, {"SQRT2", M_SQRT2}};
  for (auto& c : consts) m->put(in.intern(c.name), Value::number(c.v), 0);
  struct {
    const char* name;
    std::uint32_t len;
    NativeFn fn;
  } fns[] = {
      {"abs", 1, m_abs},       {"floor", 1, m_floor}, {"ceil", 1, m_ceil},    {"trunc", 1, m_trunc},
      {"sqrt", 1, m_sqrt},     {"cbrt", 1, m_cbrt},   {"log", 1, m_log},      {"log2", 1, m_log2},
      {"log10", 1, m_log10},   {"log1p", 1, m_log1p}, {"exp", 1, m_exp},      {"expm1", 1, m_expm1},
      {"sin", 1, m_sin},       {"cos", 1, m_cos},     {"tan", 1, m_tan},      {"asin", 1, m_asin},
      {"acos", 1, m_acos},     {"atan", 1, m_atan},   {"sinh", 1, m_sinh},    {"cosh", 1, m_cosh},
      {"tanh", 1, m_tanh},     {"asinh", 1, m_asinh}, {"acosh", 1, m_acosh},  {"atanh", 1, m_atanh},
      {"fround", 1, m_fround}, {"sign", 1, m_sign},   {"round", 1, m_round},  {"pow", 2, m_pow},
      {"atan2", 2, m_atan2},   {"max", 2, m_max},     {"min", 2, m_min},      {"hypot", 2, m_hypot},
      {"clz32", 1, m_clz32},   {"imul", 2, m_imul},   {"random", 0, m_random}};
  for (auto& f : fns) in.add_method(m, f.name, f.len, f.fn);
}

}  // namespace desugar::sim
