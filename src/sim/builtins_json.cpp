// The JSON object (#sec-json-object): stringify with replacer, gap and toJSON; parse with reviver.
#include <cmath>
#include <cstdio>

#include "sim/builtins.h"
#include "sim/compiler.h"
#include "sim/strings.h"

namespace desugar::sim {

namespace {

std::string quote_json(const std::string& s) {
  std::string out = "\"";
  std::u16string u;
  bool ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) ascii = false;
  }
  auto put_unit = [&](std::uint32_t c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04x", c);
    out += buf;
  };
  if (ascii) {
    for (char c : s) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20)
            put_unit(static_cast<unsigned char>(c));
          else
            out += c;
      }
    }
    return out + "\"";
  }
  u = to_utf16(s);
  for (std::size_t i = 0; i < u.size(); ++i) {
    char16_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u.size() && u[i + 1] >= 0xDC00 &&
        u[i + 1] <= 0xDFFF) {
      out += from_utf16(u.data() + i, 2);
      ++i;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      put_unit(c);
      continue;
    }
    if (c < 0x80) {
      std::string one(1, static_cast<char>(c));
      std::string q = quote_json(one);
      out += q.substr(1, q.size() - 2);
    } else {
      out += from_utf16(u.data() + i, 1);
    }
  }
  return out + "\"";
}

struct Stringifier {
  Interp& in;
  Value replacer_fn;
  std::vector<Key> property_list;
  bool has_list = false;
  std::string gap;
  std::string indent;
  std::vector<Object*> stack;

  bool serialize(Value holder, Key key, std::string& out) {
    in.check_stack();
    Value value = in.get(holder.obj(), key, holder);
    if (value.is_object()) {
      Value to_json = in.GetV(value, in.n.toJSON);
      if (in.IsCallable(to_json)) value = in.call(to_json, value, {key_to_value(key)});
    }
    if (!replacer_fn.is_undefined())
      value = in.call(replacer_fn, holder, {key_to_value(key), value});
    if (value.is_object()) {
      Object* o = value.obj();
      if (o->cls == Class::Number)
        value = Value::number(in.ToNumber(value));
      else if (o->cls == Class::String)
        value = Value::string(in.ToString(value));
      else if (o->cls == Class::Boolean)
        value = static_cast<PrimitiveObj*>(o)->value;
    }
    switch (value.tag) {
      case Tag::Null: out += "null"; return true;
      case Tag::Bool: out += value.boolean_value() ? "true" : "false"; return true;
      case Tag::String: out += quote_json(value.str()->data); return true;
      case Tag::Number:
        out += std::isfinite(value.num()) ? in.number_to_string(value.num()) : "null";
        return true;
      case Tag::BigInt: in.throw_type_error("Do not know how to serialize a BigInt");
      case Tag::Object:
        if (value.obj()->is_callable) return false;
        if (in.IsArray(value))
          serialize_array(value.obj(), out);
        else
          serialize_object(value.obj(), out);
        return true;
      default: return false;
    }
  }

  void enter(Object* o) {
    for (Object* x : stack) {
      if (x == o) in.throw_type_error("Converting circular structure to JSON", false);
    }
    stack.push_back(o);
  }

  void serialize_object(Object* o, std::string& out) {
    enter(o);
    std::string stepback = indent;
    indent += gap;
    std::vector<std::string> parts;
    std::vector<Key> keys;
    if (has_list) {
      keys = property_list;
    } else {
      for (Key k : in.own_property_keys(o)) {
        if (k->cell_type == kCellSymbol) continue;
        PropertyDescriptor d;
        if (in.get_own_property(o, k, d) && d.enumerable) keys.push_back(k);
      }
    }
    for (Key k : keys) {
      std::string member;
      if (!serialize(Value::object(o), k, member)) continue;
      std::string p = quote_json(static_cast<Str*>(k)->data) + ":";
      if (!gap.empty()) p += " ";
      parts.push_back(p + member);
    }
    if (parts.empty()) {
      out += "{}";
    } else if (gap.empty()) {
      out += "{";
      for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "," : "") + parts[i];
      out += "}";
    } else {
      out += "{\n" + indent;
      for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ",\n" + indent : "") + parts[i];
      out += "\n" + stepback + "}";
    }
    stack.pop_back();
    indent = stepback;
  }

  void serialize_array(Object* o, std::string& out) {
    enter(o);
    std::string stepback = indent;
    indent += gap;
    std::vector<std::string> parts;
    std::int64_t len = in.LengthOfArrayLike(o);
    for (std::int64_t i = 0; i < len; ++i) {
      std::string el;
      if (!serialize(Value::object(o), in.key_from_index(static_cast<std::uint32_t>(i)), el))
        el = "null";
      parts.push_back(el);
    }
    if (parts.empty()) {
      out += "[]";
    } else if (gap.empty()) {
      out += "[";
      for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "," : "") + parts[i];
      out += "]";
    } else {
      out += "[\n" + indent;
      for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ",\n" + indent : "") + parts[i];
      out += "\n" + stepback + "]";
    }
    stack.pop_back();
    indent = stepback;
  }
};

Value json_stringify(Interp& in, NativeFunction&, NativeArgs& a) {
  Stringifier s{in, Value::undefined(), {}, false, "", "", {}};
  Value replacer = a.arg(1);
  if (in.IsCallable(replacer)) {
    s.replacer_fn = replacer;
  } else if (in.IsArray(replacer)) {
    s.has_list = true;
    for (Value v : in.CreateListFromArrayLike(replacer)) {
      Str* item = nullptr;
      if (v.is_string() || v.is_number())
        item = in.ToString(v);
      else if (v.is_object() && (v.obj()->cls == Class::String || v.obj()->cls == Class::Number))
        item = in.ToString(v);
      if (item == nullptr) continue;
      Key k = in.intern(item);
      bool dup = false;
      for (Key x : s.property_list) dup = dup || x == k;
      if (!dup) s.property_list.push_back(k);
    }
  }
  Value space = a.arg(2);
  if (space.is_object()) {
    if (space.obj()->cls == Class::Number)
      space = Value::number(in.ToNumber(space));
    else if (space.obj()->cls == Class::String)
      space = Value::string(in.ToString(space));
  }
  if (space.is_number()) {
    double n = std::min(10.0, in.ToIntegerOrInfinity(space));
    if (n >= 1) s.gap = std::string(static_cast<std::size_t>(n), ' ');
  } else if (space.is_string()) {
    s.gap = space.str()->data.substr(0, 10);
  }
  Object* wrapper = in.new_object();
  wrapper->add(in.n.empty, a.arg(0), attr::Default);
  std::string out;
  if (!s.serialize(Value::object(wrapper), in.n.empty, out)) return Value::undefined();
  return in.string_value(std::move(out));
}

struct Parser {
  Interp& in;
  const std::string& s;
  std::size_t i = 0;
  [[noreturn]] void fail() {
    in.throw_error(ErrorType::SyntaxError, "Unexpected token in JSON", false);
  }
  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  Value parse_value() {
    in.check_stack();
    ws();
    if (i >= s.size()) fail();
    char c = s[i];
    if (c == '{') {
      ++i;
      Object* o = in.new_object();
      Value keep = Value::object(o);
      ws();
      if (i < s.size() && s[i] == '}') {
        ++i;
        return keep;
      }
      for (;;) {
        ws();
        if (i >= s.size() || s[i] != '"') fail();
        std::string key = parse_string();
        ws();
        if (i >= s.size() || s[i] != ':') fail();
        ++i;
        Value v = parse_value();
        in.CreateDataProperty(o, in.intern(key), v);
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == '}') {
          ++i;
          return keep;
        }
        fail();
      }
    }
    if (c == '[') {
      ++i;
      ArrayObj* arr = in.new_array(0);
      Value keep = Value::object(arr);
      ws();
      if (i < s.size() && s[i] == ']') {
        ++i;
        return keep;
      }
      for (;;) {
        arr->elements.push_back(parse_value());
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == ']') {
          ++i;
          return keep;
        }
        fail();
      }
    }
    if (c == '"') return in.string_value(parse_string());
    if (s.compare(i, 4, "true") == 0) {
      i += 4;
      return Value::boolean(true);
    }
    if (s.compare(i, 5, "false") == 0) {
      i += 5;
      return Value::boolean(false);
    }
    if (s.compare(i, 4, "null") == 0) {
      i += 4;
      return Value::null();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      std::size_t b = i;
      if (s[i] == '-') ++i;
      if (i < s.size() && s[i] == '0') {
        ++i;
      } else {
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) fail();
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      }
      if (i < s.size() && s[i] == '.') {
        ++i;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) fail();
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      }
      if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) fail();
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      }
      return Value::number(std::strtod(s.substr(b, i - b).c_str(), nullptr));
    }
    fail();
  }
  std::string parse_string() {
    ++i;
    std::string raw;
    while (i < s.size() && s[i] != '"') {
      if (static_cast<unsigned char>(s[i]) < 0x20) fail();
      if (s[i] == '\\') {
        raw += s[i++];
        if (i >= s.size()) fail();
      }
      raw += s[i++];
    }
    if (i >= s.size()) fail();
    ++i;
    std::string out;
    if (!decode_string_literal("\"" + raw + "\"", out)) fail();
    return out;
  }
};

Value internalize(Interp& in, Value holder, Key key, Value reviver) {
  in.check_stack();
  Value val = in.get(holder.obj(), key, holder);
  if (val.is_object()) {
    Object* o = val.obj();
    if (in.IsArray(val)) {
      std::int64_t len = in.LengthOfArrayLike(o);
      for (std::int64_t i = 0; i < len; ++i) {
        Key k = in.key_from_index(static_cast<std::uint32_t>(i));
        Value nv = internalize(in, val, k, reviver);
        if (nv.is_undefined())
          in.delete_property(o, k);
        else
          in.CreateDataProperty(o, k, nv);
      }
    } else {
      for (Key k : in.own_property_keys(o)) {
        if (k->cell_type == kCellSymbol) continue;
        PropertyDescriptor d;
        if (!in.get_own_property(o, k, d) || !d.enumerable) continue;
        Value nv = internalize(in, val, k, reviver);
        if (nv.is_undefined())
          in.delete_property(o, k);
        else
          in.CreateDataProperty(o, k, nv);
      }
    }
  }
  return in.call(reviver, holder, {key_to_value(key), val});
}

Value json_parse(Interp& in, NativeFunction&, NativeArgs& a) {
  Str* text = in.ToString(a.arg(0));
  Parser p{in, text->data};
  Value v = p.parse_value();
  p.ws();
  if (p.i != text->data.size()) p.fail();
  if (in.IsCallable(a.arg(1))) {
    Object* root = in.new_object();
    root->add(in.n.empty, v, attr::Default);
    return internalize(in, Value::object(root), in.n.empty, a.arg(1));
  }
  return v;
}

}  // namespace

std::string json_quote(const std::string& s) { return quote_json(s); }

void init_json_builtins(Interp& in) {
  Object* json = in.new_object();
  in.r.global->put(in.intern("JSON"), Value::object(json), attr::Hidden);
  json->put(in.r.sym_to_string_tag, in.atom_value("JSON"), attr::Configurable);
  in.add_method(json, "stringify", 3, json_stringify);
  in.add_method(json, "parse", 2, json_parse);
}

}  // namespace desugar::sim
