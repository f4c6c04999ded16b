// Realm creation (#sec-initializehostdefinedrealm, #sec-setdefaultglobalbindings) and the global
// object's own functions (#sec-function-properties-of-the-global-object).
#include <cmath>
#include <limits>

#include "sim/builtins.h"
#include "sim/strings.h"

namespace desugar::sim {

namespace {

Value function_prototype_call(Interp&, NativeFunction&, NativeArgs&) { return Value::undefined(); }

Symbol* well_known(Interp& in, const char* name) {
  Symbol* s = in.new_symbol(in.atom_value(std::string("Symbol.") + name));
  s->gc_pinned = true;
  return s;
}

// Node 20's global names that the simulator does not provide: using one refuses instead of
// throwing a ReferenceError Node would not throw.
const char* const kUnmodelled[] = {"RegExp",
                                   "Intl",
                                   "ArrayBuffer",
                                   "Uint8Array",
                                   "Int8Array",
                                   "Uint16Array",
                                   "Int16Array",
                                   "Uint32Array",
                                   "Int32Array",
                                   "Float32Array",
                                   "Float64Array",
                                   "Uint8ClampedArray",
                                   "BigUint64Array",
                                   "BigInt64Array",
                                   "DataView",
                                   "Proxy",
                                   "FinalizationRegistry",
                                   "WeakRef",
                                   "decodeURI",
                                   "decodeURIComponent",
                                   "encodeURI",
                                   "encodeURIComponent",
                                   "escape",
                                   "unescape",
                                   "eval",
                                   "Buffer",
                                   "URL",
                                   "URLSearchParams",
                                   "DOMException",
                                   "AbortController",
                                   "AbortSignal",
                                   "Event",
                                   "EventTarget",
                                   "TextEncoder",
                                   "TextDecoder",
                                   "TransformStream",
                                   "TransformStreamDefaultController",
                                   "WritableStream",
                                   "WritableStreamDefaultController",
                                   "WritableStreamDefaultWriter",
                                   "ReadableStream",
                                   "ReadableStreamDefaultReader",
                                   "ReadableStreamBYOBReader",
                                   "ReadableStreamBYOBRequest",
                                   "ReadableByteStreamController",
                                   "ReadableStreamDefaultController",
                                   "ByteLengthQueuingStrategy",
                                   "CountQueuingStrategy",
                                   "TextEncoderStream",
                                   "TextDecoderStream",
                                   "CompressionStream",
                                   "DecompressionStream",
                                   "structuredClone",
                                   "atob",
                                   "btoa",
                                   "BroadcastChannel",
                                   "MessageChannel",
                                   "MessagePort",
                                   "MessageEvent",
                                   "Blob",
                                   "File",
                                   "Performance",
                                   "PerformanceEntry",
                                   "PerformanceMark",
                                   "PerformanceMeasure",
                                   "PerformanceObserver",
                                   "PerformanceObserverEntryList",
                                   "PerformanceResourceTiming",
                                   "fetch",
                                   "FormData",
                                   "Headers",
                                   "Request",
                                   "Response",
                                   "SharedArrayBuffer",
                                   "Atomics",
                                   "WebAssembly",
                                   "crypto",
                                   "Crypto",
                                   "CryptoKey",
                                   "SubtleCrypto",
                                   "CustomEvent",
                                   "Function"};

Value global_parse_float(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string s = trim_js_whitespace(in.ToString(a.arg(0))->data, true, false);
  // The longest prefix that is a StrDecimalLiteral.
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (s.compare(i, 8, "Infinity") == 0) {
    return Value::number(s[0] == '-' ? -INFINITY : INFINITY);
  }
  std::size_t start_digits = i;
  bool digits = false;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
    ++i;
    digits = true;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
      ++i;
      digits = true;
    }
  }
  if (!digits) return Value::number(std::numeric_limits<double>::quiet_NaN());
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      i = j;
    }
  }
  (void)start_digits;
  return Value::number(std::strtod(s.substr(0, i).c_str(), nullptr));
}

Value global_parse_int(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string s = trim_js_whitespace(in.ToString(a.arg(0))->data, true, false);
  double sign = 1;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    if (s[i] == '-') sign = -1;
    ++i;
  }
  std::int32_t radix = in.ToInt32(a.arg(1));
  bool strip = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return Value::number(std::numeric_limits<double>::quiet_NaN());
    if (radix != 16) strip = false;
  } else {
    radix = 10;
  }
  if (strip && i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
    i += 2;
    radix = 16;
  }
  double v = 0;
  bool any = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                   : 99;
    if (d >= radix) break;
    v = v * radix + d;
    any = true;
  }
  if (!any) return Value::number(std::numeric_limits<double>::quiet_NaN());
  return Value::number(sign * v);
}

Value global_is_nan(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(std::isnan(in.ToNumber(a.arg(0))));
}

Value global_is_finite(Interp& in, NativeFunction&, NativeArgs& a) {
  return Value::boolean(std::isfinite(in.ToNumber(a.arg(0))));
}

}  // namespace

Value builtin_require(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string what = a.arg(0).is_string() ? "require('" + a.arg(0).str()->data + "')" : "require";
  in.refuse("`" + what + "` is not modelled");
}

Value make_function_from_native(Interp& in, std::string_view name, std::uint32_t length,
                                NativeFn fn) {
  return Value::object(in.make_native(name, length, fn));
}

Object* make_constructor(Interp& in, std::string_view name, std::uint32_t length, NativeFn fn,
                         Object* prototype) {
  NativeFunction* c = in.make_native(name, length, fn);
  c->is_constructor = true;
  c->put(in.n.prototype, Value::object(prototype), 0);
  prototype->put(in.n.constructor, Value::object(c), attr::Hidden);
  in.r.global->put(in.intern(name), Value::object(c), attr::Hidden);
  return c;
}

// The relative index arguments of slice, at, splice, ... (#sec-array.prototype.slice step 3-4).
double relative_index(Interp& in, Value v, double len, double dflt) {
  if (v.is_undefined()) return dflt;
  double rel = in.ToIntegerOrInfinity(v);
  if (rel < 0) return std::max(len + rel, 0.0);
  return std::min(rel, len);
}

void Interp::init_realm() {
  r.object_proto = heap.make<Object>(nullptr);
  auto* fp = heap.make<NativeFunction>(r.object_proto, function_prototype_call);
  r.function_proto = fp;
  fp->add(n.length, Value::number(0), attr::Configurable);
  fp->add(n.name, Value::string(n.empty), attr::Configurable);
  r.global = heap.make<Object>(r.object_proto);

  r.sym_iterator = well_known(*this, "iterator");
  r.sym_async_iterator = well_known(*this, "asyncIterator");
  r.sym_species = well_known(*this, "species");
  r.sym_to_string_tag = well_known(*this, "toStringTag");
  r.sym_has_instance = well_known(*this, "hasInstance");
  r.sym_to_primitive = well_known(*this, "toPrimitive");
  r.sym_is_concat_spreadable = well_known(*this, "isConcatSpreadable");
  r.sym_unscopables = well_known(*this, "unscopables");
  r.sym_match = well_known(*this, "match");
  r.sym_inspect_custom = new_symbol(atom_value("nodejs.util.inspect.custom"));
  r.sym_inspect_custom->gc_pinned = true;
  r.sym_inspect_custom->registered = true;

  Object* g = r.global;
  g->put(intern("globalThis"), Value::object(g), attr::Hidden);
  g->put(n.undefined, Value::undefined(), 0);
  g->put(n.NaN, Value::number(std::numeric_limits<double>::quiet_NaN()), 0);
  g->put(n.Infinity, Value::number(INFINITY), 0);
  add_method(g, "parseFloat", 1, global_parse_float);
  add_method(g, "parseInt", 2, global_parse_int);
  add_method(g, "isNaN", 1, global_is_nan);
  add_method(g, "isFinite", 1, global_is_finite);

  init_object_builtins(*this);
  init_function_builtins(*this);
  init_symbol_builtins(*this);
  init_error_builtins(*this);
  init_iterator_builtins(*this);
  init_array_builtins(*this);
  init_string_builtins(*this);
  init_number_builtins(*this);
  init_math_builtins(*this);
  init_json_builtins(*this);
  init_promise_builtins(*this);
  init_collection_builtins(*this);
  init_generator_builtins(*this);
  init_reflect_builtins(*this);
  init_host_builtins(*this);

  for (const char* name : kUnmodelled) {
    Str* s = intern(name);
    if (g->find(s) == nullptr) unmodelled_globals.insert(s);
  }
  for (const char* name : host->unmodelled_globals()) unmodelled_globals.insert(intern(name));
}

}  // namespace desugar::sim
