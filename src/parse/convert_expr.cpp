// CST → AST for expressions, patterns, parameters, property keys and template literals.
#include "parse/cst.h"

namespace desugar::cst {

namespace {
bool null(TSNode n) { return ts_node_is_null(n); }
}  // namespace

Node* Converter::property_key(TSNode n, Node* owner) {
  if (sym(n) == Sym::computed_property_name) {
    owner->flags |= flag::Computed;
    return expr(kids(n).first_named());
  }
  return expr(n);
}

void Converter::params(TSNode formal_parameters, std::vector<Node*>& out) {
  ChildRange k = kids(formal_parameters);
  for (std::size_t i = 0; i < k.size(); ++i) {
    Child ch = k[i];
    if (ch.named) out.push_back(pattern(ch.node));
  }
}

Node* Converter::template_literal(TSNode n) {
  Node* t = make(Kind::Template, n);
  std::vector<Node*> parts;
  std::uint32_t seg_begin = ts_node_start_byte(n) + 1;  // after the backtick
  auto element = [&](std::uint32_t begin, std::uint32_t end) {
    Node* e = b_.make(Kind::TemplateElement);
    e->begin = begin;
    e->end = end;
    e->text = source_.substr(begin, end - begin);
    parts.push_back(e);
  };
  ChildRange k = kids(n);
  for (std::size_t i = 0; i < k.size(); ++i) {
    Child ch = k[i];
    if (ch.sym != Sym::template_substitution) continue;
    element(seg_begin, ts_node_start_byte(ch.node));
    parts.push_back(expr(kids(ch.node).first_named()));
    seg_begin = ts_node_end_byte(ch.node);
  }
  element(seg_begin, ts_node_end_byte(n) - 1);
  t->list = list(parts);
  return t;
}

Node* Converter::pattern(TSNode n) {
  switch (sym(n)) {
    case Sym::array_pattern:
    case Sym::array: {
      Node* p = make(Kind::ArrayPattern, n);
      std::vector<Node*> items;
      bool element_since_comma = false;
      ChildRange k = kids(n);
      for (std::size_t i = 0; i < k.size(); ++i) {
        Child ch = k[i];
        if (ch.named) {
          items.push_back(pattern(ch.node));
          element_since_comma = true;
        } else if (text(ch.node) == ",") {
          if (!element_since_comma) items.push_back(make(Kind::Elision, ch.node));
          element_since_comma = false;
        }
      }
      p->list = list(items);
      return p;
    }
    case Sym::object_pattern:
    case Sym::object: {
      Node* p = make(Kind::ObjectPattern, n);
      std::vector<Node*> items;
      ChildRange k = kids(n);
      for (std::size_t i = 0; i < k.size(); ++i) {
        Child ch = k[i];
        if (!ch.named) continue;
        switch (ch.sym) {
          case Sym::pair_pattern:
          case Sym::pair: {
            Node* prop = make(Kind::Property, ch.node);
            ChildRange pk = kids(ch.node);
            ast::key(prop) = property_key(pk.field(Field::key), prop);
            ast::value(prop) = pattern(pk.field(Field::value));
            items.push_back(prop);
            break;
          }
          case Sym::shorthand_property_identifier_pattern:
          case Sym::shorthand_property_identifier: {
            Node* prop = make(Kind::Property, ch.node);
            prop->flags |= flag::Shorthand;
            ast::key(prop) = ast::value(prop) = expr(ch.node);
            items.push_back(prop);
            break;
          }
          case Sym::object_assignment_pattern:
          case Sym::assignment_expression: {
            Node* prop = make(Kind::Property, ch.node);
            prop->flags |= flag::Shorthand;
            ChildRange ak = kids(ch.node);
            Node* target = pattern(ak.field(Field::left));
            Node* dflt = make(Kind::AssignPattern, ch.node);
            ast::target(dflt) = target;
            ast::fallback(dflt) = expr(ak.field(Field::right));
            ast::key(prop) = target;
            ast::value(prop) = dflt;
            items.push_back(prop);
            break;
          }
          case Sym::rest_pattern:
          case Sym::spread_element: {
            Node* r = make(Kind::Rest, ch.node);
            ast::target(r) = pattern(kids(ch.node).first_named());
            items.push_back(r);
            break;
          }
          default: items.push_back(pattern(ch.node));
        }
      }
      p->list = list(items);
      return p;
    }
    case Sym::assignment_pattern:
    case Sym::assignment_expression: {
      Node* p = make(Kind::AssignPattern, n);
      ChildRange k = kids(n);
      ast::target(p) = pattern(k.field(Field::left));
      ast::fallback(p) = expr(k.field(Field::right));
      return p;
    }
    case Sym::rest_pattern:
    case Sym::spread_element: {
      Node* r = make(Kind::Rest, n);
      ast::target(r) = pattern(kids(n).first_named());
      return r;
    }
    default: return expr(n);
  }
}

Node* Converter::expr(TSNode n, bool in_chain) {
  DepthGuard guard(*this);
  if (null(n) || guard.too_deep()) {
    if (!null(n) && !failed_ && diags_) {
      diags_->report(DiagId::D0006, ts_node_start_byte(n), DepthGuard::kMaxDepth);
    }
    failed_ = true;
    return b_.make(Kind::Null);
  }
  auto leaf = [&](Kind kind) {
    Node* x = make(kind, n);
    x->text = text(n);
    return x;
  };
  switch (sym(n)) {
    case Sym::identifier:
    case Sym::undefined:
    case Sym::property_identifier:
    case Sym::shorthand_property_identifier:
    case Sym::shorthand_property_identifier_pattern:
    case Sym::statement_identifier: return leaf(Kind::Identifier);
    case Sym::private_property_identifier: return leaf(Kind::PrivateName);
    case Sym::this_: return make(Kind::This, n);
    case Sym::super_: return make(Kind::Super, n);
    case Sym::null_: return make(Kind::Null, n);
    case Sym::true_:
    case Sym::false_: return leaf(Kind::Bool);
    case Sym::number: return leaf(Kind::Number);
    case Sym::string: return leaf(Kind::String);
    case Sym::regex: return leaf(Kind::Regex);
    case Sym::meta_property: {
      Node* m = make(Kind::MetaProperty, n);
      m->text = text(n).front() == 'n' ? "new.target" : "import.meta";
      return m;
    }
    case Sym::import_: return make(Kind::Import, n);
    case Sym::template_string: return template_literal(n);
    case Sym::parenthesized_expression: {
      Node* inner = expr(kids(n).first_named(), false);
      inner->flags |= flag::Parenthesized;  // for early errors only (src/check)
      return inner;
    }
    case Sym::sequence_expression: {
      Node* s = make(Kind::Sequence, n);
      std::vector<Node*> items;
      ChildRange k = kids(n);
      for (std::size_t i = 0; i < k.size(); ++i) {
        if (!k[i].named) continue;
        Node* e = expr(k[i].node);
        if (e->kind == Kind::Sequence && k[i].sym == Sym::sequence_expression) {
          items.insert(items.end(), e->list.begin(), e->list.end());
        } else {
          items.push_back(e);
        }
      }
      s->list = list(items);
      return s;
    }
    case Sym::array: {
      Node* a = make(Kind::Array, n);
      std::vector<Node*> items;
      bool element_since_comma = false;
      ChildRange k = kids(n);
      for (std::size_t i = 0; i < k.size(); ++i) {
        Child ch = k[i];
        if (ch.named) {
          items.push_back(expr(ch.node));
          element_since_comma = true;
        } else if (text(ch.node) == ",") {
          if (!element_since_comma) items.push_back(make(Kind::Elision, ch.node));
          element_since_comma = false;
        }
      }
      a->list = list(items);
      return a;
    }
    case Sym::object: {
      Node* o = make(Kind::Object, n);
      std::vector<Node*> items;
      ChildRange k = kids(n);
      for (std::size_t i = 0; i < k.size(); ++i) {
        Child ch = k[i];
        if (!ch.named) continue;
        if (ch.sym == Sym::pair) {
          Node* p = make(Kind::Property, ch.node);
          ChildRange pk = kids(ch.node);
          ast::key(p) = property_key(pk.field(Field::key), p);
          ast::value(p) = expr(pk.field(Field::value));
          items.push_back(p);
        } else if (ch.sym == Sym::shorthand_property_identifier) {
          Node* p = make(Kind::Property, ch.node);
          p->flags |= flag::Shorthand;
          ast::key(p) = ast::value(p) = expr(ch.node);
          items.push_back(p);
        } else {
          items.push_back(expr(ch.node));  // method_definition, spread_element
        }
      }
      o->list = list(items);
      return o;
    }
    case Sym::method_definition: {
      Node* m = make(Kind::Method, n);
      Node* fn = make(Kind::FunctionExpr, n);
      ChildRange k = kids(n);
      for (std::size_t i = 0; i < k.size(); ++i) {
        Child ch = k[i];
        if (ch.field == Field::decorator) unsupported(ch.node, "a decorator");
        if (ch.named) continue;
        std::string_view t = text(ch.node);
        if (t == "static") m->flags |= flag::Static;
        if (t == "get") m->flags |= flag::Getter;
        if (t == "set") m->flags |= flag::Setter;
        if (t == "async") fn->flags |= flag::Async;
        if (t == "*") fn->flags |= flag::Generator;
      }
      ast::key(m) = property_key(k.field(Field::name), m);
      std::vector<Node*> ps;
      bool outer_await = await_keyword_, outer_yield = yield_keyword_;
      await_keyword_ = fn->has(flag::Async);
      yield_keyword_ = fn->has(flag::Generator);
      params(k.field(Field::parameters), ps);
      fn->list = list(ps);
      ast::body(fn) = block(k.field(Field::body));
      await_keyword_ = outer_await;
      yield_keyword_ = outer_yield;
      ast::function(m) = fn;
      return m;
    }
    case Sym::spread_element: {
      Node* s = make(Kind::Spread, n);
      ast::argument(s) = expr(kids(n).first_named());
      return s;
    }
    case Sym::function_expression:
    case Sym::generator_function: return function(n, Kind::FunctionExpr);
    case Sym::arrow_function: return function(n, Kind::Arrow);
    case Sym::class_: return class_node(n, Kind::ClassExpr);
    case Sym::unary_expression:
    case Sym::update_expression: {
      Node* u = make(sym(n) == Sym::unary_expression ? Kind::Unary : Kind::Update, n);
      ChildRange k = kids(n);
      TSNode op = k.field(Field::operator_);
      u->text = text(op);
      u->op = find_op(u->kind == Kind::Unary ? OpKind::Unary : OpKind::Update, u->text);
      ast::argument(u) = expr(k.field(Field::argument));
      if (u->kind == Kind::Unary || ts_node_start_byte(op) == ts_node_start_byte(n)) {
        u->flags |= flag::Prefix;
      }
      return u;
    }
    default: break;
  }
  return operator_expr(n, in_chain);
}

}  // namespace desugar::cst
