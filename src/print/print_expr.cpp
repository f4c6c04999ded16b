// Expressions and patterns. Every function that can be parenthesised decides it itself from the
// context level and flags (see precedence.h), so callers never add parentheses.
#include "print/printer_impl.h"

namespace desugar::print_detail {

namespace {

bool is_binary(const Node* n, bool (*pred)(Op)) {
  return n && n->kind == Kind::Binary && pred(n->op);
}

bool is_signed_number(const Node* n) {
  return n->kind == Kind::Number && !n->text.empty() && (n->text[0] == '-' || n->text[0] == '+');
}

// `1.x` would lex as the number `1.` followed by `x`: such literals need parens before `.`.
bool needs_parens_before_dot(const Node* n) {
  if (n->kind != Kind::Number) return false;
  for (char c : n->text) {
    if (!((c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool same_name(const Node* key, const Node* value) {
  return key && value && key->kind == Kind::Identifier && value->kind == Kind::Identifier &&
         key->text == value->text;
}

// Object literals go multi-line when a member carries a function body; otherwise one line.
bool object_is_multiline(const Node* obj) {
  for (const Node* m : obj->list) {
    if (!m) continue;
    if (m->kind == Kind::Method) return true;
    if (m->kind == Kind::Property && ast::value(m)) {
      const Node* v = ast::value(m);
      if (v->kind == Kind::FunctionExpr || v->kind == Kind::ClassExpr) return true;
      if (v->kind == Kind::Arrow && ast::body(v) && ast::body(v)->kind == Kind::Block) return true;
    }
  }
  return false;
}

}  // namespace

void Printer::print_paren(const Node* e) {
  put('(');
  print_expr(e, Level::Lowest);
  put(')');
}

void Printer::print_list(const NodeList& list, Level level) {
  bool first = true;
  for (const Node* item : list) {
    if (!first) put(", ");
    first = false;
    print_expr(item, level);
  }
}

void Printer::print_expr(const Node* e, Level level, std::uint8_t flags) {
  if (!e) return;
  switch (e->kind) {
    case Kind::Identifier: print_identifier(e); return;
    case Kind::PrivateName:
    case Kind::Bool:
    case Kind::String:
    case Kind::Regex:
    case Kind::MetaProperty:
    case Kind::TemplateElement: put(e->text); return;
    case Kind::This: put("this"); return;
    case Kind::Super: put("super"); return;
    case Kind::Null: put("null"); return;
    case Kind::Import: put("import"); return;
    case Kind::Elision: return;
    case Kind::Number: print_number(e, level); return;
    case Kind::Template: print_template(e); return;
    case Kind::TaggedTemplate: print_tagged(e, flags); return;
    case Kind::Array:
    case Kind::ArrayPattern: print_array(e); return;
    case Kind::Object:
    case Kind::ObjectPattern: print_object(e); return;
    case Kind::Property: print_property(e); return;
    case Kind::Method: print_method(e); return;
    case Kind::Field: print_field(e); return;
    case Kind::FunctionExpr: print_function_expr(e); return;
    case Kind::ClassExpr: print_class_expr(e); return;
    case Kind::Arrow: print_arrow(e, level, flags); return;
    case Kind::Unary: print_unary(e, level, flags); return;
    case Kind::Await: {
      bool wrap = level >= Level::Prefix;
      if (wrap) put('(');
      put("await ");
      print_expr(ast::argument(e), below(Level::Prefix));
      if (wrap) put(')');
      return;
    }
    case Kind::Update: print_update(e, level, flags); return;
    case Kind::Binary: print_binary(e, level, flags); return;
    case Kind::Assign: print_assign(e, level, flags); return;
    case Kind::Conditional: print_conditional(e, level, flags); return;
    case Kind::Call: print_call(e, level, flags); return;
    case Kind::New: print_new(e, level); return;
    case Kind::Member: print_member(e, flags); return;
    case Kind::Chain:
      // Transparent here; parents that would extend the chain parenthesise it themselves.
      print_expr(ast::expression(e), level, flags);
      return;
    case Kind::Sequence: {
      bool wrap = level >= Level::Comma;
      if (wrap) {
        put('(');
        flags = 0;
      }
      bool first = true;
      for (const Node* item : e->list) {
        if (!first) put(", ");
        first = false;
        print_expr(item, Level::Comma, flags);
      }
      if (wrap) put(')');
      return;
    }
    case Kind::Spread:
    case Kind::Rest:
      put("...");
      print_expr(first_slot(e), Level::Comma);  // Spread's argument, Rest's target
      return;
    case Kind::Yield: {
      bool wrap = level >= Level::Assign;
      if (wrap) {
        put('(');
        flags = 0;
      }
      put(e->has(flag::Delegate) ? "yield*" : "yield");
      if (ast::argument(e)) {
        put(' ');
        print_expr(ast::argument(e), Level::Yield, flags & kForbidIn);
      }
      if (wrap) put(')');
      return;
    }
    case Kind::AssignPattern:
      print_expr(ast::target(e), Level::Comma);
      put(" = ");
      print_expr(ast::fallback(e), Level::Comma);
      return;
    case Kind::StaticBlock:
      put("static ");
      print_block(e);
      return;
    default:
      print_stmt(e);  // a statement where an expression was expected: print it as is
      return;
  }
}

void Printer::print_identifier(const Node* e) {
  // `for (let ...` reads as a declaration and `for (async of` is forbidden.
  bool wrap =
      (at(for_init_start_) && e->text == "let") || (at(for_of_init_start_) && e->text == "async");
  if (wrap) put('(');
  put(e->text);
  if (wrap) put(')');
}

void Printer::print_number(const Node* e, Level level) {
  // Passes may build negative literals; they behave like a unary minus.
  bool is_signed = is_signed_number(e);
  bool wrap = is_signed && level >= Level::Prefix;
  if (wrap) {
    put('(');
  } else if (is_signed) {
    sign_guard(e->text[0]);
  }
  put(e->text);
  if (wrap) put(')');
}

Level Printer::binary_left_level(const Node* e) const {
  Level own = binary_level(e->op);
  const Node* left = ast::left(e);
  if (own == Level::Exponentiation) {
    // `-a ** b` is a syntax error: a unary/await operand needs parens.
    if (left && (left->kind == Kind::Unary || left->kind == Kind::Await || is_signed_number(left)))
      return Level::Call;
    return own;  // right-associative
  }
  if (own == Level::NullishCoalescing && is_binary(left, is_or_and)) return Level::Call;
  return below(own);
}

Level Printer::binary_right_level(const Node* e) const {
  Level own = binary_level(e->op);
  if (own == Level::Exponentiation) return below(own);
  if (own == Level::NullishCoalescing && is_binary(ast::right(e), is_or_and)) return Level::Call;
  return own;
}

void Printer::print_binary(const Node* e, Level level, std::uint8_t flags) {
  bool wrap = level >= binary_level(e->op) || ((flags & kForbidIn) && e->op == Op::In);
  if (wrap) {
    put('(');
    flags = 0;
  }
  flags &= kForbidIn;
  // Walk the left spine while each left operand needs no parens, so a long `a + b + c + ...`
  // chain (common in minified code) is printed in a loop instead of one frame per operator.
  std::size_t base = spine_.size();
  spine_.push_back(e);
  const Node* cur = e;
  for (;;) {
    const Node* left = ast::left(cur);
    if (!left || left->kind != Kind::Binary) break;
    if (binary_left_level(cur) >= binary_level(left->op)) break;
    if ((flags & kForbidIn) && left->op == Op::In) break;
    spine_.push_back(left);
    cur = left;
  }
  print_expr(ast::left(cur), binary_left_level(cur), flags);
  for (std::size_t i = spine_.size(); i-- > base;) {
    const Node* n = spine_[i];
    put(' ');
    put(n->text);
    put(' ');
    print_expr(ast::right(n), binary_right_level(n), flags);
  }
  spine_.resize(base);
  if (wrap) put(')');
}

void Printer::print_assign(const Node* e, Level level, std::uint8_t flags) {
  // `{a} = b` as a statement (or arrow body) would start with a block.
  bool pattern_first =
      ast::target(e) &&
      (ast::target(e)->kind == Kind::Object || ast::target(e)->kind == Kind::ObjectPattern) &&
      (at(stmt_start_) || at(arrow_start_));
  bool wrap = level >= Level::Assign || pattern_first;
  if (wrap) {
    put('(');
    flags = 0;
  }
  flags &= kForbidIn;
  print_expr(ast::target(e), Level::Assign, flags);
  put(' ');
  put(e->text.empty() ? std::string_view("=") : e->text);
  put(' ');
  print_expr(ast::value(e), below(Level::Assign), flags);
  if (wrap) put(')');
}

void Printer::print_conditional(const Node* e, Level level, std::uint8_t flags) {
  bool wrap = level >= Level::Conditional;
  if (wrap) {
    put('(');
    flags = 0;
  }
  flags &= kForbidIn;
  print_expr(ast::test(e), Level::Conditional, flags);
  put(" ? ");
  print_expr(ast::consequent(e), Level::Yield);  // `in` is allowed between ? and :
  put(" : ");
  print_expr(ast::alternate(e), Level::Yield, flags);
  if (wrap) put(')');
}

void Printer::print_unary(const Node* e, Level level, std::uint8_t flags) {
  bool wrap = level >= Level::Prefix;
  if (wrap) {
    put('(');
    flags = 0;
  }
  std::string_view op = spelling(e->op);
  if (e->op == Op::Typeof || e->op == Op::Void || e->op == Op::Delete) {
    put(op);
    put(' ');
  } else {
    if (e->op == Op::Neg || e->op == Op::Pos) sign_guard(op[0]);
    put(op);
  }
  print_expr(ast::argument(e), below(Level::Prefix), flags & kForbidIn);
  if (wrap) put(')');
}

void Printer::print_update(const Node* e, Level level, std::uint8_t flags) {
  std::string_view op = spelling(e->op == Op::Dec ? Op::Dec : Op::Inc);
  if (e->has(flag::Prefix)) {
    bool wrap = level >= Level::Prefix;
    if (wrap) put('(');
    sign_guard(op[0]);
    put(op);
    print_expr(ast::argument(e), below(Level::Prefix), wrap ? 0 : flags & kForbidIn);
    if (wrap) put(')');
  } else {
    bool wrap = level >= Level::Postfix;
    if (wrap) put('(');
    print_expr(ast::argument(e), below(Level::Postfix), wrap ? 0 : flags & kForbidIn);
    put(op);
    if (wrap) put(')');
  }
}

void Printer::print_member(const Node* e, std::uint8_t flags) {
  const Node* obj = ast::object(e);
  bool computed = e->has(flag::Computed);
  bool optional = e->has(flag::Optional);
  if (obj &&
      (obj->kind == Kind::Chain || (!computed && needs_parens_before_dot(obj)) ||
       // `let [` starts a declaration
       (computed && at(stmt_start_) && obj->kind == Kind::Identifier && obj->text == "let"))) {
    print_paren(obj);
  } else {
    print_expr(obj, Level::Postfix, flags & kForbidCall);
  }
  if (optional) put("?.");
  if (computed) {
    put('[');
    print_expr(ast::property(e), Level::Lowest);
    put(']');
  } else {
    if (!optional) put('.');
    print_expr(ast::property(e), Level::Lowest);
  }
}

void Printer::print_call(const Node* e, Level level, std::uint8_t flags) {
  bool wrap = level >= Level::New || (flags & kForbidCall);
  if (wrap) put('(');
  const Node* callee = ast::callee(e);
  if (callee && callee->kind == Kind::Chain) {
    print_paren(callee);
  } else {
    print_expr(callee, Level::Postfix);
  }
  put(e->has(flag::Optional) ? "?.(" : "(");
  print_list(e->list, Level::Comma);
  put(')');
  if (wrap) put(')');
}

void Printer::print_new(const Node* e, Level level) {
  bool wrap = level >= Level::Call;
  if (wrap) put('(');
  put("new ");
  const Node* callee = ast::callee(e);
  if (callee && callee->kind == Kind::Chain) {
    print_paren(callee);
  } else {
    print_expr(callee, Level::New, kForbidCall);  // `new (f())()`, `new (a.b())()`
  }
  put('(');
  print_list(e->list, Level::Comma);
  put(')');
  if (wrap) put(')');
}

void Printer::print_tagged(const Node* e, std::uint8_t flags) {
  const Node* tag = ast::tag(e);
  if (tag && tag->kind == Kind::Chain) {
    print_paren(tag);
  } else {
    print_expr(tag, Level::Postfix, flags & kForbidCall);
  }
  print_template(ast::quasi(e));
}

void Printer::print_template(const Node* e) {
  put('`');
  if (e) {
    for (std::uint32_t i = 0; i < e->list.count; ++i) {
      const Node* part = e->list[i];
      if (i % 2 == 0) {
        if (part) put(part->text);
      } else {
        put("${");
        print_expr(part, Level::Lowest);
        put('}');
      }
    }
  }
  put('`');
}

void Printer::print_array(const Node* e) {
  put('[');
  print_list(e->list, Level::Comma);
  // A trailing hole needs its own comma: `[a, ,]` has length 2.
  if (!e->list.empty()) {
    const Node* last = e->list[e->list.size() - 1];
    if (last && last->kind == Kind::Elision) put(',');
  }
  put(']');
}

void Printer::print_object(const Node* e) {
  bool wrap = at(stmt_start_) || at(arrow_start_);  // `{` would open a block
  if (wrap) put('(');
  if (e->list.empty()) {
    put("{}");
  } else if (e->kind == Kind::Object && object_is_multiline(e)) {
    put("{\n");
    ++indent_;
    for (std::uint32_t i = 0; i < e->list.count; ++i) {
      put_indent();
      print_expr(e->list[i], Level::Comma);
      if (i + 1 < e->list.count) put(',');
      newline();
    }
    --indent_;
    put_indent();
    put('}');
  } else {
    put("{ ");
    print_list(e->list, Level::Comma);
    put(" }");
  }
  if (wrap) put(')');
}

void Printer::print_property(const Node* p) {
  const Node* key = ast::key(p);
  const Node* value = ast::value(p);
  if (p->has(flag::Shorthand) && !p->has(flag::Computed)) {
    // Only trust the flag while the value still matches the key (a pass may have renamed it).
    if (!value || same_name(key, value)) {
      print_key(key, false);
      return;
    }
    if ((value->kind == Kind::AssignPattern ||
         (value->kind == Kind::Assign && value->op == Op::Assign)) &&
        same_name(key, ast::target(value))) {
      print_expr(ast::target(value), Level::Comma);
      put(" = ");
      print_expr(ast::fallback(value), Level::Comma);
      return;
    }
  }
  print_key(key, p->has(flag::Computed));
  if (!value) return;
  put(": ");
  print_expr(value, Level::Comma);
}

void Printer::print_key(const Node* key, bool computed) {
  if (computed) {
    put('[');
    print_expr(key, Level::Comma);
    put(']');
  } else {
    print_expr(key, Level::Lowest);
  }
}

void Printer::print_method(const Node* m) {
  const Node* fn = ast::function(m);
  if (m->has(flag::Static)) put("static ");
  if (fn && fn->has(flag::Async)) put("async ");
  if (fn && fn->has(flag::Generator)) put('*');
  if (m->has(flag::Getter)) put("get ");
  if (m->has(flag::Setter)) put("set ");
  print_key(ast::key(m), m->has(flag::Computed));
  if (fn) {
    print_function_tail(fn);
  } else {
    put("() {}");
  }
}

void Printer::print_field(const Node* f) {
  if (f->has(flag::Static)) put("static ");
  print_key(ast::key(f), f->has(flag::Computed));
  if (ast::value(f)) {
    put(" = ");
    print_expr(ast::value(f), Level::Comma);
  }
  put(';');
}

void Printer::print_function_expr(const Node* e) {
  // `function` or `class` first in a statement (or after export default) reads as a declaration.
  bool wrap = at(stmt_start_) || at(export_default_start_);
  if (wrap) put('(');
  if (e->has(flag::Async)) put("async ");
  put("function");
  if (e->has(flag::Generator)) put('*');
  if (ast::name(e)) {
    put(' ');
    print_expr(ast::name(e), Level::Lowest);
  }
  print_function_tail(e);
  if (wrap) put(')');
}

void Printer::print_class_expr(const Node* e) {
  bool wrap = at(stmt_start_) || at(export_default_start_);
  if (wrap) put('(');
  put("class");
  if (ast::name(e)) {
    put(' ');
    print_expr(ast::name(e), Level::Lowest);
  }
  print_class_tail(e);
  if (wrap) put(')');
}

void Printer::print_arrow(const Node* e, Level level, std::uint8_t flags) {
  bool wrap = level >= Level::Assign;
  if (wrap) {
    put('(');
    flags = 0;
  }
  if (e->has(flag::Async)) put("async ");
  put('(');
  print_list(e->list, Level::Comma);
  put(") => ");
  const Node* body = ast::body(e);
  if (body && body->kind == Kind::Block) {
    print_block(body);
  } else {
    arrow_start_ = out_.size();  // a body starting with `{` would read as a block
    print_expr(body, Level::Comma, flags & kForbidIn);
  }
  if (wrap) put(')');
}

}  // namespace desugar::print_detail
