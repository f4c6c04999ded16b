// CST → AST for operators, calls, member access (with optional chains), new, yield and await.
#include "parse/cst.h"

#include <cctype>

namespace desugar::cst {

namespace {
bool null(TSNode n) { return ts_node_is_null(n); }

// True when a Member/Call chain rooted at `n` contains an optional (`?.`) link.
bool chain_has_optional(const Node* n) {
  while (n && (n->kind == Kind::Member || n->kind == Kind::Call)) {
    if (n->has(flag::Optional)) return true;
    n = first_slot(n);
  }
  return false;
}
}  // namespace

// An optional chain ends where its outermost Member/Call is not itself continued; wrapping it in
// a Chain node keeps `(a?.b).c` distinct from `a?.b.c`.
Node* Converter::chain_end(Node* x, TSNode n, bool in_chain) {
  if (in_chain) return x;
  x = keyword_call(x);
  if (!chain_has_optional(x)) return x;
  Node* c = make(Kind::Chain, n);
  ast::expression(c) = x;
  return c;
}

// tree-sitter reads `await (x)()` as a call of a function named `await`, since it does not know
// where `await` is a keyword. Where it is one (and likewise `yield` in generators), the call's
// argument is the operand and the rest of the chain applies to it: `await ((x)())`.
Node* Converter::keyword_call(Node* chain) {
  Node* parent = nullptr;
  Node* base = chain;
  while ((base->kind == Kind::Member || base->kind == Kind::TaggedTemplate ||
          (base->kind == Kind::Call &&
           !(ast::callee(base)->kind == Kind::Identifier &&
             (ast::callee(base)->text == "await" || ast::callee(base)->text == "yield")))) &&
         first_slot(base)) {
    parent = base;
    base = first_slot(base);
  }
  if (base->kind != Kind::Call || ast::callee(base)->kind != Kind::Identifier ||
      base->has(flag::Optional))
    return chain;
  bool is_await = ast::callee(base)->text == "await";
  if (!(is_await ? await_keyword_ : yield_keyword_)) return chain;
  if (base->list.empty()) return chain;
  for (const Node* arg : base->list) {
    if (arg->kind == Kind::Spread) return chain;
  }
  Node* operand = base->list[0];
  if (base->list.size() > 1) {  // `await (0, f)()`: the "arguments" are a comma expression
    operand = b_.make(Kind::Sequence);
    operand->begin = base->list[0]->begin;
    operand->end = base->list[base->list.size() - 1]->end;
    operand->list = base->list;
  }
  operand->flags |= flag::Parenthesized;  // `await (x)()`: the operand was written in parentheses
  if (parent)
    slot_ref(parent, slot_order(parent->kind).slots[0]) = operand;  // its object, callee or tag
  Node* kw = b_.make(is_await ? Kind::Await : Kind::Yield);
  kw->begin = base->begin;
  kw->end = chain->end;
  ast::argument(kw) = parent ? chain : operand;
  return kw;
}

// `f() = 1`: repair.cpp wrote the call target as `f._` or `f[a,    b]` (`(` in the original at
// the `.` or `[`; a `...` blanked in the working copy before each spread argument).
Node* Converter::disguised_call(TSNode n, bool in_chain) {
  ChildRange k = kids(n);
  TSNode object = k.field(Field::object);
  if (null(object)) return nullptr;
  std::uint32_t open = 0;
  bool found = false;
  for (std::size_t i = 0; i < k.size() && !found; ++i) {
    open = ts_node_start_byte(k[i].node);
    found = !k[i].named && open >= ts_node_end_byte(object);
  }
  if (!found || open >= source_.size() || source_[open] != '(') return nullptr;
  Node* x = make(Kind::Call, n);
  ast::callee(x) = disguised_callee(object);
  std::vector<Node*> items;
  std::uint32_t from = open + 1;
  auto argument = [&](TSNode e) {
    Node* v = expr(e);
    std::uint32_t at = ts_node_start_byte(e);
    for (std::uint32_t i = from; i < at && i < work_.size(); ++i) {
      if (work_[i] == ' ' && source_[i] == '.') {
        Node* s = b_.make(Kind::Spread);
        s->begin = i;
        s->end = v->end;
        ast::argument(s) = v;
        v = s;
        break;
      }
    }
    items.push_back(v);
  };
  TSNode index = k.field(Field::index);
  if (!null(index) && sym(index) == Sym::sequence_expression) {
    ChildRange ik = kids(index);
    for (std::size_t i = 0; i < ik.size(); ++i) {
      if (ik[i].named) {
        argument(ik[i].node);
      } else if (text(ik[i].node) == ",") {
        from = ts_node_end_byte(ik[i].node);
      }
    }
  } else if (!null(index)) {
    argument(index);
  }
  x->list = list(items);
  return chain_end(x, n, in_chain);
}

// A number callee (`1() = 2`) was written as an identifier of underscores.
Node* Converter::disguised_callee(TSNode object) {
  std::uint32_t at = ts_node_start_byte(object);
  if (sym(object) != Sym::identifier || at >= source_.size() ||
      !(std::isdigit(static_cast<unsigned char>(source_[at])) || source_[at] == '.'))
    return expr(object, true);
  Node* x = make(Kind::Number, object);
  x->text = text(object);
  return x;
}

// `for(f()in x)`: repair.cpp blanked the empty arguments (`for(f  in x)`); a `(` in the original
// where the working copy has white space right after the target makes it a call.
Node* Converter::blanked_call(Node* target, TSNode left) {
  for (std::uint32_t i = ts_node_end_byte(left); i < work_.size() && i < source_.size(); ++i) {
    char w = work_[i];
    if (w != ' ' && w != '\t' && w != '\n') break;
    if (source_[i] != '(') continue;
    Node* x = make(Kind::Call, left);
    if (target->kind == Kind::Identifier) target = disguised_callee(left);
    ast::callee(x) = target;
    while (i < source_.size() && source_[i] != ')') ++i;
    x->end = i + 1;
    return x;
  }
  return target;
}

Node* Converter::operator_expr(TSNode n, bool in_chain) {
  switch (sym(n)) {
    case Sym::binary_expression:
    case Sym::augmented_assignment_expression:
    case Sym::assignment_expression: {
      Kind kind = sym(n) == Sym::binary_expression ? Kind::Binary : Kind::Assign;
      Node* x = make(kind, n);
      ChildRange k = kids(n);
      TSNode left = k.field(Field::left);
      (kind == Kind::Assign ? ast::target(x) : ast::left(x)) =
          kind == Kind::Assign ? pattern(left) : expr(left);
      TSNode op = k.field(Field::operator_);
      x->text = null(op) ? std::string_view("=") : text(op);
      x->op = find_op(kind == Kind::Binary ? OpKind::Binary : OpKind::Assign, x->text);
      (kind == Kind::Assign ? ast::value(x) : ast::right(x)) = expr(k.field(Field::right));
      return x;
    }
    case Sym::ternary_expression: {
      Node* x = make(Kind::Conditional, n);
      ChildRange k = kids(n);
      ast::test(x) = expr(k.field(Field::condition));
      ast::consequent(x) = expr(k.field(Field::consequence));
      ast::alternate(x) = expr(k.field(Field::alternative));
      return x;
    }
    case Sym::call_expression: {
      ChildRange k = kids(n);
      TSNode callee = k.field(Field::function);
      TSNode args = k.field(Field::arguments);
      if (sym(args) == Sym::template_string) {
        Node* t = make(Kind::TaggedTemplate, n);
        ast::tag(t) = expr(callee, true);
        ast::quasi(t) = template_literal(args);
        return chain_end(t, n, in_chain);
      }
      Node* x = make(Kind::Call, n);
      ast::callee(x) = expr(callee, true);
      if (!null(k.field(Field::optional_chain))) x->flags |= flag::Optional;
      std::vector<Node*> items;
      ChildRange ak = kids(args);
      for (std::size_t i = 0; i < ak.size(); ++i) {
        if (ak[i].named) items.push_back(expr(ak[i].node));
      }
      x->list = list(items);
      return chain_end(x, n, in_chain);
    }
    case Sym::new_expression: {
      Node* x = make(Kind::New, n);
      ChildRange k = kids(n);
      ast::callee(x) = expr(k.field(Field::constructor));
      std::vector<Node*> items;
      TSNode args = k.field(Field::arguments);
      if (!null(args)) {
        ChildRange ak = kids(args);
        for (std::size_t i = 0; i < ak.size(); ++i) {
          if (ak[i].named) items.push_back(expr(ak[i].node));
        }
      }
      x->list = list(items);
      return x;
    }
    case Sym::member_expression:
    case Sym::subscript_expression: {
      if (Node* call = disguised_call(n, in_chain)) return call;
      Node* x = make(Kind::Member, n);
      ChildRange k = kids(n);
      ast::object(x) = expr(k.field(Field::object), true);
      if (sym(n) == Sym::subscript_expression) {
        x->flags |= flag::Computed;
        ast::property(x) = expr(k.field(Field::index));
      } else {
        ast::property(x) = expr(k.field(Field::property));
      }
      if (!null(k.field(Field::optional_chain))) x->flags |= flag::Optional;
      return chain_end(x, n, in_chain);
    }
    case Sym::yield_expression:
    case Sym::await_expression: {
      bool is_yield = sym(n) == Sym::yield_expression;
      Node* x = make(is_yield ? Kind::Yield : Kind::Await, n);
      ChildRange k = kids(n);
      for (std::size_t i = 0; i < k.size(); ++i) {
        Child ch = k[i];
        if (!ch.named && text(ch.node) == "*") x->flags |= flag::Delegate;
        if (ch.named) ast::argument(x) = expr(ch.node);
      }
      return x;
    }
    case Sym::jsx_element:
    case Sym::jsx_self_closing_element: unsupported(n, "JSX"); return make(Kind::Null, n);
    default:
      unsupported(n, std::string("the expression `") + ts_node_type(n) + "`");
      return make(Kind::Null, n);
  }
}

}  // namespace desugar::cst
