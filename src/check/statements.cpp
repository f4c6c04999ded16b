// Statements: declarations in statement position, loops and their heads, labels and the targets of
// break/continue, return, with.
#include "check/checker.h"

#include <cctype>

namespace desugar::check {

void Checker::statement_list(const NodeList& list) {
  for (const Node* s : list) {
    if (failed_) return;
    statement(s, Pos::List);
  }
}

namespace {
bool is_loop(const Node* s) {
  return s->kind == Kind::For || s->kind == Kind::ForIn || s->kind == Kind::While ||
         s->kind == Kind::DoWhile;
}
}  // namespace

void Checker::statement(const Node* s, Pos pos) {
  if (!s || failed_) return;
  if (pos != Pos::List) {
    if (s->kind == Kind::ExportDecl ||
        (s->kind == Kind::Verbatim && s->text.starts_with("export"))) {
      return error(DiagId::D0344, s->begin, "export");
    }
    if (s->kind == Kind::Verbatim && s->text.starts_with("import")) {
      return error(DiagId::D0325, s->begin + 6, token_at(s->begin + 6));
    }
    // #sec-if-statement-static-semantics-early-errors, #sec-semantics-static-semantics-early-errors
    // (iteration), #sec-labelled-statements-static-semantics-early-errors, B.3.3 / B.3.4.
    if (s->kind == Kind::VarDecl && s->text != "var") return error(DiagId::D0351, s->begin);
    if (s->kind == Kind::ClassDecl) return error(DiagId::D0344, s->begin, "class");
    if (s->kind == Kind::FunctionDecl) {
      if (s->has(flag::Async)) return error(DiagId::D0354, s->begin, "Async functions");
      if (s->has(flag::Generator)) return error(DiagId::D0354, s->begin, "Generators");
      if (ctx().strict) return error(DiagId::D0352, s->begin);
      if (pos != Pos::IfBody && pos != Pos::LabelInList) return error(DiagId::D0353, s->begin);
      if (pos == Pos::IfBody) {
        // Annex B: as if the declaration were the only statement of a block.
        push_scope(false);
        declare_function(s);
        function(s, FnKind::Declaration);
        pop_scope();
        return;
      }
    }
  }
  switch (s->kind) {
    case Kind::ExprStmt: {
      // #sec-expression-statement: no `class` or `function` first (they would be declarations).
      const Node* first = ast::expression(s);
      while (first && !parenthesized(first)) {
        const Node* next = nullptr;
        switch (first->kind) {
          case Kind::Member:
          case Kind::Call:
          case Kind::Binary:
          case Kind::Assign:
          case Kind::Conditional:
          case Kind::TaggedTemplate:
          case Kind::Chain: next = first_slot(first); break;
          case Kind::Update:
            next = first->has(flag::Prefix) ? nullptr : ast::argument(first);
            break;
          case Kind::Sequence: next = first->list.empty() ? nullptr : first->list[0]; break;
          default: break;
        }
        if (!next) break;
        first = next;
      }
      if (first && !parenthesized(first) && first->begin == s->begin) {
        if (first->kind == Kind::ClassExpr)
          return error(DiagId::D0325, first->begin + 5, token_at(first->begin + 5));
        if (first->kind == Kind::FunctionExpr) return error(DiagId::D0372, first->begin);
      }
      expr(ast::expression(s));
      return;
    }
    case Kind::VarDecl: var_decl(s, false); return;
    case Kind::FunctionDecl:
      declare_function(s);
      function(s, FnKind::Declaration);
      return;
    case Kind::ClassDecl:
      if (!ast::name(s)) return error(DiagId::D0325, s->begin + 5, token_at(s->begin + 5));
      if (ast::name(s)) {
        bool escaped = false, valid = true;
        declare(decode_identifier(ast::name(s)->text, &escaped, &valid), Bind::Lexical,
                ast::name(s)->begin);
      }
      class_node(s);
      return;
    case Kind::Block:
      push_scope(false);
      statement_list(s->list);
      pop_scope();
      return;
    case Kind::If:
      expr(ast::test(s));
      statement(ast::consequent(s), Pos::IfBody);
      statement(ast::alternate(s), Pos::IfBody);
      return;
    case Kind::For: {
      bool lexical =
          ast::init(s) && ast::init(s)->kind == Kind::VarDecl && ast::init(s)->text != "var";
      if (lexical) push_scope(false);
      if (ast::init(s) && ast::init(s)->kind == Kind::VarDecl)
        var_decl(ast::init(s), false);
      else
        expr(ast::init(s));
      expr(ast::test(s));
      expr(ast::update(s));
      ++ctx().breakable;
      ++ctx().iteration;
      statement(ast::body(s), Pos::LoopBody);
      --ctx().breakable;
      --ctx().iteration;
      if (lexical) pop_scope();
      return;
    }
    case Kind::ForIn: for_in(s); return;
    case Kind::While:
    case Kind::DoWhile:
      expr(ast::test(s));
      ++ctx().breakable;
      ++ctx().iteration;
      statement(ast::body(s), Pos::LoopBody);
      --ctx().breakable;
      --ctx().iteration;
      return;
    case Kind::Return:
      if (!ctx().returns) return error(DiagId::D0326, s->begin);
      expr(ast::argument(s));
      return;
    case Kind::Throw:
      // #sec-throw-statement: [no LineTerminator here] after `throw`, up to the expression's
      // first token (which may be a parenthesis the AST does not keep: `throw (\n x)`).
      if (ast::argument(s) && newline_between(s->begin + 5, skip_space(s->begin + 5))) {
        return error(DiagId::D0367, s->begin);
      }
      expr(ast::argument(s));
      return;
    case Kind::Break:
    case Kind::Continue: jump(s); return;
    case Kind::Labeled: labeled(s, pos); return;
    case Kind::Switch:
      expr(ast::discriminant(s));
      push_scope(false);
      ++ctx().breakable;
      for (std::size_t i = 0, defaults = 0; i < s->list.size(); ++i) {
        const Node* c = s->list[i];
        // #sec-switch-statement-static-semantics-early-errors (the grammar allows one default)
        if (!ast::test(c) && ++defaults > 1) return error(DiagId::D0368, c->begin);
        expr(ast::test(c));
        statement_list(c->list);
      }
      --ctx().breakable;
      pop_scope();
      return;
    case Kind::Try:
      if (!ast::handler(s) && !ast::finalizer(s)) return error(DiagId::D0369, s->begin);
      statement(ast::block(s), Pos::List);
      if (const Node* c = ast::handler(s)) {
        push_scope(false);
        if (ast::param(c)) {
          std::vector<const Node*> names;
          binding(ast::param(c),
                  ast::param(c)->kind == Kind::Identifier ? Bind::CatchSimple : Bind::CatchPattern,
                  &names);
        }
        if (ast::body(c)) statement_list(ast::body(c)->list);
        pop_scope();
      }
      statement(ast::finalizer(s), Pos::List);
      return;
    case Kind::With:
      // #sec-with-statement-static-semantics-early-errors
      if (ctx().strict) return error(DiagId::D0310, s->begin);
      expr(ast::object(s));
      statement(ast::body(s), Pos::WithBody);
      return;
    case Kind::Verbatim: module_item(s); return;
    case Kind::Comment: html_comment(s); return;
    case Kind::ExportDecl: export_decl(s); return;
    default: return;  // Empty, Debugger, Comment
  }
}

// B.1.1 HTML-like comments: none in modules; `-->` only first on its line (after comments).
void Checker::html_comment(const Node* c) {
  bool open = c->text.starts_with("<!--"), close = c->text.starts_with("-->");
  if (!open && !close) return;
  if (module_) return error(DiagId::D0370, c->begin);
  if (!close) return;
  std::size_t line = c->begin;
  while (line > 0 && src_[line - 1] != '\n' && src_[line - 1] != '\r') --line;
  std::string_view before = src_.substr(line, c->begin - line);
  if (line > 0) {
    // The rest of a multi-line comment opened on an earlier line may come first.
    std::size_t end = before.find("*/");
    std::size_t open_at = before.find("/*");
    if (end != std::string_view::npos && (open_at == std::string_view::npos || open_at > end))
      before.remove_prefix(end + 2);
  }
  std::uint32_t i = 0;
  while (i < before.size()) {
    if (before[i] == ' ' || before[i] == '\t') {
      ++i;
    } else if (before.compare(i, 2, "/*") == 0 &&
               before.find("*/", i + 2) != std::string_view::npos) {
      i = static_cast<std::uint32_t>(before.find("*/", i + 2) + 2);
    } else {
      return error(DiagId::D0344, c->begin + 2, ">");
    }
  }
}

// #sec-let-and-const-declarations-static-semantics-early-errors
void Checker::var_decl(const Node* decl, bool in_for_head) {
  bool is_var = decl->text == "var";
  for (const Node* d : decl->list) {
    if (failed_) return;
    binding(ast::target(d), is_var ? Bind::Var : Bind::Lexical);
    if (!in_for_head && !ast::init(d)) {
      if (decl->text == "const" || decl->text == "using" || decl->text == "await using") {
        return error(DiagId::D0366, d->end, decl->text);
      }
      if (ast::target(d) && ast::target(d)->kind != Kind::Identifier)
        return error(DiagId::D0366, d->end, "destructuring");
    }
    expr(ast::init(d));
  }
}

// #sec-for-in-and-for-of-statements-static-semantics-early-errors
void Checker::for_in(const Node* s) {
  bool of = s->has(flag::ForOf);
  if (s->has(flag::ForAwait) && !ctx().async) return error(DiagId::D0303, s->begin);
  const Node* left = ast::left(s);
  bool lexical = left && left->kind == Kind::VarDecl && left->text != "var";
  if (lexical) push_scope(false);
  if (left && left->kind == Kind::VarDecl) {
    if (left->list.size() != 1) return error(DiagId::D0356, left->begin, of ? "for-of" : "for-in");
    const Node* d = left->list[0];
    // B.3.5: `for (var x = 1 in o)` stays allowed in sloppy code.
    if (ast::init(d) &&
        (of || ctx().strict || lexical || ast::target(d)->kind != Kind::Identifier)) {
      return error(DiagId::D0355, left->begin, of ? "of" : "in");
    }
    var_decl(left, true);
  } else if (left) {
    if (of && !s->has(flag::ForAwait) && left->kind == Kind::Identifier && left->text == "async" &&
        !parenthesized(left)) {
      return error(DiagId::D0357, left->begin);
    }
    // #sec-for-in-and-for-of-statements: for-of's LeftHandSideExpression has the lookahead
    // ∉ { let } (`for (let.a of x)`, `for (let⏎of x)`).
    std::size_t paren = src_.find('(', s->begin);
    if (of && paren != std::string_view::npos) {
      std::uint32_t p = skip_space(static_cast<std::uint32_t>(paren + 1));
      char after = p + 3 < src_.size() ? src_[p + 3] : ' ';
      bool word = std::isalnum(static_cast<unsigned char>(after)) || after == '_' || after == '$' ||
                  after == '\\' || static_cast<unsigned char>(after) >= 0x80;
      if (src_.compare(p, 3, "let") == 0 && !word) return error(DiagId::D0011, p);
    }
    for_in_target(left, of);
  }
  expr(ast::right(s));
  ++ctx().breakable;
  ++ctx().iteration;
  statement(ast::body(s), Pos::LoopBody);
  --ctx().breakable;
  --ctx().iteration;
  if (lexical) pop_scope();
}

// #sec-labelled-statements-static-semantics-early-errors: a label is not redeclared inside itself.
void Checker::labeled(const Node* s, Pos pos) {
  label_name(s->text, s->begin);
  if (failed_) return;
  for (const Label& l : ctx().labels) {
    if (l.name == s->text) return error(DiagId::D0330, s->begin, s->text);
  }
  const Node* body = ast::body(s);
  while (body && body->kind == Kind::Labeled) body = ast::body(body);
  ctx().labels.push_back(Label{std::string(s->text), body && is_loop(body)});
  statement(ast::body(s),
            pos == Pos::List || pos == Pos::LabelInList ? Pos::LabelInList : Pos::LabelElsewhere);
  ctx().labels.pop_back();
}

// #sec-break-statement-static-semantics-early-errors,
// #sec-continue-statement-static-semantics-early-errors
void Checker::jump(const Node* s) {
  bool is_break = s->kind == Kind::Break;
  if (s->text.empty()) {
    if (is_break && ctx().breakable == 0) return error(DiagId::D0327, s->begin);
    if (!is_break && ctx().iteration == 0) {
      return error(DiagId::D0328, s->begin, "no surrounding iteration statement");
    }
    return;
  }
  // `continue /*\n*/ a`: a line terminator ends the statement; `a` is an expression statement.
  std::size_t label_at = src_.rfind(s->text, s->end - s->text.size());
  if (label_at != std::string_view::npos &&
      newline_between(s->begin, static_cast<std::uint32_t>(label_at))) {
    if (is_break ? ctx().breakable == 0 : ctx().iteration == 0) {
      return error(is_break ? DiagId::D0327 : DiagId::D0328, s->begin,
                   "no surrounding iteration statement");
    }
    return name_rules(s->text, static_cast<std::uint32_t>(label_at), Role::Reference);
  }
  label_name(s->text, s->begin);
  for (const Label& l : ctx().labels) {
    if (l.name != s->text) continue;
    if (!is_break && !l.iteration) {
      return error(DiagId::D0328, s->begin,
                   fmt::format("'{}' does not denote an iteration statement", s->text));
    }
    return;
  }
  error(DiagId::D0329, s->begin, s->text);
}

}  // namespace desugar::check
