// Expressions: super, new.target, import.meta, yield and await per context, delete, `??` mixed
// with `||`/`&&`, unary before `**`, optional chains in new and tagged templates, object literals.
#include "check/checker.h"

namespace desugar::check {

namespace {
bool optional_chain(const Node* n) {
  while (n &&
         (n->kind == Kind::Member || n->kind == Kind::Call || n->kind == Kind::TaggedTemplate)) {
    if (n->has(flag::Optional)) return true;
    n = first_slot(n);
  }
  return n && n->kind == Kind::Chain;
}
}  // namespace

namespace {
bool bare_arrow(const Node* n) { return n && n->kind == Kind::Arrow && !parenthesized(n); }
// ClassHeritage is a LeftHandSideExpression: an operator needs parentheses there.
bool lhs_expression(const Node* n) {
  switch (n->kind) {
    case Kind::Binary:
    case Kind::Assign:
    case Kind::Conditional:
    case Kind::Unary:
    case Kind::Update:
    case Kind::Arrow:
    case Kind::Yield:
    case Kind::Await:
    case Kind::Sequence: return parenthesized(n);
    default: return true;
  }
}
}  // namespace

void Checker::heritage(const Node* h) {
  if (!h) return;
  if (!lhs_expression(h)) {
    std::uint32_t at = h->kind == Kind::Binary || h->kind == Kind::Assign ||
                               h->kind == Kind::Conditional || h->kind == Kind::Sequence
                           ? (first_slot(h) ? first_slot(h)->end : h->begin)
                           : h->begin;
    if (h->kind == Kind::Sequence && !h->list.empty()) at = h->list[0]->end;
    return error(DiagId::D0325, skip_space(at), token_at(at));
  }
  expr(h);
}

void Checker::expr(const Node* e) {
  if (!e || failed_) return;
  // An arrow function is an AssignmentExpression: never a callee, object or operand
  // unparenthesized.
  if ((e->kind == Kind::Call || e->kind == Kind::Member || e->kind == Kind::TaggedTemplate ||
       e->kind == Kind::New) &&
      bare_arrow(first_slot(e))) {
    return error(DiagId::D0325, skip_space(first_slot(e)->end), token_at(first_slot(e)->end));
  }
  if ((e->kind == Kind::Unary || e->kind == Kind::Update || e->kind == Kind::Await) &&
      bare_arrow(ast::argument(e))) {
    return error(DiagId::D0371, ast::argument(e)->begin);
  }
  if (e->kind == Kind::Binary && (bare_arrow(ast::left(e)) || bare_arrow(ast::right(e)))) {
    return error(DiagId::D0371,
                 bare_arrow(ast::left(e)) ? ast::left(e)->begin : ast::right(e)->begin);
  }
  // #sec-assignment-operators-static-semantics-early-errors: an assignment is never an operand
  // unparenthesized; the grammar reads `+i = 42` as `+(i = 42)`, ECMAScript as `(+i) = 42`.
  auto bare_assign = [](const Node* n) {
    return n && n->kind == Kind::Assign && !parenthesized(n);
  };
  if (((e->kind == Kind::Unary || e->kind == Kind::Await) && bare_assign(ast::argument(e))) ||
      (e->kind == Kind::Binary && bare_assign(ast::right(e)))) {
    return error(DiagId::D0319, e->begin, "in assignment");
  }
  // #sec-generator-function-definitions: `yield` in a generator is an operator, never an object
  // or callee (`yield.x`, `yield?.x`).
  if ((e->kind == Kind::Member || e->kind == Kind::Call || e->kind == Kind::TaggedTemplate) &&
      first_slot(e)->kind == Kind::Yield && !parenthesized(first_slot(e)) && ctx().generator) {
    std::uint32_t at = skip_space(ast::object(e)->end);
    return error(DiagId::D0325, at, token_at(at));
  }
  switch (e->kind) {
    case Kind::Identifier: identifier(e, Role::Reference); return;
    case Kind::PrivateName: return error(DiagId::D0344, e->begin, std::string(e->text));
    case Kind::Super: return error(DiagId::D0331, e->begin);
    case Kind::Number: number(e); return;
    case Kind::String: string_literal(e->text, e->begin, false); return;
    case Kind::Regex: regexp(e); return;
    case Kind::Template:
      for (std::size_t i = 0; i < e->list.size(); ++i) {
        const Node* part = e->list[i];
        if (i % 2 == 0)
          string_literal(part->text, part->begin, true);
        else
          expr(part);
      }
      return;
    case Kind::TaggedTemplate:
      // #sec-left-hand-side-expressions-static-semantics-early-errors
      if (optional_chain(ast::tag(e))) return error(DiagId::D0358, ast::quasi(e)->begin);
      expr(ast::tag(e));
      for (std::size_t i = 1; i < ast::quasi(e)->list.size(); i += 2) expr(ast::quasi(e)->list[i]);
      return;
    case Kind::Object: object_literal(e); return;
    case Kind::FunctionExpr: function(e, FnKind::Expression); return;
    case Kind::Arrow: function(e, FnKind::Arrow); return;
    case Kind::ClassExpr: class_node(e); return;
    case Kind::Unary: unary(e); return;
    case Kind::Update: update_target(e); return;
    case Kind::Binary: binary(e); return;
    case Kind::Assign:
      assign_target(ast::target(e), e->op);
      expr(ast::value(e));
      return;
    case Kind::Call: call(e); return;
    case Kind::New:
      if (ast::callee(e) && ast::callee(e)->kind == Kind::Chain)
        return error(DiagId::D0359, ast::callee(e)->begin);
      expr(ast::callee(e));
      for (const Node* arg : e->list) expr(arg);
      return;
    case Kind::Member: member(e); return;
    case Kind::Yield: yield_expr(e); return;
    case Kind::Await: await_expr(e); return;
    case Kind::MetaProperty:
      // #sec-meta-properties-static-semantics-early-errors (new.target:
      // #sec-scripts-static-semantics-early-errors)
      if (e->text == "new.target" && !ctx().new_target) return error(DiagId::D0332, e->begin);
      if (e->text == "import.meta" && !module_) return error(DiagId::D0333, e->begin);
      return;
    case Kind::ObjectPattern:
    case Kind::ArrayPattern:
    case Kind::AssignPattern:
    case Kind::Rest: return error(DiagId::D0320, e->begin);
    default:
      // Array, Spread, Sequence, Conditional, Chain, Elision, literals without rules.
      for_each_slot(e, [&](const Node* child) { expr(child); });
      for (const Node* child : e->list) expr(child);
      return;
  }
}

// #sec-object-initializer-static-semantics-early-errors (and B.3.1 __proto__ duplicates)
void Checker::object_literal(const Node* o) {
  bool proto = false;
  for (const Node* p : o->list) {
    if (failed_) return;
    switch (p->kind) {
      case Kind::Property: {
        if (p->has(flag::Shorthand)) {
          expr(ast::key(p));
          break;
        }
        property_key(p);
        const Node* key = ast::key(p);
        if (!p->has(flag::Computed) && key &&
            ((key->kind == Kind::Identifier && key->text == "__proto__") ||
             (key->kind == Kind::String &&
              key->text.substr(1, key->text.size() - 2) == "__proto__"))) {
          if (proto) return error(DiagId::D0343, key->begin);
          proto = true;
        }
        expr(ast::value(p));
        break;
      }
      case Kind::Method: {
        property_key(p);
        FnKind kind = p->has(flag::Getter)   ? FnKind::Getter
                      : p->has(flag::Setter) ? FnKind::Setter
                                             : FnKind::Method;
        function(ast::function(p), kind);
        break;
      }
      default: expr(p);
    }
  }
}

void Checker::unary(const Node* u) {
  if (u->op == Op::Delete) {
    const Node* arg = ast::argument(u);
    // #sec-delete-operator-static-semantics-early-errors
    if (ctx().strict && arg && arg->kind == Kind::Identifier) return error(DiagId::D0311, u->begin);
    const Node* m = arg && arg->kind == Kind::Chain ? ast::expression(arg) : arg;
    if (m && m->kind == Kind::Member && ast::property(m) &&
        ast::property(m)->kind == Kind::PrivateName) {
      return error(DiagId::D0339, u->begin);
    }
  }
  expr(ast::argument(u));
}

void Checker::binary(const Node* b) {
  std::string_view op = b->text;
  auto logical = [](const Node* n) {
    return n && n->kind == Kind::Binary && !parenthesized(n) && is_or_and(n->op);
  };
  // #sec-binary-logical-operators: `??` does not mix with `||`/`&&` without parentheses.
  if (b->op == Op::Nullish && (logical(ast::left(b)) || logical(ast::right(b)))) {
    const Node* inner = logical(ast::left(b)) ? ast::left(b) : ast::right(b);
    if (inner == ast::left(b)) {
      std::size_t at = src_.find("??", ast::left(b)->end);
      return error(DiagId::D0344, static_cast<std::uint32_t>(at), "??");
    }
    std::size_t at = src_.find(inner->text, ast::left(inner)->end);
    return error(DiagId::D0344, static_cast<std::uint32_t>(at), std::string(inner->text));
  }
  if (is_or_and(b->op)) {
    auto coalesce = [](const Node* n) {
      return n && n->kind == Kind::Binary && !parenthesized(n) && n->op == Op::Nullish;
    };
    if (coalesce(ast::left(b))) {
      std::size_t at = src_.find(op, ast::left(b)->end);
      return error(DiagId::D0344, static_cast<std::uint32_t>(at), std::string(op));
    }
    if (coalesce(ast::right(b))) {
      std::size_t at = src_.find("??", first_slot(ast::right(b))->end);
      return error(DiagId::D0344, static_cast<std::uint32_t>(at), "??");
    }
  }
  // #sec-exp-operator-static-semantics-early-errors: `-a ** b` needs parentheses.
  if (b->op == Op::Pow && ast::left(b) && !parenthesized(ast::left(b)) &&
      ((ast::left(b)->kind == Kind::Unary) || ast::left(b)->kind == Kind::Await)) {
    if (ast::left(b)->kind == Kind::Await && !ctx().async) {
      // falls through to the await rule
    } else {
      std::size_t at = src_.find("**", ast::left(b)->end);
      return error(DiagId::D0360, static_cast<std::uint32_t>(at));
    }
  }
  if (b->op == Op::In && ast::left(b) && ast::left(b)->kind == Kind::PrivateName &&
      !parenthesized(ast::left(b))) {
    private_use(ast::left(b));
  } else {
    expr(ast::left(b));
  }
  expr(ast::right(b));
}

void Checker::member(const Node* m) {
  // #sec-left-hand-side-expressions-static-semantics-early-errors (super.x: in methods only)
  if (ast::object(m) && ast::object(m)->kind == Kind::Super) {
    if (!ctx().super_property || parenthesized(ast::object(m)))
      return error(DiagId::D0331, ast::object(m)->begin);
    if (ast::property(m) && ast::property(m)->kind == Kind::PrivateName)
      return error(DiagId::D0348, ast::property(m)->begin);
  } else {
    expr(ast::object(m));
  }
  if (m->has(flag::Computed)) {
    expr(ast::property(m));
    return;
  }
  identifier_name(ast::property(m));
  if (ast::property(m) && ast::property(m)->kind == Kind::PrivateName)
    private_use(ast::property(m));
}

void Checker::call(const Node* c) {
  // #sec-class-definitions-static-semantics-early-errors: super() in derived constructors only.
  if (ast::callee(c) && ast::callee(c)->kind == Kind::Super) {
    if (!ctx().super_call || parenthesized(ast::callee(c)))
      return error(DiagId::D0331, ast::callee(c)->begin);
  } else {
    expr(ast::callee(c));
  }
  for (const Node* arg : c->list) expr(arg);
}

// #sec-generator-function-definitions-static-semantics-early-errors
void Checker::yield_expr(const Node* y) {
  if (ctx().generator) {
    if (ctx().in_params) return error(DiagId::D0323, y->begin);
    // [no LineTerminator here] between `yield` and `*`: `yield⏎*a` is `yield` then `*a`.
    if (y->has(flag::Delegate)) {
      std::uint32_t star = skip_space(y->begin + 5);
      if (newline_between(y->begin + 5, star)) return error(DiagId::D0325, star, token_at(star));
    }
  } else if (ctx().strict) {
    return error(DiagId::D0304, y->begin);
  } else if (ast::argument(y) || y->has(flag::Delegate)) {
    // Outside generators `yield` is an identifier: `yield * 2`, `yield + x`, `yield\nx` are valid
    // (the grammar reads them as yield expressions), `yield x` is not.
    std::uint32_t next = skip_space(y->begin + 5);
    bool continues = next < src_.size() && std::string_view("*+-/[(.`?<>=%&|^,").find(src_[next]) !=
                                               std::string_view::npos;
    if (!continues && !newline_between(y->begin + 5, next))
      return error(DiagId::D0325, next, token_at(next));
  }
  expr(ast::argument(y));
}

// #sec-async-function-definitions-static-semantics-early-errors,
// #sec-class-definitions-static-semantics-early-errors
void Checker::await_expr(const Node* a) {
  if (ctx().static_block) return error(DiagId::D0303, a->begin);
  if (!ctx().async) return error(DiagId::D0302, a->begin);
  if (ctx().in_params) return error(DiagId::D0324, a->begin);
  expr(ast::argument(a));
}

}  // namespace desugar::check
