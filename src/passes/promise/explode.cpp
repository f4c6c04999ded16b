// Expression splitting for the promise stage. Examples (t = temporary, v = resumed value):
//   f(a, await b, c)     =>  t1 = f; t2 = a; [suspend b → v]; t1(t2, v, c)
//   x += await y         =>  t1 = x; [suspend y → v]; x = t1 + v
//   o[k] = await v       =>  t1 = o; t2 = k; [suspend v → v1]; t1[t2] = v1
//   a && await b         =>  t = a; if (!t) goto L; [suspend b → v]; t = v; L: t
#include "passes/promise/explode.h"

#include <stdexcept>
#include <vector>

namespace desugar::promise {

BranchingSink& Exploder::branches() {
  if (!branching_) throw std::logic_error("the linear form was chosen for a body that branches");
  return *branching_;
}

Node* Exploder::unsupported(Node* e, const char* what) {
  diags_.report(DiagId::D0101, e->begin, what,
                "the promise stage cannot split this at an await yet");
  return e;
}

Node* Exploder::spill(Node* e) {
  if (stability_.stable(e)) return e;
  return sink_.temp(e, e);
}

Node* Exploder::spill_if(Node* e, bool later_awaits) { return later_awaits ? spill(e) : e; }

void Exploder::effect(Node* e) {
  if (e->kind == Kind::Sequence) {
    for (Node* item : e->list) effect(item);
    return;
  }
  if (e->kind == Kind::Await) {
    sink_.suspend_effect(value(ast::argument(e)), e);
    return;
  }
  Node* v = value(e);
  // A bare resumed value or temporary has no effect left to run.
  if (v->kind != Kind::Identifier || v == e) sink_.emit(b_.expr_stmt(v));
}

Node* Exploder::value(Node* e) {
  if (!awaits_.contains(e)) return e;
  switch (e->kind) {
    case Kind::Await: return sink_.suspend(value(ast::argument(e)), e);
    case Kind::Binary: {
      if (is_logical(e->op)) return logical(e);
      Node* left = spill_if(value(ast::left(e)), awaits_.contains(ast::right(e)));
      return b_.binary(e->op, left, value(ast::right(e)), e);
    }
    case Kind::Unary: {
      Node* u = b_.make(Kind::Unary, e);
      u->text = e->text;
      u->op = e->op;
      u->flags = e->flags;
      ast::argument(u) = e->op == Op::Delete && ast::argument(e)->kind == Kind::Member
                             ? member(ast::argument(e), false)
                             : value(ast::argument(e));
      return u;
    }
    case Kind::Sequence: {
      for (std::size_t i = 0; i + 1 < e->list.size(); ++i) effect(e->list[i]);
      return value(e->list[e->list.size() - 1]);
    }
    case Kind::Conditional: return conditional(e);
    case Kind::Assign: return assign(e);
    case Kind::Update: return update(e);
    case Kind::Call: return call(e);
    case Kind::New: {
      std::size_t first = 0;
      while (first < e->list.size() && !awaits_.contains(e->list[first])) ++first;
      Node* callee = spill_if(value(ast::callee(e)), first < e->list.size());
      Node* args = arguments(e, first);
      Node* n = b_.make(Kind::New, e);
      ast::callee(n) = callee;
      n->list = args->list;
      return n;
    }
    case Kind::Member: return member(e, false);
    case Kind::Array:
    case Kind::Object: return list_items(e);
    case Kind::Template: return template_literal(e);
    case Kind::Spread: {
      Node* s = b_.make(Kind::Spread, e);
      ast::argument(s) = value(ast::argument(e));
      return s;
    }
    case Kind::Chain: return chain(e);
    case Kind::TaggedTemplate: return tagged_template(e);
    case Kind::ClassExpr: {
      // The heritage, then the computed member keys in order, are evaluated when the class is
      // defined; awaits can only be there (bodies and initializers run later).
      std::size_t last_await = 0;
      bool any = false;
      for (std::size_t i = 0; i < e->list.size(); ++i) {
        Node* m = e->list[i];
        if (!awaits_.contains(m)) continue;
        if (!m->has(flag::Computed) || !awaits_.contains(ast::key(m)) ||
            (m->kind == Kind::Field ? ast::value(m) && awaits_.contains(ast::value(m))
                                    : awaits_.contains(ast::function(m)))) {
          return unsupported(e, "an `await` inside a class body");
        }
        last_await = i;
        any = true;
      }
      Node* c = b_.make(Kind::ClassExpr, e);
      *c = *e;
      if (ast::superclass(e)) ast::superclass(c) = spill_if(value(ast::superclass(e)), any);
      std::vector<Node*> members(e->list.begin(), e->list.end());
      for (std::size_t i = 0; any && i <= last_await; ++i) {
        Node* m = members[i];
        if (!m->has(flag::Computed)) continue;
        Node* copy = b_.make(m->kind, m);
        *copy = *m;
        ast::key(copy) = spill_if(value(ast::key(m)), i < last_await);
        members[i] = copy;
      }
      c->list = b_.list(members);
      return c;
    }
    default: return unsupported(e, "an `await` in this expression");
  }
}

Node* Exploder::logical(Node* e) {
  if (!awaits_.contains(ast::right(e)))
    return b_.binary(e->op, value(ast::left(e)), ast::right(e), e);
  Node* result = sink_.temp_var(e);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(ast::left(e)), e)));
  int done = branches().new_label();
  // Continue to the right operand only when the left one does not decide the result.
  Node* go_on;
  if (e->op == Op::LogicalAnd) {
    go_on = result;
  } else if (e->op == Op::LogicalOr) {
    go_on = b_.make(Kind::Unary, e);
    set_op(go_on, Op::Not);
    go_on->flags = flag::Prefix;
    ast::argument(go_on) = result;
  } else {
    go_on = b_.binary(Op::LogicalOr, b_.binary(Op::StrictEq, result, b_.make(Kind::Null, e), e),
                      b_.binary(Op::StrictEq, result, b_.ident("undefined", e), e), e);
  }
  branches().jump_unless(go_on, done);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(ast::right(e)), e)));
  branches().mark(done);
  return result;
}

Node* Exploder::conditional(Node* e) {
  if (!awaits_.contains(ast::consequent(e)) && !awaits_.contains(ast::alternate(e))) {
    Node* c = b_.make(Kind::Conditional, e);
    ast::test(c) = value(ast::test(e));
    ast::consequent(c) = ast::consequent(e);
    ast::alternate(c) = ast::alternate(e);
    return c;
  }
  Node* result = sink_.temp_var(e);
  int otherwise = branches().new_label(), done = branches().new_label();
  branches().jump_unless(value(ast::test(e)), otherwise);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(ast::consequent(e)), e)));
  branches().jump(done);
  branches().mark(otherwise);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(ast::alternate(e)), e)));
  branches().mark(done);
  return result;
}

// A member expression whose object or key contains an await: object, then key, in order.
Node* Exploder::member(Node* e, bool later_awaits) {
  bool computed = e->has(flag::Computed);
  Node* m = b_.make(Kind::Member, e);
  m->flags = e->flags;
  ast::object(m) = spill_if(value(ast::object(e)),
                            (computed && awaits_.contains(ast::property(e))) || later_awaits);
  ast::property(m) = computed ? spill_if(value(ast::property(e)), later_awaits) : ast::property(e);
  return m;
}

Node* Exploder::assign(Node* e) {
  Node* target = ast::target(e);
  if (target->kind == Kind::ArrayPattern || target->kind == Kind::ObjectPattern) {
    if (!awaits_.contains(target)) return b_.assign(target, value(ast::value(e)), e);
    Node* source = sink_.temp(value(ast::value(e)), e);
    destructure(target, source);
    return b_.ident(source->text, e);
  }
  if (target->kind == Kind::Call) {
    // `f(await x) = y` (V8, web compatibility): the call runs, then a ReferenceError is thrown;
    // the right side is never evaluated, so `0` stands in for it (it may hold an await).
    Node* a = b_.make(Kind::Assign, e);
    set_op(a, e->op);
    ast::target(a) = value(target);
    ast::value(a) = b_.number("0", e);
    return a;
  }
  bool rhs_awaits = awaits_.contains(ast::value(e));
  Node* place = target->kind == Kind::Member ? member(target, rhs_awaits) : target;
  Op op = e->op;
  if (op == Op::Assign) {
    Node* a = b_.make(Kind::Assign, e);
    set_op(a, op);
    ast::target(a) = place;
    ast::value(a) = value(ast::value(e));
    return a;
  }
  if (is_logical_assign(op) && !rhs_awaits) {
    Node* a = b_.make(Kind::Assign, e);
    set_op(a, op);
    ast::target(a) = place;
    ast::value(a) = ast::value(e);
    return a;
  }
  if (is_logical_assign(op)) {
    // x ||= await y: read x; assign only if it does not decide.
    Node* result = sink_.temp_var(e);
    sink_.emit(b_.expr_stmt(b_.assign(result, place, e)));
    int done = branches().new_label();
    Node* go_on = result;
    if (op == Op::LogicalOrAssign) {
      go_on = b_.make(Kind::Unary, e);
      set_op(go_on, Op::Not);
      go_on->flags = flag::Prefix;
      ast::argument(go_on) = result;
    } else if (op == Op::NullishAssign) {
      go_on = b_.binary(Op::LogicalOr, b_.binary(Op::StrictEq, result, b_.make(Kind::Null, e), e),
                        b_.binary(Op::StrictEq, result, b_.ident("undefined", e), e), e);
    }
    branches().jump_unless(go_on, done);
    sink_.emit(b_.expr_stmt(b_.assign(result, b_.assign(place, value(ast::value(e)), e), e)));
    branches().mark(done);
    return result;
  }
  // Compound: the old value is read before the right side is evaluated.
  Node* old = rhs_awaits ? sink_.temp(place, e) : place;
  Node* a = b_.make(Kind::Assign, e);
  set_op(a, Op::Assign);
  ast::target(a) = place;
  ast::value(a) = b_.binary(op_info(op).base, old, value(ast::value(e)), e);
  return a;
}

Node* Exploder::update(Node* e) {
  Node* u = b_.make(Kind::Update, e);
  u->text = e->text;
  u->op = e->op;
  u->flags = e->flags;
  Node* arg = ast::argument(e);
  ast::argument(u) = arg->kind == Kind::Member ? member(arg, false) : value(arg);
  return u;
}

// `...xs` in arguments or a literal of kind `holder`: the argument is evaluated (its awaits
// included), then iterated or copied when reached, so before a later await the copy is taken
// into a temporary: `f(...await p, await q)` => t1 = [...v1]; [suspend q → v2]; f(...t1, v2).
// A spread is never a value of its own, so it is never spilled as one.
Node* Exploder::spread_item(Node* item, bool later_awaits, Kind holder) {
  Node* s = b_.make(Kind::Spread, item);
  ast::argument(s) = value(ast::argument(item));
  if (!later_awaits) return s;
  Node* copy = b_.make(holder, item);
  copy->list = b_.list({s});
  Node* out = b_.make(Kind::Spread, item);
  ast::argument(out) = sink_.temp(copy, item);
  return out;
}

Node* Exploder::arguments(Node* call, std::size_t first_await) {
  std::vector<Node*> args;
  std::size_t last_await = 0;
  for (std::size_t i = 0; i < call->list.size(); ++i) {
    if (awaits_.contains(call->list[i])) last_await = i;
  }
  for (std::size_t i = 0; i < call->list.size(); ++i) {
    Node* arg = call->list[i];
    bool later = i < last_await && first_await < call->list.size();
    if (arg->kind == Kind::Spread) {
      args.push_back(spread_item(arg, later, Kind::Array));
      continue;
    }
    args.push_back(spill_if(value(arg), later));
  }
  Node* holder = b_.make(Kind::Call, call);
  holder->list = b_.list(args);
  return holder;
}

Node* Exploder::call(Node* e) {
  if (e->has(flag::Optional)) return unsupported(e, "an `await` inside an optional call");
  std::size_t first = 0;
  while (first < e->list.size() && !awaits_.contains(e->list[first])) ++first;
  bool args_await = first < e->list.size();
  Node* callee = ast::callee(e);
  Node* out = b_.make(Kind::Call, e);
  if (callee->kind == Kind::Member && !callee->has(flag::Optional)) {
    if (!args_await || (!awaits_.contains(callee) && stability_.stable(callee))) {
      ast::callee(out) = awaits_.contains(callee) ? member(callee, false) : callee;
    } else {
      // The engine reads the method before the arguments: keep the object and the function.
      Node* place = member(callee, true);
      Node* self = ast::object(place);
      if (self->kind != Kind::Identifier && self->kind != Kind::This && self->kind != Kind::Super) {
        self = sink_.temp(self, callee);
        ast::object(place) = self;
      }
      Node* fn = sink_.temp(place, callee);
      ast::callee(out) = b_.member(fn, "call", e);
      Node* args = arguments(e, first);
      std::vector<Node*> all{self->kind == Kind::Super ? b_.make(Kind::This, e) : self};
      all.insert(all.end(), args->list.begin(), args->list.end());
      out->list = b_.list(all);
      return out;
    }
  } else {
    ast::callee(out) = spill_if(value(callee), args_await);
  }
  out->list = arguments(e, first)->list;
  return out;
}

Node* Exploder::list_items(Node* e) {
  std::size_t last_await = 0;
  for (std::size_t i = 0; i < e->list.size(); ++i) {
    if (awaits_.contains(e->list[i])) last_await = i;
  }
  std::vector<Node*> items;
  for (std::size_t i = 0; i < e->list.size(); ++i) {
    Node* item = e->list[i];
    bool later = i < last_await;
    if (item->kind == Kind::Spread) {
      items.push_back(spread_item(item, later, e->kind));
    } else if (item->kind == Kind::Property) {
      Node* p = b_.make(Kind::Property, item);
      p->flags = item->flags & static_cast<std::uint16_t>(~flag::Shorthand);
      ast::key(p) =
          item->has(flag::Computed)
              ? spill_if(value(ast::key(item)), later || awaits_.contains(ast::value(item)))
              : ast::key(item);
      ast::value(p) = spill_if(value(ast::value(item)), later);
      items.push_back(p);
    } else if (item->kind == Kind::Method) {
      // Only a computed name can await (the body is a function of its own).
      Node* m = item;
      if (awaits_.contains(item) && item->has(flag::Computed)) {
        m = b_.make(Kind::Method, item);
        *m = *item;
        ast::key(m) = spill_if(value(ast::key(item)), later);
      }
      items.push_back(m);
    } else if (item->kind == Kind::Elision) {
      items.push_back(item);
    } else {
      items.push_back(spill_if(value(item), later));
    }
  }
  Node* out = b_.make(e->kind, e);
  out->list = b_.list(items);
  return out;
}

// a?.b.c(await x): link by link, each value in a temporary; a `?.` on null or undefined makes
// the whole chain undefined without evaluating the rest (its awaits included).
Node* Exploder::chain(Node* e) {
  std::vector<Node*> links;
  Node* base = ast::expression(e);
  while (base->kind == Kind::Member || base->kind == Kind::Call) {
    links.push_back(base);
    base = first_slot(base);
  }
  Node* result = sink_.temp_var(e);
  int short_circuit = branches().new_label(), done = branches().new_label();
  Node* current = sink_.temp(value(base), e);
  Node* receiver = nullptr;  // the object a following call is made on
  for (std::size_t i = links.size(); i > 0; --i) {
    Node* link = links[i - 1];
    if (link->has(flag::Optional)) {
      Node* present = b_.binary(
          Op::LogicalAnd, b_.binary(Op::StrictNe, current, b_.make(Kind::Null, link), link),
          b_.binary(Op::StrictNe, b_.ident(current->text, link), b_.ident("undefined", link), link),
          link);
      branches().jump_unless(present, short_circuit);
    }
    if (link->kind == Kind::Member) {
      Node* m = b_.make(Kind::Member, link);
      m->flags = link->flags & static_cast<std::uint16_t>(~flag::Optional);
      ast::object(m) = b_.ident(current->text, link);
      ast::property(m) =
          link->has(flag::Computed) ? value(ast::property(link)) : ast::property(link);
      receiver = current;
      current = sink_.temp(m, link);
    } else {
      Node* args = arguments(link, 0);
      Node* call;
      if (receiver) {
        std::vector<Node*> all{b_.ident(receiver->text, link)};
        all.insert(all.end(), args->list.begin(), args->list.end());
        call = b_.call(b_.member(b_.ident(current->text, link), "call", link), all, link);
      } else {
        call = b_.call(b_.ident(current->text, link),
                       args->list.begin() == nullptr
                           ? std::vector<Node*>{}
                           : std::vector<Node*>(args->list.begin(), args->list.end()),
                       link);
      }
      receiver = nullptr;
      current = sink_.temp(call, link);
    }
  }
  sink_.emit(b_.expr_stmt(b_.assign(result, b_.ident(current->text, e), e)));
  branches().jump(done);
  branches().mark(short_circuit);
  sink_.emit(b_.expr_stmt(b_.assign(b_.ident(result->text, e), b_.ident("undefined", e), e)));
  branches().mark(done);
  return b_.ident(result->text, e);
}

// tag`a${x}b${await y}`: the tag (with its `this`) and earlier substitutions are evaluated
// first; the call keeps the template syntax so the strings object is still one per site.
Node* Exploder::tagged_template(Node* e) {
  bool subs_await = awaits_.contains(ast::quasi(e));
  Node* tag = ast::tag(e);
  if (tag->kind == Kind::Member && !tag->has(flag::Optional)) {
    if (awaits_.contains(tag) || (subs_await && !stability_.stable(tag))) {
      Node* place = member(tag, true);
      Node* self = ast::object(place);
      if (self->kind != Kind::Identifier && self->kind != Kind::This) {
        self = sink_.temp(self, tag);
        ast::object(place) = self;
      }
      // obj.tag.bind(obj) keeps `this` for the tag call after the await.
      tag = sink_.temp(b_.call(b_.member(place, "bind", tag),
                               {self->kind == Kind::Super ? b_.make(Kind::This, tag) : self}, tag),
                       tag);
    }
  } else {
    tag = spill_if(value(tag), subs_await);
  }
  std::size_t last_await = 0;
  for (std::size_t i = 1; i < ast::quasi(e)->list.size(); i += 2) {
    if (awaits_.contains(ast::quasi(e)->list[i])) last_await = i;
  }
  std::vector<Node*> parts(ast::quasi(e)->list.begin(), ast::quasi(e)->list.end());
  for (std::size_t i = 1; i < parts.size(); i += 2)
    parts[i] = spill_if(value(parts[i]), i < last_await);
  Node* tpl = b_.make(Kind::Template, ast::quasi(e));
  tpl->list = b_.list(parts);
  Node* out = b_.make(Kind::TaggedTemplate, e);
  ast::tag(out) = tag;
  ast::quasi(out) = tpl;
  return out;
}

Node* Exploder::template_literal(Node* e) {
  std::size_t last_await = 0;
  for (std::size_t i = 1; i < e->list.size(); i += 2) {
    if (awaits_.contains(e->list[i])) last_await = i;
  }
  std::vector<Node*> parts(e->list.begin(), e->list.end());
  for (std::size_t i = 1; i < parts.size(); i += 2) {
    Node* v = value(parts[i]);
    if (i < last_await && !stability_.stable(v)) {
      // Each substitution is converted to a string as soon as it is evaluated.
      Node* one = b_.make(Kind::Template, parts[i]);
      Node* empty1 = b_.make(Kind::TemplateElement, parts[i]);
      Node* empty2 = b_.make(Kind::TemplateElement, parts[i]);
      one->list = b_.list({empty1, v, empty2});
      v = sink_.temp(one, parts[i]);
    }
    parts[i] = v;
  }
  Node* out = b_.make(Kind::Template, e);
  out->list = b_.list(parts);
  return out;
}

}  // namespace desugar::promise
