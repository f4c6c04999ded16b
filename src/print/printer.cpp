// Statements, statement lists (comments, blank lines) and the entry point.
#include "print/printer.h"

#include "print/printer_impl.h"

namespace desugar {
namespace print_detail {

namespace {

// Laid out as a statement (on its own lines): statements, clauses and class elements (kinds.def's
// category column; a Method of an object literal too).
bool is_statement_kind(Kind k) {
  Category c = kind_category(k);
  return c == Category::Root || c == Category::Statement || c == Category::Clause ||
         c == Category::ClassElement;
}

// True when `s` ends with an `if` that has no `else`: an `else` printed after it would bind to
// that inner `if` (dangling else).
bool ends_with_open_if(const Node* s) {
  while (s) {
    switch (s->kind) {
      case Kind::If:
        if (!ast::alternate(s)) return true;
        s = ast::alternate(s);
        break;
      case Kind::For:
      case Kind::ForIn:
      case Kind::While:
      case Kind::With: s = ast::body(s); break;
      case Kind::Labeled: s = ast::body(s); break;
      default: return false;
    }
  }
  return false;
}

bool is_line_comment(const Node* n) {
  return n->kind == Kind::Comment && n->text.starts_with("//");
}

}  // namespace

Printer::Printer(const PrintOptions& options) : source_(options.source) {
  out_.reserve(source_.empty() ? 4096 : source_.size() + source_.size() / 4 + 64);
}

void Printer::print_root(const Node* root) {
  if (!root) return;
  if (root->kind == Kind::Program) {
    print_stmt_list(root->list, true);
  } else if (is_statement_kind(root->kind)) {
    print_stmt(root);
    newline();
  } else {
    print_expr(root, Level::Lowest);
  }
}

bool Printer::blank_line_between(const Node* prev, const Node* next) const {
  if (source_.empty() || prev->end == 0 || next->end == 0) return false;
  if (prev->end > next->begin || next->begin > source_.size()) return false;
  // Only a clean gap (whitespace and stray semicolons) counts; anything else means the ranges
  // are not what they seem, and scanning stays linear in the source size.
  bool seen_newline = false;
  bool only_space = false;
  for (std::size_t i = prev->end; i < next->begin; ++i) {
    char c = source_[i];
    if (c == '\n') {
      if (seen_newline && only_space) return true;
      seen_newline = true;
      only_space = true;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') {
      continue;
    } else if (c == ';') {
      only_space = false;
    } else {
      return false;
    }
  }
  return false;
}

void Printer::print_stmt_list(const NodeList& list, bool top_level) {
  const Node* prev = nullptr;
  for (const Node* s : list) {
    if (!s) continue;
    // A trailing comment goes at the end of the previous statement's line, unless that line
    // already ends in a line comment or a hashbang.
    if (s->kind == Kind::Comment && s->has(flag::Trailing) && prev && !is_line_comment(prev) &&
        !(top_level && prev->kind == Kind::Verbatim && prev->text.starts_with("#!")) &&
        !out_.empty() && out_.back() == '\n') {
      out_.back() = ' ';
      put(s->text);
      newline();
      prev = s;
      continue;
    }
    if (prev && blank_line_between(prev, s)) newline();
    put_indent();
    print_stmt(s);
    newline();
    prev = s;
  }
}

void Printer::print_block(const Node* block) {
  if (!block || block->list.empty()) {
    put("{}");
    return;
  }
  put("{\n");
  ++indent_;
  print_stmt_list(block->list, false);
  --indent_;
  put_indent();
  put('}');
}

// Bodies of if/for/while/with/labels stay on the statement's line.
void Printer::print_body(const Node* body) {
  if (!body || body->kind == Kind::Empty) {
    put(';');
  } else if (body->kind == Kind::Block) {
    put(' ');
    print_block(body);
  } else {
    put(' ');
    print_stmt(body);
  }
}

void Printer::print_function_tail(const Node* fn) {
  put('(');
  print_list(fn->list, Level::Comma);
  put(") ");
  if (ast::body(fn) && ast::body(fn)->kind == Kind::Block) {
    print_block(ast::body(fn));
  } else {
    put("{}");
  }
}

void Printer::print_class_tail(const Node* cls) {
  if (ast::superclass(cls)) {
    put(" extends ");
    print_expr(ast::superclass(cls), Level::Postfix);
  }
  if (cls->list.empty()) {
    put(" {}");
    return;
  }
  put(" {\n");
  ++indent_;
  print_stmt_list(cls->list, false);
  --indent_;
  put_indent();
  put('}');
}

void Printer::print_var_decl(const Node* decl, std::uint8_t flags) {
  put(decl->text.empty() ? std::string_view("var") : decl->text);
  put(' ');
  bool first = true;
  for (const Node* d : decl->list) {
    if (!d) continue;
    if (!first) put(", ");
    first = false;
    if (d->kind != Kind::Declarator) {
      print_expr(d, Level::Comma, flags);
      continue;
    }
    print_expr(ast::target(d), Level::Comma);
    if (ast::init(d)) {
      put(" = ");
      print_expr(ast::init(d), Level::Comma, flags & kForbidIn);
    }
  }
}

void Printer::print_function_decl(const Node* s) {
  if (s->has(flag::Async)) put("async ");
  put("function");
  if (s->has(flag::Generator)) put('*');
  if (ast::name(s)) {
    put(' ');
    print_expr(ast::name(s), Level::Lowest);
  }
  print_function_tail(s);
}

void Printer::print_class_decl(const Node* s) {
  put("class");
  if (ast::name(s)) {
    put(' ');
    print_expr(ast::name(s), Level::Lowest);
  }
  print_class_tail(s);
}

void Printer::print_if(const Node* s) {
  put("if (");
  print_expr(ast::test(s), Level::Lowest);
  put(')');
  const Node* cons = ast::consequent(s);
  if (ast::alternate(s) && ends_with_open_if(cons)) {
    // Brace the consequent so the else cannot bind to the inner if.
    put(" {\n");
    ++indent_;
    put_indent();
    print_stmt(cons);
    newline();
    --indent_;
    put_indent();
    put('}');
  } else {
    print_body(cons);
  }
  const Node* alt = ast::alternate(s);
  if (!alt) return;
  if (out_.back() == '}') {  // `} else` whenever the consequent ends with a brace
    put(" else");
  } else {
    newline();
    put_indent();
    put("else");
  }
  print_body(alt);
}

void Printer::print_for(const Node* s) {
  put("for (");
  if (ast::init(s)) {
    if (ast::init(s)->kind == Kind::VarDecl) {
      print_var_decl(ast::init(s), kForbidIn);
    } else {
      for_init_start_ = out_.size();
      print_expr(ast::init(s), Level::Lowest, kForbidIn);
    }
  }
  put(';');
  if (ast::test(s)) {
    put(' ');
    print_expr(ast::test(s), Level::Lowest);
  }
  put(';');
  if (ast::update(s)) {
    put(' ');
    print_expr(ast::update(s), Level::Lowest);
  }
  put(')');
  print_body(ast::body(s));
}

void Printer::print_for_in(const Node* s) {
  bool of = s->has(flag::ForOf) || s->has(flag::ForAwait);
  put(s->has(flag::ForAwait) ? "for await (" : "for (");
  if (ast::left(s) && ast::left(s)->kind == Kind::VarDecl) {
    print_var_decl(ast::left(s), kForbidIn);
  } else {
    for_init_start_ = out_.size();
    if (of) for_of_init_start_ = out_.size();
    print_expr(ast::left(s), Level::Postfix, kForbidIn);
  }
  put(of ? " of " : " in ");
  print_expr(ast::right(s), of ? Level::Comma : Level::Lowest);
  put(')');
  print_body(ast::body(s));
}

void Printer::print_switch(const Node* s) {
  put("switch (");
  print_expr(ast::discriminant(s), Level::Lowest);
  put(") {");
  if (s->list.empty()) {
    put('}');
    return;
  }
  newline();
  ++indent_;
  const Node* prev = nullptr;
  for (const Node* c : s->list) {
    if (!c) continue;
    if (prev && blank_line_between(prev, c)) newline();
    prev = c;
    put_indent();
    if (ast::test(c)) {
      put("case ");
      print_expr(ast::test(c), Level::Lowest);
      put(":\n");
    } else {
      put("default:\n");
    }
    ++indent_;
    print_stmt_list(c->list, false);
    --indent_;
  }
  --indent_;
  put_indent();
  put('}');
}

void Printer::print_try(const Node* s) {
  put("try ");
  print_block(ast::block(s));
  if (const Node* c = ast::handler(s)) {
    put(" catch ");
    if (ast::param(c)) {
      put('(');
      print_expr(ast::param(c), Level::Lowest);
      put(") ");
    }
    print_block(ast::body(c));
  }
  if (ast::finalizer(s)) {
    put(" finally ");
    print_block(ast::finalizer(s));
  }
}

void Printer::print_export(const Node* s) {
  const Node* d = ast::declaration(s);
  put(s->has(flag::Default) ? "export default " : "export ");
  if (!d) return;
  if (is_statement_kind(d->kind)) {
    print_stmt(d);
    return;
  }
  if (s->has(flag::Default) && !s->has(flag::Parenthesized) &&
      (d->kind == Kind::FunctionExpr || d->kind == Kind::ClassExpr)) {
    // The parser gives `export default function () {}` as a FunctionExpr: keep the declaration
    // form (hoisted), which is what such a tree almost always stands for.
    if (d->kind == Kind::FunctionExpr) {
      print_function_decl(d);
    } else {
      print_class_decl(d);
    }
    return;
  }
  // An expression: `function`/`class` first would read as a declaration.
  export_default_start_ = out_.size();
  print_expr(d, Level::Comma);
  put(';');
}

void Printer::print_stmt(const Node* s) {
  switch (s->kind) {
    case Kind::Program: print_stmt_list(s->list, true); return;
    case Kind::Block: print_block(s); return;
    case Kind::Empty: put(';'); return;
    case Kind::ExprStmt: {
      // `("a")` is not a directive: printed bare it would become one.
      bool paren = s->has(flag::Parenthesized) && ast::expression(s) &&
                   ast::expression(s)->kind == Kind::String;
      if (paren) put('(');
      stmt_start_ = out_.size();
      print_expr(ast::expression(s), Level::Lowest);
      stmt_start_ = kNowhere;
      if (paren) put(')');
      put(';');
      return;
    }
    case Kind::VarDecl:
      print_var_decl(s, 0);
      put(';');
      return;
    case Kind::FunctionDecl: print_function_decl(s); return;
    case Kind::ClassDecl: print_class_decl(s); return;
    case Kind::If: print_if(s); return;
    case Kind::For: print_for(s); return;
    case Kind::ForIn: print_for_in(s); return;
    case Kind::While:
      put("while (");
      print_expr(ast::test(s), Level::Lowest);
      put(')');
      print_body(ast::body(s));
      return;
    case Kind::DoWhile:
      put("do");
      print_body(ast::body(s));
      if (ast::body(s) && ast::body(s)->kind == Kind::Block) {
        put(' ');
      } else {
        newline();
        put_indent();
      }
      put("while (");
      print_expr(ast::test(s), Level::Lowest);
      put(");");
      return;
    case Kind::Return:
    case Kind::Throw:
      put(s->kind == Kind::Return ? "return" : "throw");
      if (ast::argument(s)) {
        put(' ');
        print_expr(ast::argument(s), Level::Lowest);
      }
      put(';');
      return;
    case Kind::Break:
    case Kind::Continue:
      put(s->kind == Kind::Break ? "break" : "continue");
      if (!s->text.empty()) {
        put(' ');
        put(s->text);
      }
      put(';');
      return;
    case Kind::Labeled:
      put(s->text);
      put(':');
      print_body(ast::body(s));
      return;
    case Kind::Switch: print_switch(s); return;
    case Kind::Try: print_try(s); return;
    case Kind::Debugger: put("debugger;"); return;
    case Kind::With:
      put("with (");
      print_expr(ast::object(s), Level::Lowest);
      put(')');
      print_body(ast::body(s));
      return;
    case Kind::Comment:
    case Kind::Verbatim: put(s->text); return;
    case Kind::ExportDecl: print_export(s); return;
    case Kind::Method: print_method(s); return;
    case Kind::Field: print_field(s); return;
    case Kind::StaticBlock:
      put("static ");
      print_block(s);
      return;
    case Kind::SwitchCase:
    case Kind::Catch: return;  // only printed by their parents
    default:
      // An expression where a statement belongs: print it as an expression statement.
      stmt_start_ = out_.size();
      print_expr(s, Level::Lowest);
      stmt_start_ = kNowhere;
      put(';');
      return;
  }
}

}  // namespace print_detail

std::string print_js(const Node* root, const PrintOptions& options) {
  print_detail::Printer printer(options);
  printer.print_root(root);
  return printer.take();
}

}  // namespace desugar
