// console.log formatting: Node's util.format / util.inspect (lib/internal/util/inspect.js) with
// the default options (depth 2, breakLength 80, compact 3, maxArrayLength 100), for the values the
// simulator can print exactly. Errors (their stack traces), dates and custom inspectors are
// refused rather than guessed.
#include <cmath>
#include <unordered_map>

#include "sim/activation.h"
#include "sim/builtins.h"
#include "sim/promise.h"
#include "sim/strings.h"

namespace desugar::sim {

std::string object_to_string_tag(Interp& in, Value v);

namespace {

constexpr int kObjectType = 0;
constexpr int kArrayType = 1;
constexpr int kArrayExtrasType = 2;

// JavaScript string length (UTF-16 units) of UTF-8 text.
std::size_t js_length(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    n += len == 4 ? 2 : 1;
    i += static_cast<std::size_t>(len);
  }
  return n;
}

bool is_ascii(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

struct Ctx {
  int indentation = 0;
  std::vector<Object*> seen;
  std::vector<Object*> circular;  // index = position + 1
  int current_depth = 0;
  int depth = 2;
  int break_length = 80;
  int compact = 3;
  std::size_t max_array_length = 100;
};

const char* const kMeta[] = {"\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06",
                             "\\x07", "\\b",   "\\t",   "\\n",   "\\x0B", "\\f",   "\\r",
                             "\\x0E", "\\x0F", "\\x10", "\\x11", "\\x12", "\\x13", "\\x14",
                             "\\x15", "\\x16", "\\x17", "\\x18", "\\x19", "\\x1A", "\\x1B",
                             "\\x1C", "\\x1D", "\\x1E", "\\x1F"};

class Inspector {
 public:
  Inspector(Interp& in) : in_(in) {}

  // strEscape: quotes chosen to avoid escaping.
  std::string str_escape(const std::string& s) {
    char quote = '\'';
    bool has_single = s.find('\'') != std::string::npos;
    if (has_single) {
      if (s.find('"') == std::string::npos)
        quote = '"';
      else if (s.find('`') == std::string::npos && s.find("${") == std::string::npos)
        quote = '`';
    }
    std::string out(1, quote);
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c < 32) {
        out += kMeta[c];
      } else if (c == '\\') {
        out += "\\\\";
      } else if (c == '\'' && quote == '\'') {
        out += "\\'";
      } else if (c == 0x7F) {
        in_.refuse("printing strings with control characters is not modelled");
      } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
        in_.refuse("printing strings with C1 control characters is not modelled");
      } else if (c == 0xED && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
        // A lone surrogate (WTF-8): \uXXXX in lowercase hex.
        std::uint32_t cp = ((c & 0x0F) << 12) |
                           ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                           (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        char buf[16];
        std::snprintf(buf, sizeof buf, "\\u%x", cp);
        out += buf;
        i += 2;
      } else {
        out += static_cast<char>(c);
      }
    }
    out += quote;
    return out;
  }

  std::string format_number(double d) {
    if (d == 0 && std::signbit(d)) return "-0";
    return in_.number_to_string(d);
  }

  std::string format_primitive(Value v, Ctx& ctx) {
    switch (v.tag) {
      case Tag::String: {
        const std::string& s = v.str()->data;
        std::size_t len = js_length(s);
        if (len > 10000)
          in_.refuse("printing strings longer than 10000 characters is not modelled");
        if (len > 16 && static_cast<int>(len) > ctx.break_length - ctx.indentation - 4 &&
            s.find('\n') != std::string::npos) {
          // Split after each newline, joined with " +\n".
          std::string out;
          std::size_t start = 0;
          bool first = true;
          while (start < s.size()) {
            std::size_t nl = s.find('\n', start);
            std::size_t end = nl == std::string::npos ? s.size() : nl + 1;
            if (!first)
              out += " +\n" + std::string(static_cast<std::size_t>(ctx.indentation + 2), ' ');
            out += str_escape(s.substr(start, end - start));
            first = false;
            start = end;
          }
          return out;
        }
        return str_escape(s);
      }
      case Tag::Number: return format_number(v.num());
      case Tag::BigInt: return std::to_string(v.big()) + "n";
      case Tag::Bool: return v.boolean_value() ? "true" : "false";
      case Tag::Undefined: return "undefined";
      case Tag::Null: return "null";
      case Tag::Symbol: return symbol_text(v.symbol_value());
      default: return "undefined";
    }
  }

  std::string symbol_text(Symbol* s) {
    return "Symbol(" +
           (s->description.is_undefined() ? std::string() : s->description.str()->data) + ")";
  }

  bool is_instance_of(Object* o, Value ctor) {
    bool r = false;
    bool threw = false;
    try {
      r = in_.InstanceofOperator(Value::object(o), ctor);
    } catch (const Throw&) {
      threw = true;
    }
    return !threw && r;
  }

  // getConstructorName: the first prototype whose own `constructor` is a named function that the
  // value is an instance of. Empty optional = null (no constructor: null prototype chain).
  bool constructor_name(Object* obj, std::string& out, int recurse_times, Ctx& ctx) {
    Object* tmp = obj;
    Object* first_proto = nullptr;
    bool first_set = false;
    for (Object* o = obj; o != nullptr;) {
      PropertyDescriptor d;
      if (in_.get_own_property(o, in_.n.constructor, d) && d.has_value && in_.IsCallable(d.value)) {
        Value name = in_.get(d.value.obj(), in_.n.name);
        std::string ns = name.is_string() ? name.str()->data : "";
        if (!name.is_undefined() && !ns.empty() && is_instance_of(tmp, d.value)) {
          out = in_.to_std_string(name);
          return true;
        }
      }
      o = o->proto;
      if (!first_set) {
        first_proto = o;
        first_set = true;
      }
    }
    if (first_proto == nullptr) return false;
    (void)recurse_times;
    (void)ctx;
    in_.refuse("printing an object with an unusual prototype chain is not modelled");
  }

  std::string get_prefix(bool has_ctor, const std::string& ctor, const std::string& tag,
                         const std::string& fallback, const std::string& size = "") {
    if (!has_ctor) {
      if (!tag.empty() && fallback != tag)
        return "[" + fallback + size + ": null prototype] [" + tag + "] ";
      return "[" + fallback + size + ": null prototype] ";
    }
    if (!tag.empty() && ctor != tag) return ctor + size + " [" + tag + "] ";
    return ctor + size + " ";
  }

  std::vector<Key> get_keys(Object* o) {
    std::vector<Key> keys, symbols;
    for (Key k : in_.own_property_keys(o)) {
      PropertyDescriptor d;
      if (!in_.get_own_property(o, k, d) || !d.enumerable) continue;
      if (k->cell_type == kCellSymbol)
        symbols.push_back(k);
      else
        keys.push_back(k);
    }
    keys.insert(keys.end(), symbols.begin(), symbols.end());
    return keys;
  }

  std::string format_value(Value v, int recurse_times, Ctx& ctx) {
    if (!v.is_object()) return format_primitive(v, ctx);
    Object* o = v.obj();
    if (o->find(in_.r.sym_inspect_custom) != nullptr || has_custom_inspect(o)) {
      in_.refuse("custom inspect functions are not modelled");
    }
    for (Object* s : ctx.seen) {
      if (s == o) {
        std::size_t index = 0;
        for (std::size_t i = 0; i < ctx.circular.size(); ++i) {
          if (ctx.circular[i] == o) index = i + 1;
        }
        if (index == 0) {
          ctx.circular.push_back(o);
          index = ctx.circular.size();
        }
        return "[Circular *" + std::to_string(index) + "]";
      }
    }
    return format_raw(o, recurse_times, ctx);
  }

  bool has_custom_inspect(Object* o) {
    for (Object* p = o->proto; p != nullptr; p = p->proto) {
      if (p->find(in_.r.sym_inspect_custom) != nullptr) return true;
    }
    return false;
  }

  std::string format_raw(Object* o, int recurse_times, Ctx& ctx) {
    std::string ctor;
    bool has_ctor = constructor_name(o, ctor, recurse_times, ctx);
    std::string tag;
    {
      Value t = in_.get(o, in_.r.sym_to_string_tag);
      PropertyDescriptor d;
      bool own_enumerable = in_.get_own_property(o, in_.r.sym_to_string_tag, d) && d.enumerable;
      if (t.is_string() && !t.str()->data.empty() && !own_enumerable) tag = t.str()->data;
    }
    std::string base;
    std::vector<Key> keys;
    std::string brace0, brace1 = "}";
    int extras = kObjectType;
    enum class Fmt { Empty, Array, Set, Map, Promise, Weak, Iterator } fmt = Fmt::Empty;

    bool iterable_kind = false;
    if (o->cls == Class::Array) {
      iterable_kind = true;
      auto* a = static_cast<ArrayObj*>(o);
      std::string prefix = (has_ctor && ctor == "Array" && tag.empty())
                               ? ""
                               : get_prefix(has_ctor, ctor, tag, "Array",
                                            "(" + std::to_string(a->elements.size()) + ")");
      for (Key k : get_keys(o)) {
        if (k->cell_type == kCellString && static_cast<Str*>(k)->index != Str::kNoIndex) continue;
        keys.push_back(k);
      }
      brace0 = prefix + "[";
      brace1 = "]";
      if (a->elements.empty() && keys.empty()) return brace0 + "]";
      extras = kArrayExtrasType;
      fmt = Fmt::Array;
    } else if (o->cls == Class::Set || o->cls == Class::Map) {
      iterable_kind = true;
      auto* m = static_cast<MapObj*>(o);
      bool is_set = o->cls == Class::Set;
      std::string prefix = get_prefix(has_ctor, ctor, tag, is_set ? "Set" : "Map",
                                      "(" + std::to_string(m->live) + ")");
      keys = get_keys(o);
      fmt = is_set ? Fmt::Set : Fmt::Map;
      if (m->live == 0 && keys.empty()) return prefix + "{}";
      brace0 = prefix + "{";
    } else if (o->cls == Class::BuiltinIterator) {
      in_.refuse("printing iterator objects is not modelled");
    }
    if (!iterable_kind) {
      keys = get_keys(o);
      brace0 = "{";
      if (o->is_callable) {
        base = function_base(o, has_ctor, ctor, tag);
        if (keys.empty()) return base;
      } else if (has_ctor && ctor == "Object") {
        if (o->cls == Class::Arguments)
          brace0 = "[Arguments] {";
        else if (!tag.empty())
          brace0 = get_prefix(has_ctor, ctor, tag, "Object") + "{";
        if (keys.empty()) return brace0 + "}";
      } else if (o->cls == Class::Error) {
        in_.refuse("printing Error objects (Node prints their stack traces) is not modelled");
      } else if (o->cls == Class::Date) {
        in_.refuse("printing Date objects is not modelled");
      } else if (o->cls == Class::Promise) {
        brace0 = get_prefix(has_ctor, ctor, tag, "Promise") + "{";
        fmt = Fmt::Promise;
      } else if (o->cls == Class::WeakMap || o->cls == Class::WeakSet) {
        brace0 =
            get_prefix(has_ctor, ctor, tag, o->cls == Class::WeakMap ? "WeakMap" : "WeakSet") + "{";
        fmt = Fmt::Weak;
      } else if (o->cls == Class::Boolean || o->cls == Class::Number || o->cls == Class::String ||
                 o->cls == Class::Symbol) {
        base = boxed_base(o, keys, has_ctor, ctor, tag, ctx);
        if (keys.empty()) return base;
      } else if (o->cls == Class::Generator || o->cls == Class::AsyncGenerator) {
        std::string style = get_prefix(has_ctor, ctor, tag, "Object");
        if (keys.empty()) return style + "{}";
        brace0 = style + "{";
      } else {
        if (in_.host->is_handle(o)) {
          in_.refuse("printing timer objects is not modelled");
        }
        std::string style = get_prefix(has_ctor, ctor, tag, has_ctor ? "" : "Object");
        if (keys.empty()) return style + "{}";
        brace0 = style + "{";
      }
    }
    if (recurse_times > ctx.depth) {
      std::string name = get_prefix(has_ctor, ctor, tag, has_ctor ? "" : "Object");
      name.pop_back();
      if (has_ctor) name = "[" + name + "]";
      return name;
    }
    recurse_times += 1;
    ctx.seen.push_back(o);
    ctx.current_depth = recurse_times;
    std::vector<std::string> output;
    switch (fmt) {
      case Fmt::Array: format_array(static_cast<ArrayObj*>(o), recurse_times, ctx, output); break;
      case Fmt::Set:
      case Fmt::Map: {
        auto* m = static_cast<MapObj*>(o);
        ctx.indentation += 2;
        std::size_t count = 0;
        for (const auto& e : m->entries) {
          if (e.deleted) continue;
          if (count++ >= ctx.max_array_length) break;
          if (fmt == Fmt::Set)
            output.push_back(format_value(e.key, recurse_times, ctx));
          else
            output.push_back(format_value(e.key, recurse_times, ctx) + " => " +
                             format_value(e.value, recurse_times, ctx));
        }
        if (m->live > ctx.max_array_length)
          output.push_back(remaining_text(m->live - ctx.max_array_length));
        ctx.indentation -= 2;
        break;
      }
      case Fmt::Promise: {
        auto* p = static_cast<PromiseObj*>(o);
        if (p->state == PromiseState::Pending) {
          output.push_back("<pending>");
        } else {
          ctx.indentation += 2;
          std::string s = format_value(p->result, recurse_times, ctx);
          ctx.indentation -= 2;
          output.push_back(p->state == PromiseState::Rejected ? "<rejected> " + s : s);
        }
        break;
      }
      case Fmt::Weak: output.push_back("<items unknown>"); break;
      default: break;
    }
    for (Key k : keys) output.push_back(format_property(o, k, recurse_times, extras, ctx));
    for (std::size_t i = 0; i < ctx.circular.size(); ++i) {
      if (ctx.circular[i] == o) {
        std::string ref = "<ref *" + std::to_string(i + 1) + ">";
        base = base.empty() ? ref : ref + " " + base;
      }
    }
    ctx.seen.pop_back();
    return reduce_to_single_string(ctx, output, base, brace0, brace1, extras, recurse_times, o);
  }

  std::string remaining_text(std::size_t n) {
    return "... " + std::to_string(n) + " more item" + (n > 1 ? "s" : "");
  }

  void format_array(ArrayObj* a, int recurse_times, Ctx& ctx, std::vector<std::string>& output) {
    std::size_t len = std::min(ctx.max_array_length, a->elements.size());
    std::size_t i = 0;
    for (; i < len; ++i) {
      if (a->elements[i].is_empty()) break;
      output.push_back(format_property(a, in_.key_from_index(static_cast<std::uint32_t>(i)),
                                       recurse_times, kArrayType, ctx));
    }
    if (i < len) {
      // formatSpecialArray: holes as "<n empty items>".
      std::size_t index = i;
      while (index < a->elements.size() && output.size() < len) {
        if (a->elements[index].is_empty()) {
          std::size_t start = index;
          while (index < a->elements.size() && a->elements[index].is_empty()) ++index;
          std::size_t n = index - start;
          output.push_back("<" + std::to_string(n) + " empty item" + (n > 1 ? "s" : "") + ">");
          continue;
        }
        output.push_back(format_property(a, in_.key_from_index(static_cast<std::uint32_t>(index)),
                                         recurse_times, kArrayType, ctx));
        ++index;
      }
      if (index < a->elements.size()) output.push_back(remaining_text(a->elements.size() - index));
      return;
    }
    if (a->elements.size() > len) output.push_back(remaining_text(a->elements.size() - len));
  }

  std::string format_property(Object* o, Key key, int recurse_times, int type, Ctx& ctx) {
    PropertyDescriptor d;
    in_.get_own_property(o, key, d);
    std::string str;
    if (d.has_value && !d.value.is_undefined()) {
      ctx.indentation += 2;
      str = format_value(d.value, recurse_times, ctx);
      ctx.indentation -= 2;
    } else if (d.has_get && !d.get.is_undefined()) {
      str = !d.set.is_undefined() ? "[Getter/Setter]" : "[Getter]";
    } else if (d.has_set && !d.set.is_undefined()) {
      str = "[Setter]";
    } else {
      str = "undefined";
    }
    if (type == kArrayType) return str;
    std::string name;
    if (key->cell_type == kCellSymbol) {
      name = "[" + symbol_text(static_cast<Symbol*>(key)) + "]";
    } else {
      const std::string& k = static_cast<Str*>(key)->data;
      bool ident = !k.empty() && (std::isalpha(static_cast<unsigned char>(k[0])) || k[0] == '_');
      for (char c : k) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') ident = false;
      }
      if (k == "__proto__")
        name = "['__proto__']";
      else if (ident)
        name = k;
      else
        name = str_escape(k);
    }
    return name + ": " + str;
  }

  std::string function_base(Object* o, bool has_ctor, const std::string& ctor,
                            const std::string& tag) {
    auto* f = static_cast<FunctionObj*>(o);
    if (f->fkind == FnKind::User && static_cast<UserFunction*>(f)->class_code != nullptr) {
      PropertyDescriptor d;
      std::string name = "(anonymous)";
      if (in_.get_own_property(o, in_.n.name, d)) {
        Value nv = d.has_value ? d.value : in_.get(o, in_.n.name);
        if (in_.ToBoolean(nv)) name = in_.to_std_string(nv);
      }
      std::string base = "class " + name;
      if (ctor != "Function" && has_ctor) base += " [" + ctor + "]";
      if (!tag.empty() && ctor != tag) base += " [" + tag + "]";
      if (has_ctor) {
        Value super_name = o->proto ? in_.get(o->proto, in_.n.name) : Value::undefined();
        if (in_.ToBoolean(super_name)) base += " extends " + in_.to_std_string(super_name);
      } else {
        base += " extends [null prototype]";
      }
      return "[" + base + "]";
    }
    std::string type = "Function";
    if (f->fkind == FnKind::User) {
      const FunctionCode* c = static_cast<UserFunction*>(f)->code;
      if (c->is_generator) type = "Generator" + type;
      if (c->is_async) type = "Async" + type;
    }
    std::string base = "[" + type;
    if (!has_ctor) base += " (null prototype)";
    Value name = in_.get(o, in_.n.name);
    if (name.is_string() && name.str()->data.empty())
      base += " (anonymous)";
    else if (name.is_string())
      base += ": " + name.str()->data;
    else
      base += ": " + format_primitive(name, dummy_);
    base += "]";
    if (has_ctor && ctor != type) base += " " + ctor;
    if (!tag.empty() && ctor != tag) base += " [" + tag + "]";
    return base;
  }

  std::string boxed_base(Object* o, std::vector<Key>& keys, bool has_ctor, const std::string& ctor,
                         const std::string& tag, Ctx& ctx) {
    Value prim = static_cast<PrimitiveObj*>(o)->value;
    std::string type;
    switch (o->cls) {
      case Class::Number: type = "Number"; break;
      case Class::String: {
        type = "String";
        std::vector<Key> rest;
        for (Key k : keys) {
          if (k->cell_type == kCellString && static_cast<Str*>(k)->index != Str::kNoIndex) continue;
          rest.push_back(k);
        }
        keys = rest;
        break;
      }
      case Class::Boolean: type = "Boolean"; break;
      default: type = "Symbol"; break;
    }
    std::string base = "[" + type;
    if (type != ctor) base += has_ctor ? " (" + ctor + ")" : " (null prototype)";
    Ctx plain;
    plain.indentation = ctx.indentation;
    base += ": " + format_primitive(prim, plain) + "]";
    if (!tag.empty() && tag != ctor) base += " [" + tag + "]";
    return base;
  }

  bool is_below_break_length(Ctx& ctx, const std::vector<std::string>& output, std::size_t start,
                             const std::string& base) {
    std::size_t total = output.size() + start;
    if (total + output.size() > static_cast<std::size_t>(ctx.break_length)) return false;
    for (const std::string& s : output) {
      total += js_length(s);
      if (total > static_cast<std::size_t>(ctx.break_length)) return false;
    }
    return base.empty() || base.find('\n') == std::string::npos;
  }

  std::vector<std::string> group_array_elements(Ctx& ctx, const std::vector<std::string>& output,
                                                ArrayObj* value) {
    std::size_t total_length = 0, max_length = 0;
    std::size_t output_length = output.size();
    if (value != nullptr && ctx.max_array_length < value->elements.size() && output_length > 0)
      --output_length;
    const std::size_t separator_space = 2;
    std::vector<std::size_t> data_len(output_length);
    for (std::size_t i = 0; i < output_length; ++i) {
      if (!is_ascii(output[i]))
        in_.refuse("grouping arrays of non-ASCII text (terminal widths) is not modelled");
      std::size_t len = output[i].size();
      data_len[i] = len;
      total_length += len + separator_space;
      if (max_length < len) max_length = len;
    }
    std::size_t actual_max = max_length + separator_space;
    if (actual_max * 3 + static_cast<std::size_t>(ctx.indentation) <
            static_cast<std::size_t>(ctx.break_length) &&
        (static_cast<double>(total_length) / static_cast<double>(actual_max) > 5 ||
         max_length <= 6)) {
      double approx_char_heights = 2.5;
      double average_bias =
          std::sqrt(static_cast<double>(actual_max) -
                    static_cast<double>(total_length) / static_cast<double>(output.size()));
      double biased_max = std::max(static_cast<double>(actual_max) - 3 - average_bias, 1.0);
      double columns_d = std::min({
          std::round(
              std::sqrt(approx_char_heights * biased_max * static_cast<double>(output_length)) /
              biased_max),
          std::floor(static_cast<double>(ctx.break_length - ctx.indentation) /
                     static_cast<double>(actual_max)),
          static_cast<double>(ctx.compact * 4),
          15.0,
      });
      auto columns = static_cast<std::size_t>(columns_d);
      if (columns <= 1) return output;
      std::vector<std::string> tmp;
      std::vector<std::size_t> max_line_length;
      for (std::size_t i = 0; i < columns; ++i) {
        std::size_t line_max = 0;
        for (std::size_t j = i; j < output.size(); j += columns) {
          if (j < data_len.size() && data_len[j] > line_max) line_max = data_len[j];
        }
        max_line_length.push_back(line_max + separator_space);
      }
      bool pad_start = true;
      if (value != nullptr) {
        for (std::size_t i = 0; i < output.size(); ++i) {
          Value v = i < value->elements.size() ? value->elements[i] : Value::undefined();
          if (!v.is_number()) {
            pad_start = false;
            break;
          }
        }
      }
      auto pad = [](const std::string& s, std::size_t width, bool start) {
        if (s.size() >= width) return s;
        std::string fill(width - s.size(), ' ');
        return start ? fill + s : s + fill;
      };
      for (std::size_t i = 0; i < output_length; i += columns) {
        std::size_t max = std::min(i + columns, output_length);
        std::string str;
        std::size_t j = i;
        for (; j < max - 1; ++j) str += pad(output[j] + ", ", max_line_length[j - i], pad_start);
        if (pad_start)
          str += pad(output[j], max_line_length[j - i] - separator_space, true);
        else
          str += output[j];
        tmp.push_back(str);
      }
      if (value != nullptr && ctx.max_array_length < value->elements.size())
        tmp.push_back(output[output_length]);
      return tmp;
    }
    return output;
  }

  std::string reduce_to_single_string(Ctx& ctx, std::vector<std::string> output,
                                      const std::string& base, const std::string& brace0,
                                      const std::string& brace1, int extras, int recurse_times,
                                      Object* value) {
    std::size_t entries = output.size();
    if (extras == kArrayExtrasType && entries > 6) {
      output = group_array_elements(
          ctx, output,
          value && value->cls == Class::Array ? static_cast<ArrayObj*>(value) : nullptr);
    }
    if (ctx.current_depth - recurse_times < ctx.compact && entries == output.size()) {
      std::size_t start = output.size() + static_cast<std::size_t>(ctx.indentation) +
                          js_length(brace0) + js_length(base) + 10;
      if (is_below_break_length(ctx, output, start, base)) {
        std::string joined;
        for (std::size_t i = 0; i < output.size(); ++i) joined += (i ? ", " : "") + output[i];
        if (joined.find('\n') == std::string::npos) {
          return (base.empty() ? "" : base + " ") + brace0 + " " + joined + " " + brace1;
        }
      }
    }
    std::string indentation = "\n" + std::string(static_cast<std::size_t>(ctx.indentation), ' ');
    std::string out = (base.empty() ? "" : base + " ") + brace0 + indentation + "  ";
    for (std::size_t i = 0; i < output.size(); ++i)
      out += (i ? "," + indentation + "  " : "") + output[i];
    return out + indentation + brace1;
  }

 private:
  Interp& in_;
  Ctx dummy_;
};

}  // namespace

std::string Interp::inspect(Value v, int depth_limit) {
  Inspector insp(*this);
  Ctx ctx;
  ctx.depth = depth_limit;
  return insp.format_value(v, 0, ctx);
}

}  // namespace desugar::sim
