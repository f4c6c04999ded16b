// CST → AST for statements, declarations, functions and classes.
#include "parse/cst.h"

namespace desugar::cst {

namespace {
bool null(TSNode n) { return ts_node_is_null(n); }
// A line comment or hashbang read from a CRLF file ends in '\r'.
std::string_view trim_cr(std::string_view s) {
  while (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}
}  // namespace

void Converter::statement_list(TSNode n, std::vector<Node*>& out) {
  ChildRange k = kids(n, /*keep_comments=*/true);
  std::uint32_t prev_end = 0;
  bool have_prev = false;
  for (std::size_t i = 0; i < k.size(); ++i) {
    Child ch = k[i];
    if (!ch.named) continue;
    if (ch.sym == Sym::comment || ch.sym == Sym::html_comment) {
      Node* c = make(Kind::Comment, ch.node);
      c->text = trim_cr(text(ch.node));
      if (have_prev) {
        std::string_view between = source_.substr(prev_end, c->begin - prev_end);
        if (between.find('\n') == std::string_view::npos) c->flags |= flag::Trailing;
      }
      out.push_back(c);
    } else if (ch.sym == Sym::hash_bang_line) {
      Node* v = make(Kind::Verbatim, ch.node);
      v->text = trim_cr(text(ch.node));
      out.push_back(v);
    } else if (ch.field != Field::None && ch.field != Field::body) {
      continue;  // e.g. a switch case's `value`
    } else {
      out.push_back(statement(ch.node));
    }
    prev_end = ts_node_end_byte(ch.node);
    have_prev = true;
  }
}

Node* Converter::block(TSNode n) {
  Node* blk = make(Kind::Block, n);
  std::vector<Node*> items;
  statement_list(n, items);
  blk->list = list(items);
  return blk;
}

// The grammar reads `{ a: 1 }` as an object where ECMAScript has a block (statement start, arrow
// body): one `label: expression` is a labeled statement; more than one member is a syntax error.
Node* Converter::object_as_block(TSNode n) {
  Node* blk = make(Kind::Block, n);
  ChildRange k = kids(n);
  std::vector<Node*> items;
  int members = 0;
  for (std::size_t i = 0; i < k.size(); ++i) {
    Child ch = k[i];
    if (!ch.named) {
      if (text(ch.node) == "," && !failed_) {
        if (diags_) diags_->report(DiagId::D0001, ts_node_start_byte(ch.node), "unexpected `,`");
        failed_ = true;
      }
      continue;
    }
    ++members;
    if (ch.sym == Sym::pair) {
      ChildRange pk = kids(ch.node);
      TSNode key = pk.field(Field::key), value = pk.field(Field::value);
      if (sym(key) != Sym::property_identifier) {
        unsupported(ch.node, "this block");
        continue;
      }
      Node* l = make(Kind::Labeled, ch.node);
      l->text = text(key);
      if (sym(value) == Sym::object) {
        ast::body(l) = object_as_block(value);
      } else {
        Node* s = make(Kind::ExprStmt, value);
        ast::expression(s) = expr(value);
        ast::body(l) = s;
      }
      items.push_back(l);
    } else if (ch.sym == Sym::shorthand_property_identifier) {
      Node* s = make(Kind::ExprStmt, ch.node);
      ast::expression(s) = expr(ch.node);
      items.push_back(s);
    } else {
      unsupported(ch.node, "this block");
    }
  }
  blk->list = list(items);
  return blk;
}

Node* Converter::var_decl(TSNode n, std::string_view kind) {
  Node* decl = make(Kind::VarDecl, n);
  std::vector<Node*> items;
  ChildRange k = kids(n);
  for (std::size_t i = 0; i < k.size(); ++i) {
    Child ch = k[i];
    if (ch.field == Field::kind) kind = text(ch.node);  // let/const, or "await using"
    if (ch.sym != Sym::variable_declarator) continue;
    Node* d = make(Kind::Declarator, ch.node);
    ChildRange dk = kids(ch.node);
    ast::target(d) = pattern(dk.field(Field::name));
    TSNode value = dk.field(Field::value);
    if (!null(value)) ast::init(d) = expr(value);
    items.push_back(d);
  }
  if (kind == "using" && has_token(n, "await")) kind = "await using";
  decl->text = kind;
  decl->list = list(items);
  return decl;
}

Node* Converter::function(TSNode n, Kind kind) {
  Node* fn = make(kind, n);
  if (sym(n) == Sym::generator_function_declaration || sym(n) == Sym::generator_function) {
    fn->flags |= flag::Generator;
  }
  // `await`/`yield` are keywords inside async/generator bodies only; arrows inherit `yield`'s
  // status... except that it cannot appear in them, so arrows simply keep the outer state.
  bool outer_await = await_keyword_, outer_yield = yield_keyword_;
  ChildRange k = kids(n);
  for (std::size_t i = 0; i < k.size(); ++i) {
    if (!k[i].named && text(k[i].node) == "async") fn->flags |= flag::Async;
    if (!k[i].named && text(k[i].node) == "*") fn->flags |= flag::Generator;
  }
  if (kind != Kind::Arrow || fn->has(flag::Async)) {
    await_keyword_ = fn->has(flag::Async);
    yield_keyword_ = fn->has(flag::Generator);
  }
  for (std::size_t i = 0; i < k.size(); ++i) {
    Child ch = k[i];
    if (!ch.named) {
      std::string_view t = text(ch.node);
      if (t == "async") fn->flags |= flag::Async;
      if (t == "*") fn->flags |= flag::Generator;
      continue;
    }
    std::vector<Node*> ps;
    switch (ch.field) {
      case Field::name: ast::name(fn) = expr(ch.node); break;
      case Field::parameters:
        params(ch.node, ps);
        fn->list = list(ps);
        break;
      case Field::parameter: fn->list = list({pattern(ch.node)}); break;
      case Field::body:
        ast::body(fn) = sym(ch.node) == Sym::statement_block ? block(ch.node)
                        : sym(ch.node) == Sym::object
                            ? object_as_block(ch.node)  // `=> {` is a block
                            : expr(ch.node);
        break;
      default: break;
    }
  }
  await_keyword_ = outer_await;
  yield_keyword_ = outer_yield;
  return fn;
}

Node* Converter::class_node(TSNode n, Kind kind) {
  Node* cls = make(kind, n);
  ChildRange k = kids(n);
  for (std::size_t i = 0; i < k.size(); ++i) {
    Child ch = k[i];
    if (ch.field == Field::decorator || ch.sym == Sym::decorator) {
      unsupported(ch.node, "a decorator");
      continue;
    }
    if (ch.field == Field::name) ast::name(cls) = expr(ch.node);
    if (ch.sym == Sym::class_heritage) ast::superclass(cls) = expr(kids(ch.node).first_named());
    if (ch.field != Field::body) continue;
    std::vector<Node*> members;
    ChildRange mk = kids(ch.node, /*keep_comments=*/true);
    for (std::size_t j = 0; j < mk.size(); ++j) {
      Child m = mk[j];
      if (!m.named) continue;
      switch (m.sym) {
        case Sym::comment: {
          Node* c = make(Kind::Comment, m.node);
          c->text = text(m.node);
          members.push_back(c);
          break;
        }
        case Sym::method_definition: members.push_back(expr(m.node)); break;
        case Sym::field_definition: {
          Node* f = make(Kind::Field, m.node);
          ChildRange fk = kids(m.node);
          for (std::size_t x = 0; x < fk.size(); ++x) {
            Child fc = fk[x];
            if (!fc.named && text(fc.node) == "static") f->flags |= flag::Static;
            if (fc.field == Field::decorator) unsupported(fc.node, "a decorator");
          }
          ast::key(f) = property_key(fk.field(Field::property), f);
          TSNode value = fk.field(Field::value);
          if (!null(value)) ast::value(f) = expr(value);
          members.push_back(f);
          break;
        }
        case Sym::class_static_block: {
          Node* s = make(Kind::StaticBlock, m.node);
          s->list = block(kids(m.node).field(Field::body))->list;
          members.push_back(s);
          break;
        }
        case Sym::decorator: unsupported(m.node, "a decorator"); break;
        default: break;  // stray `;`
      }
    }
    cls->list = list(members);
  }
  return cls;
}

Node* Converter::statement(TSNode n) {
  DepthGuard guard(*this);
  if (guard.too_deep()) {
    if (!failed_ && diags_)
      diags_->report(DiagId::D0006, ts_node_start_byte(n), DepthGuard::kMaxDepth);
    failed_ = true;
    return make(Kind::Empty, n);
  }
  switch (sym(n)) {
    case Sym::expression_statement: {
      TSNode e = kids(n).first_named();
      // `{` opens a block at the start of a statement; the grammar may read an object there.
      if (sym(e) == Sym::object) return object_as_block(e);
      Node* s = make(Kind::ExprStmt, n);
      if (sym(e) == Sym::parenthesized_expression) {
        TSNode inner = e;
        while (sym(inner) == Sym::parenthesized_expression) inner = kids(inner).first_named();
        if (sym(inner) == Sym::string) s->flags |= flag::Parenthesized;
      }
      ast::expression(s) = expr(e);
      return s;
    }
    case Sym::variable_declaration: return var_decl(n, "var");
    case Sym::lexical_declaration: return var_decl(n, "let");
    case Sym::using_declaration: return var_decl(n, "using");
    case Sym::function_declaration:
    case Sym::generator_function_declaration: return function(n, Kind::FunctionDecl);
    case Sym::class_declaration: return class_node(n, Kind::ClassDecl);
    case Sym::statement_block: return block(n);
    case Sym::empty_statement: return make(Kind::Empty, n);
    case Sym::debugger_statement: return make(Kind::Debugger, n);
    case Sym::if_statement: {
      Node* s = make(Kind::If, n);
      ChildRange k = kids(n);
      ast::test(s) = expr(k.field(Field::condition));
      ast::consequent(s) = statement(k.field(Field::consequence));
      TSNode alt = k.field(Field::alternative);
      if (!null(alt)) ast::alternate(s) = statement(kids(alt).first_named());
      return s;
    }
    case Sym::for_statement: {
      Node* s = make(Kind::For, n);
      ChildRange k = kids(n);
      TSNode init = k.field(Field::initializer);
      Sym is = sym(init);
      if (is == Sym::lexical_declaration || is == Sym::variable_declaration)
        ast::init(s) = statement(init);
      else if (is != Sym::empty_statement && !null(init))
        ast::init(s) = expr(init);
      TSNode cond = k.field(Field::condition);
      if (!null(cond) && sym(cond) != Sym::empty_statement && ts_node_is_named(cond))
        ast::test(s) = expr(cond);
      TSNode inc = k.field(Field::increment);
      if (!null(inc)) ast::update(s) = expr(inc);
      ast::body(s) = statement(k.field(Field::body));
      return s;
    }
    case Sym::for_in_statement: {
      Node* s = make(Kind::ForIn, n);
      ChildRange k = kids(n);
      TSNode kind = k.field(Field::kind);
      TSNode left = k.field(Field::left);
      if (!null(kind)) {
        Node* d = make(Kind::Declarator, left);
        ast::target(d) = pattern(left);
        TSNode value = k.field(Field::value);
        if (!null(value)) ast::init(d) = expr(value);
        Node* decl = make(Kind::VarDecl, kind);
        decl->begin = ts_node_start_byte(kind);
        decl->end = ts_node_end_byte(left);
        decl->text = text(kind);
        decl->list = list({d});
        ast::left(s) = decl;
      } else if (sym(left) == Sym::subscript_expression &&
                 text(kids(left).field(Field::object)) == "let") {
        // tree-sitter reads `for await (let [a, b] of xs)` as a subscript of `let`; it is a
        // declaration (a for-in/of head never starts an expression with `let [`).
        Node* arr = make(Kind::ArrayPattern, left);
        std::vector<Node*> items;
        TSNode index = kids(left).field(Field::index);
        if (sym(index) == Sym::sequence_expression) {
          ChildRange ik = kids(index);
          for (std::size_t i = 0; i < ik.size(); ++i) {
            if (ik[i].named) items.push_back(pattern(ik[i].node));
          }
        } else {
          items.push_back(pattern(index));
        }
        arr->list = list(items);
        Node* d = make(Kind::Declarator, left);
        ast::target(d) = arr;
        Node* decl = make(Kind::VarDecl, left);
        decl->text = "let";
        decl->list = list({d});
        ast::left(s) = decl;
      } else {
        ast::left(s) = sym(left) == Sym::parenthesized_expression
                           ? expr(left)
                           : blanked_call(pattern(left), left);
      }
      ast::right(s) = expr(k.field(Field::right));
      if (text(k.field(Field::operator_)) == "of") s->flags |= flag::ForOf;
      for (std::size_t i = 0; i < k.size(); ++i) {
        if (!k[i].named && text(k[i].node) == "await") s->flags |= flag::ForAwait;
      }
      ast::body(s) = statement(k.field(Field::body));
      return s;
    }
    case Sym::while_statement: {
      Node* s = make(Kind::While, n);
      ChildRange k = kids(n);
      ast::test(s) = expr(k.field(Field::condition));
      ast::body(s) = statement(k.field(Field::body));
      return s;
    }
    case Sym::do_statement: {
      Node* s = make(Kind::DoWhile, n);
      ChildRange k = kids(n);
      ast::body(s) = statement(k.field(Field::body));
      ast::test(s) = expr(k.field(Field::condition));
      return s;
    }
    case Sym::return_statement:
    case Sym::throw_statement: {
      Node* s = make(sym(n) == Sym::return_statement ? Kind::Return : Kind::Throw, n);
      TSNode arg = kids(n).first_named();
      if (!null(arg)) ast::argument(s) = expr(arg);
      return s;
    }
    case Sym::break_statement:
    case Sym::continue_statement: {
      Node* s = make(sym(n) == Sym::break_statement ? Kind::Break : Kind::Continue, n);
      TSNode label = kids(n).field(Field::label);
      if (!null(label)) s->text = text(label);
      return s;
    }
    case Sym::labeled_statement: {
      Node* s = make(Kind::Labeled, n);
      ChildRange k = kids(n);
      s->text = text(k.field(Field::label));
      ast::body(s) = statement(k.field(Field::body));
      return s;
    }
    case Sym::switch_statement: {
      Node* s = make(Kind::Switch, n);
      ChildRange k = kids(n);
      ast::discriminant(s) = expr(k.field(Field::value));
      std::vector<Node*> cases;
      std::vector<std::vector<Node*>> bodies;
      std::vector<Node*> pending_comments;  // comments before the first case
      ChildRange body = kids(k.field(Field::body), /*keep_comments=*/true);
      for (std::size_t i = 0; i < body.size(); ++i) {
        Child ch = body[i];
        if (ch.sym == Sym::comment) {
          // A comment between two cases belongs to the end of the previous case's body.
          Node* c = make(Kind::Comment, ch.node);
          c->text = trim_cr(text(ch.node));
          (bodies.empty() ? pending_comments : bodies.back()).push_back(c);
          continue;
        }
        if (ch.sym != Sym::switch_case && ch.sym != Sym::switch_default) continue;
        Node* c = make(Kind::SwitchCase, ch.node);
        if (ch.sym == Sym::switch_case) ast::test(c) = expr(kids(ch.node).field(Field::value));
        bodies.emplace_back(std::move(pending_comments));
        pending_comments.clear();
        statement_list(ch.node, bodies.back());
        cases.push_back(c);
      }
      for (std::size_t i = 0; i < cases.size(); ++i) cases[i]->list = list(bodies[i]);
      s->list = list(cases);
      return s;
    }
    case Sym::try_statement: {
      Node* s = make(Kind::Try, n);
      ChildRange k = kids(n);
      ast::block(s) = block(k.field(Field::body));
      TSNode handler = k.field(Field::handler);
      if (!null(handler)) {
        Node* c = make(Kind::Catch, handler);
        ChildRange hk = kids(handler);
        TSNode param = hk.field(Field::parameter);
        if (!null(param)) ast::param(c) = pattern(param);
        ast::body(c) = block(hk.field(Field::body));
        ast::handler(s) = c;
      }
      TSNode fin = k.field(Field::finalizer);
      if (!null(fin)) ast::finalizer(s) = block(kids(fin).field(Field::body));
      return s;
    }
    case Sym::with_statement: {
      Node* s = make(Kind::With, n);
      ChildRange k = kids(n);
      ast::object(s) = expr(k.field(Field::object));
      ast::body(s) = statement(k.field(Field::body));
      return s;
    }
    case Sym::import_statement: {
      Node* v = make(Kind::Verbatim, n);
      v->text = text(n);
      return v;
    }
    case Sym::export_statement: {
      ChildRange k = kids(n);
      TSNode decl = k.field(Field::declaration);
      TSNode value = k.field(Field::value);
      if (!null(k.field(Field::decorator))) unsupported(n, "a decorator");
      if (null(decl) && null(value)) {
        Node* v = make(Kind::Verbatim, n);
        v->text = text(n);
        return v;
      }
      Node* s = make(Kind::ExportDecl, n);
      if (has_token(n, "default")) s->flags |= flag::Default;
      if (!null(value) && sym(value) == Sym::parenthesized_expression)
        s->flags |= flag::Parenthesized;
      ast::declaration(s) = null(decl) ? expr(value) : statement(decl);
      return s;
    }
    default: {
      // Expressions can stand as statements only inside expression_statement; anything else
      // here is a grammar construct we do not model.
      unsupported(n, std::string("the construct `") + ts_node_type(n) + "`");
      return make(Kind::Empty, n);
    }
  }
}

}  // namespace desugar::cst
