// V8's wording of the TypeErrors of iteration, checked against Node 20: how V8 names a value
// ("number 5 is not a function"), a receiver ("… called on incompatible receiver #<Object>") and
// the operand of `for await` ("xs is not async iterable"). Each helper returns false where the
// exact text is not modelled; the caller then throws an error whose message refuses when read.
#include "sim/interp.h"

namespace desugar::sim {

namespace {

bool is_identifier_name(const std::string& s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    bool ok = ch == '_' || ch == '$' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (i > 0 && ch >= '0' && ch <= '9');
    if (!ok) return false;
  }
  return true;
}

}  // namespace

// String(v) of a primitive, symbols as Symbol(description) ("Iterator result 5 is not an object").
bool Interp::v8_primitive_text(Value v, std::string& out) {
  if (v.is_object()) return false;
  if (v.tag == Tag::Symbol) {
    auto* s = static_cast<Symbol*>(v.cell());
    if (!s->description.is_undefined() && !s->description.str()->ascii) return false;
    out = "Symbol(" + (s->description.is_undefined() ? std::string() : s->description.str()->data) +
          ")";
    return true;
  }
  out = to_std_string(v);
  return true;
}

// How V8 names a non-callable method in "… is not a function" (GetMethod of iteration).
bool Interp::v8_describe(Value v, std::string& out) {
  switch (v.tag) {
    case Tag::String: {
      Str* s = v.str();
      if (!s->ascii || s->data.size() > 100) return false;  // longer ones are cut with <...>
      out = "string \"" + s->data + "\"";
      return true;
    }
    case Tag::Number: out = "number " + to_std_string(v); return true;
    case Tag::Bool: out = v.boolean_value() ? "boolean true" : "boolean false"; return true;
    case Tag::Symbol: out = "symbol"; return true;
    case Tag::BigInt: out = "bigint"; return true;
    default: break;
  }
  if (v.is_object() && !v.obj()->is_callable) {
    out = "object";
    return true;
  }
  return false;
}

// A receiver in "Method … called on incompatible receiver X": primitives as strings, a plain
// object as #<Object>. Other objects depend on V8's constructor-name lookup: not modelled.
bool Interp::v8_receiver_text(Value v, std::string& out) {
  if (v.tag == Tag::String) {
    Str* s = v.str();
    if (!s->ascii || s->data.size() > 100) return false;
    out = s->data;
    return true;
  }
  if (!v.is_object()) return v8_primitive_text(v, out);
  Object* o = v.obj();
  if (o->cls != Class::Ordinary || o->is_callable || o->proto != r.object_proto) return false;
  if (o->find(n.constructor) != nullptr || o->find(r.sym_to_string_tag) != nullptr) return false;
  const Prop* c = r.object_proto->find(n.constructor);
  if (c == nullptr || (c->attrs & attr::Accessor) || c->value.cell() != r.object_ctor) return false;
  out = "#<Object>";
  return true;
}

// The operand as V8's call printer shows it: identifiers, `this`, integer literals, member
// accesses and calls (`f(...)`), `{}`. Anything else is not modelled.
bool Interp::v8_operand_text(const Code* c, std::string& out) {
  if (c == nullptr) return false;
  switch (c->op) {
    case Op::Local:
    case Op::Global:
      if (c->str == nullptr) return false;
      out = c->str->data;
      return true;
    case Op::This: out = "this"; return true;
    case Op::Num: {
      if (c->end <= c->pos || c->end > source.size()) return false;
      std::string_view t = source.substr(c->pos, c->end - c->pos);
      if (t.empty() || t.size() > 15 || (t[0] == '0' && t.size() > 1)) return false;
      for (char ch : t)
        if (ch < '0' || ch > '9') return false;
      out = std::string(t);
      return true;
    }
    case Op::Member: {
      if (c->has(cf::Optional)) return false;
      std::string base;
      if (!v8_operand_text(c->a, base)) return false;
      if (c->b == nullptr) {
        if (c->str == nullptr) return false;
        out = base + "." + c->str->data;
        return true;
      }
      if (c->b->op == Op::Str) {
        if (c->b->str == nullptr || !is_identifier_name(c->b->str->data)) return false;
        out = base + "." + c->b->str->data;
        return true;
      }
      std::string key;
      if (c->b->op != Op::Local && c->b->op != Op::Global && c->b->op != Op::Num) return false;
      if (!v8_operand_text(c->b, key)) return false;
      out = base + "[" + key + "]";
      return true;
    }
    case Op::Call: {
      if (c->has(cf::Optional)) return false;
      std::string callee;
      if (!v8_operand_text(c->a, callee)) return false;
      out = callee + "(...)";
      return true;
    }
    case Op::Object:
      if (c->n != 0) return false;
      out = "{}";
      return true;
    default: return false;
  }
}

// GetMethod (#sec-getmethod) as iteration calls it for `return`: V8 names the value.
Value Interp::get_iterator_method(Value v, Key k) {
  Value f = GetV(v, k);
  if (f.is_nullish()) return Value::undefined();
  if (!IsCallable(f)) {
    std::string text;
    bool exact = v8_describe(f, text);
    throw_type_error(text + " is not a function", exact);
  }
  return f;
}

// Reading or writing a property of undefined or null. V8 names symbol keys Symbol(description)
// and says "undefined is not iterable (…)" for a read of Symbol.iterator.
void Interp::throw_nullish_access(Value base, Value key, bool write) {
  std::string text;
  bool exact = true;
  if (key.is_symbol()) {
    exact = v8_primitive_text(key, text);
    if (key.cell() == r.sym_iterator) {
      if (!write)
        throw_type_error(to_std_string(base) +
                         " is not iterable (cannot read property Symbol(Symbol.iterator))");
      exact = false;
    }
  } else {
    text = to_std_string(key);
  }
  throw_type_error((write ? "Cannot set properties of " : "Cannot read properties of ") +
                       to_std_string(base) + (write ? " (setting '" : " (reading '") + text + "')",
                   exact);
}

void Interp::throw_iterator_result_not_object(Value result) {
  std::string text;
  bool exact = v8_primitive_text(result, text);
  throw_type_error("Iterator result " + text + " is not an object", exact);
}

}  // namespace desugar::sim
