// String objects (#sec-string-objects). Index arithmetic is in UTF-16 code units; ASCII strings
// take byte-level fast paths, others are converted.
#include <algorithm>
#include <cmath>

#include "sim/builtins.h"
#include "sim/compiler.h"
#include "sim/strings.h"

namespace desugar::sim {

Object* make_string_iterator(Interp& in, Value target);

namespace {

Str* this_str(Interp& in, Value v, const char* method) {
  if (v.is_string()) return v.str();
  if (v.is_nullish()) {
    in.throw_type_error(std::string("String.prototype.") + method + " called on null or undefined");
  }
  if (v.is_object() && v.obj()->cls == Class::String)
    return static_cast<PrimitiveObj*>(v.obj())->value.str();
  return in.ToString(v);
}

// A view of a string as UTF-16 units (converted only when not ASCII).
struct U16 {
  explicit U16(Str* s) : ascii(s->ascii), bytes(s->data) {
    if (!ascii) units = to_utf16(s->data);
  }
  std::size_t size() const { return ascii ? bytes.size() : units.size(); }
  char16_t at(std::size_t i) const { return ascii ? static_cast<char16_t>(bytes[i]) : units[i]; }
  std::string sub(std::size_t b, std::size_t e) const {
    if (e <= b) return {};
    if (ascii) return bytes.substr(b, e - b);
    return from_utf16(units.data() + b, e - b);
  }
  std::int64_t find(const U16& needle, std::size_t from) const {
    if (ascii && needle.ascii) {
      auto p = bytes.find(needle.bytes, from);
      return p == std::string::npos ? -1 : static_cast<std::int64_t>(p);
    }
    std::u16string h = ascii ? to_utf16(bytes) : units;
    std::u16string n = needle.ascii ? to_utf16(needle.bytes) : needle.units;
    auto p = h.find(n, from);
    return p == std::u16string::npos ? -1 : static_cast<std::int64_t>(p);
  }
  std::int64_t rfind(const U16& needle, std::size_t from) const {
    std::u16string h = ascii ? to_utf16(bytes) : units;
    std::u16string n = needle.ascii ? to_utf16(needle.bytes) : needle.units;
    auto p = h.rfind(n, from);
    return p == std::u16string::npos ? -1 : static_cast<std::int64_t>(p);
  }
  bool ascii;
  const std::string& bytes;
  std::u16string units;
};

Value string_ctor(Interp& in, NativeFunction& self, NativeArgs& a) {
  Value s;
  if (a.argc == 0) {
    s = Value::string(in.n.empty);
  } else if (a.new_target.is_undefined() && a.argv[0].is_symbol()) {
    Symbol* sym = a.argv[0].symbol_value();
    return in.string_value(
        "Symbol(" +
        (sym->description.is_undefined() ? std::string() : sym->description.str()->data) + ")");
  } else {
    s = Value::string(in.ToString(a.argv[0]));
  }
  if (a.new_target.is_undefined()) return s;
  Object* proto = in.GetPrototypeFromConstructor(a.new_target, in.r.string_proto);
  (void)self;
  return Value::object(in.heap.make<PrimitiveObj>(proto, Class::String, s));
}

Value from_char_code(Interp& in, NativeFunction&, NativeArgs& a) {
  std::u16string u;
  for (std::uint32_t i = 0; i < a.argc; ++i)
    u += static_cast<char16_t>(in.ToUint32(a.argv[i]) & 0xFFFF);
  return in.string_value(from_utf16(u));
}

Value from_code_point(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string out;
  for (std::uint32_t i = 0; i < a.argc; ++i) {
    double d = in.ToNumber(a.argv[i]);
    if (d != std::floor(d) || d < 0 || d > 0x10FFFF)
      in.throw_error(ErrorType::RangeError, "Invalid code point " + in.to_std_string(a.argv[i]));
    append_utf8(out, static_cast<std::uint32_t>(d));
  }
  return in.string_value(out);
}

Value string_raw(Interp& in, NativeFunction&, NativeArgs& a) {
  Object* cooked = in.ToObject(a.arg(0));
  Object* raw = in.ToObject(in.get(cooked, in.n.raw));
  std::int64_t len = in.LengthOfArrayLike(raw);
  std::string out;
  for (std::int64_t i = 0; i < len; ++i) {
    out += in.to_std_string(in.get(raw, in.key_from_index(static_cast<std::uint32_t>(i))));
    if (i + 1 < len && static_cast<std::uint32_t>(i + 1) < a.argc)
      out += in.to_std_string(a.argv[i + 1]);
  }
  return in.string_value(out);
}

Value s_to_string(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.this_value.is_string()) return a.this_value;
  if (a.this_value.is_object() && a.this_value.obj()->cls == Class::String)
    return static_cast<PrimitiveObj*>(a.this_value.obj())->value;
  in.throw_type_error("String.prototype.toString requires that 'this' be a String");
}

Value s_char_at(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "charAt"));
  double p = in.ToIntegerOrInfinity(a.arg(0));
  if (p < 0 || p >= static_cast<double>(s.size())) return Value::string(in.n.empty);
  auto i = static_cast<std::size_t>(p);
  return in.string_value(s.sub(i, i + 1));
}

Value s_char_code_at(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "charCodeAt"));
  double p = in.ToIntegerOrInfinity(a.arg(0));
  if (p < 0 || p >= static_cast<double>(s.size())) return Value::number(NAN);
  return Value::number(s.at(static_cast<std::size_t>(p)));
}

Value s_code_point_at(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "codePointAt"));
  double p = in.ToIntegerOrInfinity(a.arg(0));
  if (p < 0 || p >= static_cast<double>(s.size())) return Value::undefined();
  auto i = static_cast<std::size_t>(p);
  char16_t c = s.at(i);
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size()) {
    char16_t d = s.at(i + 1);
    if (d >= 0xDC00 && d <= 0xDFFF)
      return Value::number(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
  }
  return Value::number(c);
}

Value s_at(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "at"));
  double len = static_cast<double>(s.size());
  double rel = in.ToIntegerOrInfinity(a.arg(0));
  double k = rel >= 0 ? rel : len + rel;
  if (k < 0 || k >= len) return Value::undefined();
  auto i = static_cast<std::size_t>(k);
  return in.string_value(s.sub(i, i + 1));
}

Value s_index_of(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "indexOf"));
  U16 needle(in.ToString(a.arg(0)));
  double pos =
      std::min(std::max(in.ToIntegerOrInfinity(a.arg(1)), 0.0), static_cast<double>(s.size()));
  return Value::number(static_cast<double>(s.find(needle, static_cast<std::size_t>(pos))));
}

Value s_last_index_of(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "lastIndexOf"));
  U16 needle(in.ToString(a.arg(0)));
  double n = in.ToNumber(a.arg(1));
  double pos = std::isnan(n) ? INFINITY : std::trunc(n);
  pos = std::min(std::max(pos, 0.0), static_cast<double>(s.size()));
  return Value::number(static_cast<double>(s.rfind(needle, static_cast<std::size_t>(pos))));
}

Value s_includes(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "includes"));
  U16 needle(in.ToString(a.arg(0)));
  double pos =
      std::min(std::max(in.ToIntegerOrInfinity(a.arg(1)), 0.0), static_cast<double>(s.size()));
  return Value::boolean(s.find(needle, static_cast<std::size_t>(pos)) >= 0);
}

Value s_starts_with(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "startsWith"));
  U16 needle(in.ToString(a.arg(0)));
  double pos =
      std::min(std::max(in.ToIntegerOrInfinity(a.arg(1)), 0.0), static_cast<double>(s.size()));
  auto p = static_cast<std::size_t>(pos);
  if (p + needle.size() > s.size()) return Value::boolean(false);
  for (std::size_t i = 0; i < needle.size(); ++i) {
    if (s.at(p + i) != needle.at(i)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value s_ends_with(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "endsWith"));
  U16 needle(in.ToString(a.arg(0)));
  double end = a.arg(1).is_undefined() ? static_cast<double>(s.size())
                                       : std::min(std::max(in.ToIntegerOrInfinity(a.arg(1)), 0.0),
                                                  static_cast<double>(s.size()));
  auto e = static_cast<std::size_t>(end);
  if (needle.size() > e) return Value::boolean(false);
  std::size_t start = e - needle.size();
  for (std::size_t i = 0; i < needle.size(); ++i) {
    if (s.at(start + i) != needle.at(i)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value s_slice(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "slice"));
  double len = static_cast<double>(s.size());
  double from = relative_index(in, a.arg(0), len, 0);
  double to = relative_index(in, a.arg(1), len, len);
  return in.string_value(
      s.sub(static_cast<std::size_t>(from), static_cast<std::size_t>(std::max(from, to))));
}

Value s_substring(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "substring"));
  double len = static_cast<double>(s.size());
  double start = std::min(std::max(in.ToIntegerOrInfinity(a.arg(0)), 0.0), len);
  double end = a.arg(1).is_undefined()
                   ? len
                   : std::min(std::max(in.ToIntegerOrInfinity(a.arg(1)), 0.0), len);
  return in.string_value(s.sub(static_cast<std::size_t>(std::min(start, end)),
                               static_cast<std::size_t>(std::max(start, end))));
}

Value s_substr(Interp& in, NativeFunction&, NativeArgs& a) {
  U16 s(this_str(in, a.this_value, "substr"));
  double len = static_cast<double>(s.size());
  double start = relative_index(in, a.arg(0), len, 0);
  double count = a.arg(1).is_undefined() ? len : in.ToIntegerOrInfinity(a.arg(1));
  double end = std::min(start + std::max(count, 0.0), len);
  return in.string_value(
      s.sub(static_cast<std::size_t>(start), static_cast<std::size_t>(std::max(start, end))));
}

Value case_map(Interp& in, NativeArgs& a, bool upper, const char* name) {
  Str* s = this_str(in, a.this_value, name);
  if (!s->ascii) in.refuse("case mapping of non-ASCII text is not modelled");
  std::string out = s->data;
  for (char& c : out)
    c = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                : std::tolower(static_cast<unsigned char>(c)));
  return in.string_value(out);
}

Value s_to_upper(Interp& in, NativeFunction&, NativeArgs& a) {
  return case_map(in, a, true, "toUpperCase");
}
Value s_to_lower(Interp& in, NativeFunction&, NativeArgs& a) {
  return case_map(in, a, false, "toLowerCase");
}

Value s_trim(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.string_value(trim_js_whitespace(this_str(in, a.this_value, "trim")->data, true, true));
}
Value s_trim_start(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.string_value(
      trim_js_whitespace(this_str(in, a.this_value, "trimStart")->data, true, false));
}
Value s_trim_end(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.string_value(
      trim_js_whitespace(this_str(in, a.this_value, "trimEnd")->data, false, true));
}

Value pad(Interp& in, NativeArgs& a, bool start, const char* name) {
  Str* s = this_str(in, a.this_value, name);
  double max_len = static_cast<double>(in.ToLength(a.arg(0)));
  double len = static_cast<double>(in.string_length(s));
  if (max_len <= len) return Value::string(s);
  std::string fill = a.arg(1).is_undefined() ? " " : in.to_std_string(a.arg(1));
  if (fill.empty()) return Value::string(s);
  if (max_len > 1e8) in.refuse("strings longer than 100 million characters are not modelled");
  U16 f(in.ToString(a.arg(1).is_undefined() ? in.atom_value(" ") : a.arg(1)));
  auto need = static_cast<std::size_t>(max_len - len);
  std::u16string units;
  for (std::size_t i = 0; units.size() < need; ++i) units += f.at(i % f.size());
  units.resize(need);
  std::string filler = from_utf16(units);
  return in.string_value(start ? filler + s->data : s->data + filler);
}

Value s_pad_start(Interp& in, NativeFunction&, NativeArgs& a) {
  return pad(in, a, true, "padStart");
}
Value s_pad_end(Interp& in, NativeFunction&, NativeArgs& a) { return pad(in, a, false, "padEnd"); }

Value s_repeat(Interp& in, NativeFunction&, NativeArgs& a) {
  Str* s = this_str(in, a.this_value, "repeat");
  double n = in.ToIntegerOrInfinity(a.arg(0));
  if (n < 0 || std::isinf(n))
    in.throw_error(ErrorType::RangeError, "Invalid count value: " + in.to_std_string(a.arg(0)));
  if (n * static_cast<double>(s->data.size()) > 1e8)
    in.refuse("strings longer than 100 million characters are not modelled");
  std::string out;
  for (double i = 0; i < n; ++i) out += s->data;
  return in.string_value(out);
}

Value s_concat(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string out = this_str(in, a.this_value, "concat")->data;
  for (std::uint32_t i = 0; i < a.argc; ++i) out += in.ToString(a.argv[i])->data;
  return in.string_value(out);
}

Value s_split(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.this_value.is_nullish())
    in.throw_type_error("String.prototype.split called on null or undefined");
  Value sep = a.arg(0);
  if (sep.is_object()) {
    Value splitter = in.GetMethod(sep, in.intern("split"));
    (void)splitter;
    in.refuse("String.prototype.split with an object separator is not modelled");
  }
  Str* s = in.ToString(a.this_value);
  ArrayObj* out = in.new_array(0);
  double lim = a.arg(1).is_undefined() ? 4294967295.0 : static_cast<double>(in.ToUint32(a.arg(1)));
  if (lim == 0) return Value::object(out);
  if (sep.is_undefined()) {
    out->elements.push_back(Value::string(s));
    return Value::object(out);
  }
  U16 str(s);
  Str* sep_s = in.ToString(sep);
  U16 r(sep_s);
  if (str.size() == 0) {
    if (r.size() != 0) out->elements.push_back(Value::string(s));
    return Value::object(out);
  }
  if (r.size() == 0) {
    for (std::size_t i = 0; i < str.size() && out->elements.size() < lim; ++i)
      out->elements.push_back(in.string_value(str.sub(i, i + 1)));
    return Value::object(out);
  }
  std::size_t p = 0;
  for (;;) {
    std::int64_t q = str.find(r, p);
    if (q < 0) break;
    out->elements.push_back(in.string_value(str.sub(p, static_cast<std::size_t>(q))));
    if (out->elements.size() >= lim) return Value::object(out);
    p = static_cast<std::size_t>(q) + r.size();
  }
  out->elements.push_back(in.string_value(str.sub(p, str.size())));
  return Value::object(out);
}

// GetSubstitution (#sec-getsubstitution) for string patterns.
std::string substitute(const std::string& matched, const std::string& str, std::size_t position,
                       const std::string& replacement) {
  std::string out;
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    char c = replacement[i];
    if (c != '$' || i + 1 >= replacement.size()) {
      out += c;
      continue;
    }
    char n = replacement[i + 1];
    if (n == '$') {
      out += '$';
      ++i;
    } else if (n == '&') {
      out += matched;
      ++i;
    } else if (n == '`') {
      out += str.substr(0, position);
      ++i;
    } else if (n == '\'') {
      std::size_t tail = position + matched.size();
      if (tail < str.size()) out += str.substr(tail);
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

Value replace_impl(Interp& in, NativeArgs& a, bool all) {
  if (a.this_value.is_nullish())
    in.throw_type_error("String.prototype.replace called on null or undefined");
  if (a.arg(0).is_object())
    in.refuse("String.prototype.replace with a non-string pattern is not modelled");
  Str* s = in.ToString(a.this_value);
  Str* pat = in.ToString(a.arg(0));
  if (!s->ascii || !pat->ascii) in.refuse("replace on non-ASCII text is not modelled");
  Value rep = a.arg(1);
  bool functional = in.IsCallable(rep);
  std::string rep_s = functional ? "" : in.to_std_string(rep);
  const std::string& str = s->data;
  const std::string& p = pat->data;
  std::vector<std::size_t> positions;
  std::size_t adv = std::max<std::size_t>(1, p.size());
  std::size_t pos0 = str.find(p);
  while (pos0 != std::string::npos) {
    positions.push_back(pos0);
    if (!all) break;
    pos0 = pos0 + adv <= str.size() ? str.find(p, pos0 + adv) : std::string::npos;
  }
  std::string out;
  std::size_t end = 0;
  for (std::size_t pos : positions) {
    std::string replacement;
    if (functional) {
      replacement = in.to_std_string(
          in.call(rep, Value::undefined(),
                  {Value::string(pat), Value::number(static_cast<double>(pos)), Value::string(s)}));
    } else {
      replacement = substitute(p, str, pos, rep_s);
    }
    out += str.substr(end, pos - end);
    out += replacement;
    end = pos + p.size();
  }
  out += str.substr(std::min(end, str.size()));
  return in.string_value(out);
}

Value s_replace(Interp& in, NativeFunction&, NativeArgs& a) { return replace_impl(in, a, false); }
Value s_replace_all(Interp& in, NativeFunction&, NativeArgs& a) {
  return replace_impl(in, a, true);
}

Value s_locale_compare(Interp& in, NativeFunction&, NativeArgs& a) {
  Str* s = this_str(in, a.this_value, "localeCompare");
  Str* t = in.ToString(a.arg(0));
  if (s->data == t->data) return Value::number(0);
  in.refuse("localeCompare (ICU collation) is not modelled");
}

Value s_normalize(Interp& in, NativeFunction&, NativeArgs& a) {
  Str* s = this_str(in, a.this_value, "normalize");
  if (!s->ascii) in.refuse("Unicode normalization is not modelled");
  return Value::string(s);
}

Value s_iterator(Interp& in, NativeFunction&, NativeArgs& a) {
  Str* s = this_str(in, a.this_value, "[Symbol.iterator]");
  return Value::object(make_string_iterator(in, Value::string(s)));
}

Value s_regex_method(Interp& in, NativeFunction&, NativeArgs&) {
  in.refuse("regular expression string methods are not modelled");
}

}  // namespace

void init_string_builtins(Interp& in) {
  auto* proto =
      in.heap.make<PrimitiveObj>(in.r.object_proto, Class::String, Value::string(in.n.empty));
  in.r.string_proto = proto;
  Object* ctor = make_constructor(in, "String", 1, string_ctor, proto);
  in.add_method(ctor, "fromCharCode", 1, from_char_code);
  in.add_method(ctor, "fromCodePoint", 1, from_code_point);
  in.add_method(ctor, "raw", 1, string_raw);
  struct {
    const char* name;
    std::uint32_t len;
    NativeFn fn;
  } methods[] = {
      {"toString", 0, s_to_string},
      {"valueOf", 0, s_to_string},
      {"charAt", 1, s_char_at},
      {"charCodeAt", 1, s_char_code_at},
      {"codePointAt", 1, s_code_point_at},
      {"at", 1, s_at},
      {"indexOf", 1, s_index_of},
      {"lastIndexOf", 1, s_last_index_of},
      {"includes", 1, s_includes},
      {"startsWith", 1, s_starts_with},
      {"endsWith", 1, s_ends_with},
      {"slice", 2, s_slice},
      {"substring", 2, s_substring},
      {"substr", 2, s_substr},
      {"toUpperCase", 0, s_to_upper},
      {"toLowerCase", 0, s_to_lower},
      {"toLocaleUpperCase", 0, s_to_upper},
      {"toLocaleLowerCase", 0, s_to_lower},
      {"trim", 0, s_trim},
      {"trimStart", 0, s_trim_start},
      {"trimEnd", 0, s_trim_end},
      {"padStart", 1, s_pad_start},
      {"padEnd", 1, s_pad_end},
      {"repeat", 1, s_repeat},
      {"concat", 1, s_concat},
      {"split", 2, s_split},
      {"replace", 2, s_replace},
      {"replaceAll", 2, s_replace_all},
      {"localeCompare", 1, s_locale_compare},
      {"normalize", 0, s_normalize},
      {"match", 1, s_regex_method},
      {"matchAll", 1, s_regex_method},
      {"search", 1, s_regex_method},
  };
  for (auto& m : methods) in.add_method(proto, m.name, m.len, m.fn);
  in.add_method(proto, in.r.sym_iterator, "[Symbol.iterator]", 0, s_iterator);
}

}  // namespace desugar::sim
