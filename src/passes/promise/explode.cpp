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
  diags_.report(DiagId::D0101, e->begin, what, "the promise stage cannot split this at an await yet");
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
    sink_.suspend_effect(value(e->a), e);
    return;
  }
  Node* v = value(e);
  // A bare resumed value or temporary has no effect left to run.
  if (v->kind != Kind::Identifier || v == e) sink_.emit(b_.expr_stmt(v));
}

Node* Exploder::value(Node* e) {
  if (!awaits_.contains(e)) return e;
  switch (e->kind) {
    case Kind::Await: return sink_.suspend(value(e->a), e);
    case Kind::Binary: {
      if (is_logical(e->op)) return logical(e);
      Node* left = spill_if(value(e->a), awaits_.contains(e->b));
      return b_.binary(e->text, left, value(e->b), e);
    }
    case Kind::Unary: {
      Node* u = b_.make(Kind::Unary, e);
      u->text = e->text;
      u->op = e->op;
      u->flags = e->flags;
      u->a = e->op == Op::Delete && e->a->kind == Kind::Member ? member(e->a, false) : value(e->a);
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
      Node* callee = spill_if(value(e->a), first < e->list.size());
      Node* args = arguments(e, first);
      Node* n = b_.make(Kind::New, e);
      n->a = callee;
      n->list = args->list;
      return n;
    }
    case Kind::Member: return member(e, false);
    case Kind::Array:
    case Kind::Object: return list_items(e);
    case Kind::Template: return template_literal(e);
    case Kind::Spread: {
      Node* s = b_.make(Kind::Spread, e);
      s->a = value(e->a);
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
        if (!m->has(flag::Computed) || !awaits_.contains(m->a) || (m->b && awaits_.contains(m->b))) {
          return unsupported(e, "an `await` inside a class body");
        }
        last_await = i;
        any = true;
      }
      Node* c = b_.make(Kind::ClassExpr, e);
      *c = *e;
      if (e->b) c->b = spill_if(value(e->b), any);
      std::vector<Node*> members(e->list.begin(), e->list.end());
      for (std::size_t i = 0; any && i <= last_await; ++i) {
        Node* m = members[i];
        if (!m->has(flag::Computed)) continue;
        Node* copy = b_.make(m->kind, m);
        *copy = *m;
        copy->a = spill_if(value(m->a), i < last_await);
        members[i] = copy;
      }
      c->list = b_.list(members);
      return c;
    }
    default: return unsupported(e, "an `await` in this expression");
  }
}

void Exploder::destructure(Node* pattern, Node* source) {
  if (!awaits_.contains(pattern)) {
    sink_.emit(b_.expr_stmt(b_.assign(pattern, b_.ident(source->text, pattern), pattern)));
    return;
  }
  if (pattern->kind == Kind::AssignPattern) {
    // target = default: the default only when the value is undefined.
    Node* v = sink_.temp_var(pattern);
    sink_.emit(b_.expr_stmt(b_.assign(v, b_.ident(source->text, pattern), pattern)));
    int done = branches().new_label();
    branches().jump_unless(b_.binary("===", b_.ident(v->text, pattern), b_.ident("undefined", pattern), pattern), done);
    sink_.emit(b_.expr_stmt(b_.assign(b_.ident(v->text, pattern), value(pattern->b), pattern)));
    branches().mark(done);
    destructure(pattern->a, b_.ident(v->text, pattern));
    return;
  }
  if (pattern->kind == Kind::ArrayPattern) {
    destructure_array(pattern, source);
    return;
  }
  if (pattern->kind != Kind::ObjectPattern) {
    unsupported(pattern, "an `await` inside this destructuring pattern");
    return;
  }
  // RequireObjectCoercible: destructuring nothing out of the source throws as the engine does.
  Node* empty = b_.make(Kind::ObjectPattern, pattern);
  sink_.emit(b_.expr_stmt(b_.assign(empty, b_.ident(source->text, pattern), pattern)));
  std::vector<Node*> excluded;  // the keys a rest element leaves out
  for (Node* prop : pattern->list) {
    if (prop->kind == Kind::Rest) {
      rest_properties(prop, source, excluded);
      return;
    }
    // The key, then the target reference, then the value.
    Node* key = prop->has(flag::Computed) ? sink_.temp(value(prop->a), prop) : nullptr;
    if (key) excluded.push_back(b_.ident(key->text, prop));
    else if (prop->a->kind == Kind::Identifier) excluded.push_back(b_.string_lit(prop->a->text, prop));
    else excluded.push_back(prop->a);
    Node* target = prop->b;
    Node* dflt = nullptr;
    if (target->kind == Kind::AssignPattern) {
      dflt = target->b;
      target = target->a;
    }
    if (target->kind == Kind::Member) target = member(target, true);
    Node* get = b_.make(Kind::Member, prop);
    get->a = b_.ident(source->text, prop);
    if (key) {
      get->flags = flag::Computed;
      get->b = b_.ident(key->text, prop);
    } else if (prop->a->kind == Kind::Identifier) {
      get->b = b_.ident(prop->a->text, prop);
    } else {
      get->flags = flag::Computed;
      get->b = prop->a;  // a string or number key
    }
    Node* v = sink_.temp(get, prop);
    if (dflt) {
      int done = branches().new_label();
      branches().jump_unless(b_.binary("===", b_.ident(v->text, prop), b_.ident("undefined", prop), prop), done);
      sink_.emit(b_.expr_stmt(b_.assign(b_.ident(v->text, prop), value(dflt), prop)));
      branches().mark(done);
    }
    destructure(target, b_.ident(v->text, prop));
  }
}

// [a, b = await x] = source: GetIterator, then one IteratorStep per element (the target
// reference first, then the step), a default only for undefined, and IteratorClose at the end.
void Exploder::destructure_array(Node* pattern, Node* source) {
  auto id = [&](Node* t) { return b_.ident(t->text, pattern); };
  Node* get = b_.make(Kind::Member, pattern);
  get->flags = flag::Computed;
  get->a = id(source);
  get->b = b_.member(b_.ident("Symbol", pattern), "iterator", pattern);
  Node* it = sink_.temp(b_.call(get, std::vector<Node*>{}, pattern), pattern);
  Node* next = sink_.temp(b_.member(id(it), "next", pattern), pattern);
  Node* done = sink_.temp(b_.ident("false", pattern), pattern);
  auto not_done = [&] {
    Node* n = b_.make(Kind::Unary, pattern);
    set_op(n, Op::Not);
    n->flags = flag::Prefix;
    n->a = id(done);
    return n;
  };
  for (Node* element : pattern->list) {
    if (element->kind == Kind::Rest) {
      rest_element(element, it, next, done);
      return;  // the iterator is done: nothing to close
    }
    Node* target = element;
    Node* dflt = nullptr;
    if (target->kind == Kind::AssignPattern) {
      dflt = target->b;
      target = target->a;
    }
    if (target->kind == Kind::Member) target = member(target, true);
    // v = undefined; if (!done) { r = next.call(it); if (r.done) done = true; else v = r.value; }
    Node* v = sink_.temp(b_.ident("undefined", element), element);
    Node* r = sink_.temp_var(element);
    Node* step = b_.expr_stmt(b_.assign(id(r), b_.call(b_.member(id(next), "call", element), {id(it)}, element), element));
    Node* branch = b_.make(Kind::If, element);
    branch->a = b_.member(id(r), "done", element);
    branch->b = b_.expr_stmt(b_.assign(id(done), b_.ident("true", element), element));
    branch->c = b_.expr_stmt(b_.assign(id(v), b_.member(id(r), "value", element), element));
    Node* guard = b_.make(Kind::If, element);
    guard->a = not_done();
    guard->b = b_.block(std::vector<Node*>{step, branch}, element);
    sink_.emit(guard);
    if (element->kind == Kind::Elision) continue;
    if (dflt) {
      int skip = branches().new_label();
      branches().jump_unless(b_.binary("===", id(v), b_.ident("undefined", element), element), skip);
      sink_.emit(b_.expr_stmt(b_.assign(id(v), value(dflt), element)));
      branches().mark(skip);
    }
    destructure(target, id(v));
  }
  // IteratorClose when the pattern stopped before the iterator was done.
  Node* close = b_.make(Kind::If, pattern);
  close->a = b_.binary("&&", not_done(), b_.binary("!==", b_.member(id(it), "return", pattern), b_.ident("undefined", pattern), pattern), pattern);
  close->b = b_.expr_stmt(b_.call(b_.member(id(it), "return", pattern), std::vector<Node*>{}, pattern));
  sink_.emit(close);
}

// [...target] = …: the target reference, then every remaining step into a new array.
//   rest = []; while (!done) { r = next.call(it); if (r.done) done = true; else rest.push(r.value); }
void Exploder::rest_element(Node* rest, Node* it, Node* next, Node* done) {
  auto id = [&](Node* t) { return b_.ident(t->text, rest); };
  Node* target = rest->a;
  if (target->kind == Kind::Member) target = member(target, true);
  Node* values = sink_.temp(b_.make(Kind::Array, rest), rest);
  Node* r = sink_.temp_var(rest);
  Node* step = b_.expr_stmt(b_.assign(id(r), b_.call(b_.member(id(next), "call", rest), {id(it)}, rest), rest));
  Node* branch = b_.make(Kind::If, rest);
  branch->a = b_.member(id(r), "done", rest);
  branch->b = b_.expr_stmt(b_.assign(id(done), b_.ident("true", rest), rest));
  // CreateDataProperty: an index setter on Array.prototype is not called.
  branch->c = b_.expr_stmt(b_.call(b_.ident(fn_.names.name("defineProperty"), rest),
                                   {id(values), b_.member(id(values), "length", rest), data_descriptor(b_.member(id(r), "value", rest), rest)}, rest));
  Node* not_done = b_.make(Kind::Unary, rest);
  set_op(not_done, Op::Not);
  not_done->flags = flag::Prefix;
  not_done->a = id(done);
  Node* loop = b_.make(Kind::While, rest);
  loop->a = not_done;
  loop->d = b_.block(std::vector<Node*>{step, branch}, rest);
  sink_.emit(loop);
  fn_.helpers.add(Helper::Intrinsics);
  destructure(target, id(values));
}

// { a, [k]: b, ...target } = source: the target reference, then CopyDataProperties of the
// source's own enumerable keys other than those already destructured.
void Exploder::rest_properties(Node* rest, Node* source, const std::vector<Node*>& excluded) {
  Node* target = rest->a;
  if (target->kind == Kind::Member) target = member(target, true);
  Node* keys = b_.make(Kind::Array, rest);
  keys->list = b_.list(excluded);
  Node* copy = b_.call(b_.ident(fn_.names.name("copyDataProperties"), rest), {b_.ident(source->text, rest), keys}, rest);
  Node* values = sink_.temp(copy, rest);
  fn_.helpers.add(Helper::CopyDataProperties);
  destructure(target, b_.ident(values->text, rest));
}

// { value: v, writable: true, enumerable: true, configurable: true }
Node* Exploder::data_descriptor(Node* v, const Node* origin) {
  std::vector<Node*> props;
  auto prop = [&](std::string_view key, Node* val) {
    Node* p = b_.make(Kind::Property, origin);
    p->a = b_.ident(key, origin);
    p->b = val;
    props.push_back(p);
  };
  prop("value", v);
  for (const char* k : {"writable", "enumerable", "configurable"}) prop(k, b_.ident("true", origin));
  Node* o = b_.make(Kind::Object, origin);
  o->list = b_.list(props);
  return o;
}

Node* Exploder::logical(Node* e) {
  if (!awaits_.contains(e->b)) return b_.binary(e->text, value(e->a), e->b, e);
  Node* result = sink_.temp_var(e);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(e->a), e)));
  int done = branches().new_label();
  // Continue to the right operand only when the left one does not decide the result.
  Node* go_on;
  if (e->op == Op::LogicalAnd) {
    go_on = result;
  } else if (e->op == Op::LogicalOr) {
    go_on = b_.make(Kind::Unary, e);
    set_op(go_on, Op::Not);
    go_on->flags = flag::Prefix;
    go_on->a = result;
  } else {
    go_on = b_.binary("||", b_.binary("===", result, b_.make(Kind::Null, e), e),
                      b_.binary("===", result, b_.ident("undefined", e), e), e);
  }
  branches().jump_unless(go_on, done);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(e->b), e)));
  branches().mark(done);
  return result;
}

Node* Exploder::conditional(Node* e) {
  if (!awaits_.contains(e->b) && !awaits_.contains(e->c)) {
    Node* c = b_.make(Kind::Conditional, e);
    c->a = value(e->a);
    c->b = e->b;
    c->c = e->c;
    return c;
  }
  Node* result = sink_.temp_var(e);
  int otherwise = branches().new_label(), done = branches().new_label();
  branches().jump_unless(value(e->a), otherwise);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(e->b), e)));
  branches().jump(done);
  branches().mark(otherwise);
  sink_.emit(b_.expr_stmt(b_.assign(result, value(e->c), e)));
  branches().mark(done);
  return result;
}

// A member expression whose object or key contains an await: object, then key, in order.
Node* Exploder::member(Node* e, bool later_awaits) {
  bool computed = e->has(flag::Computed);
  Node* m = b_.make(Kind::Member, e);
  m->flags = e->flags;
  m->a = spill_if(value(e->a), (computed && awaits_.contains(e->b)) || later_awaits);
  m->b = computed ? spill_if(value(e->b), later_awaits) : e->b;
  return m;
}

Node* Exploder::assign(Node* e) {
  Node* target = e->a;
  if (target->kind == Kind::ArrayPattern || target->kind == Kind::ObjectPattern) {
    if (!awaits_.contains(target)) return b_.assign(target, value(e->b), e);
    Node* source = sink_.temp(value(e->b), e);
    destructure(target, source);
    return b_.ident(source->text, e);
  }
  if (target->kind == Kind::Call) {
    // `f(await x) = y` (V8, web compatibility): the call runs, then a ReferenceError is thrown;
    // the right side is never evaluated, so `0` stands in for it (it may hold an await).
    Node* a = b_.make(Kind::Assign, e);
    set_op(a, e->op);
    a->a = value(target);
    a->b = b_.number("0", e);
    return a;
  }
  bool rhs_awaits = awaits_.contains(e->b);
  Node* place = target->kind == Kind::Member ? member(target, rhs_awaits) : target;
  Op op = e->op;
  if (op == Op::Assign) {
    Node* a = b_.make(Kind::Assign, e);
    set_op(a, op);
    a->a = place;
    a->b = value(e->b);
    return a;
  }
  if (is_logical_assign(op) && !rhs_awaits) {
    Node* a = b_.make(Kind::Assign, e);
    set_op(a, op);
    a->a = place;
    a->b = e->b;
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
      go_on->a = result;
    } else if (op == Op::NullishAssign) {
      go_on = b_.binary("||", b_.binary("===", result, b_.make(Kind::Null, e), e),
                        b_.binary("===", result, b_.ident("undefined", e), e), e);
    }
    branches().jump_unless(go_on, done);
    sink_.emit(b_.expr_stmt(b_.assign(result, b_.assign(place, value(e->b), e), e)));
    branches().mark(done);
    return result;
  }
  // Compound: the old value is read before the right side is evaluated.
  Node* old = rhs_awaits ? sink_.temp(place, e) : place;
  Node* a = b_.make(Kind::Assign, e);
  set_op(a, Op::Assign);
  a->a = place;
  a->b = b_.binary(op_info(op).base, old, value(e->b), e);
  return a;
}

Node* Exploder::update(Node* e) {
  Node* u = b_.make(Kind::Update, e);
  u->text = e->text;
  u->op = e->op;
  u->flags = e->flags;
  u->a = e->a->kind == Kind::Member ? member(e->a, false) : value(e->a);
  return u;
}

// `...xs` in arguments or a literal of kind `holder`: the argument is evaluated (its awaits
// included), then iterated or copied when reached, so before a later await the copy is taken
// into a temporary: `f(...await p, await q)` => t1 = [...v1]; [suspend q → v2]; f(...t1, v2).
// A spread is never a value of its own, so it is never spilled as one.
Node* Exploder::spread_item(Node* item, bool later_awaits, Kind holder) {
  Node* s = b_.make(Kind::Spread, item);
  s->a = value(item->a);
  if (!later_awaits) return s;
  Node* copy = b_.make(holder, item);
  copy->list = b_.list({s});
  Node* out = b_.make(Kind::Spread, item);
  out->a = sink_.temp(copy, item);
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
  Node* callee = e->a;
  Node* out = b_.make(Kind::Call, e);
  if (callee->kind == Kind::Member && !callee->has(flag::Optional)) {
    if (!args_await || (!awaits_.contains(callee) && stability_.stable(callee))) {
      out->a = awaits_.contains(callee) ? member(callee, false) : callee;
    } else {
      // The engine reads the method before the arguments: keep the object and the function.
      Node* place = member(callee, true);
      Node* self = place->a;
      if (self->kind != Kind::Identifier && self->kind != Kind::This && self->kind != Kind::Super) {
        self = sink_.temp(self, callee);
        place->a = self;
      }
      Node* fn = sink_.temp(place, callee);
      out->a = b_.member(fn, "call", e);
      Node* args = arguments(e, first);
      std::vector<Node*> all{self->kind == Kind::Super ? b_.make(Kind::This, e) : self};
      all.insert(all.end(), args->list.begin(), args->list.end());
      out->list = b_.list(all);
      return out;
    }
  } else {
    out->a = spill_if(value(callee), args_await);
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
      p->a = item->has(flag::Computed) ? spill_if(value(item->a), later || awaits_.contains(item->b)) : item->a;
      p->b = spill_if(value(item->b), later);
      items.push_back(p);
    } else if (item->kind == Kind::Method) {
      // Only a computed name can await (the body is a function of its own).
      Node* m = item;
      if (awaits_.contains(item) && item->has(flag::Computed)) {
        m = b_.make(Kind::Method, item);
        *m = *item;
        m->a = spill_if(value(item->a), later);
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
  Node* base = e->a;
  while (base->kind == Kind::Member || base->kind == Kind::Call) {
    links.push_back(base);
    base = base->a;
  }
  Node* result = sink_.temp_var(e);
  int short_circuit = branches().new_label(), done = branches().new_label();
  Node* current = sink_.temp(value(base), e);
  Node* receiver = nullptr;  // the object a following call is made on
  for (std::size_t i = links.size(); i > 0; --i) {
    Node* link = links[i - 1];
    if (link->has(flag::Optional)) {
      Node* present = b_.binary("&&", b_.binary("!==", current, b_.make(Kind::Null, link), link),
                                b_.binary("!==", b_.ident(current->text, link), b_.ident("undefined", link), link), link);
      branches().jump_unless(present, short_circuit);
    }
    if (link->kind == Kind::Member) {
      Node* m = b_.make(Kind::Member, link);
      m->flags = link->flags & static_cast<std::uint16_t>(~flag::Optional);
      m->a = b_.ident(current->text, link);
      m->b = link->has(flag::Computed) ? value(link->b) : link->b;
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
        call = b_.call(b_.ident(current->text, link), args->list.begin() == nullptr ? std::vector<Node*>{} : std::vector<Node*>(args->list.begin(), args->list.end()), link);
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
  bool subs_await = awaits_.contains(e->b);
  Node* tag = e->a;
  if (tag->kind == Kind::Member && !tag->has(flag::Optional)) {
    if (awaits_.contains(tag) || (subs_await && !stability_.stable(tag))) {
      Node* place = member(tag, true);
      Node* self = place->a;
      if (self->kind != Kind::Identifier && self->kind != Kind::This) {
        self = sink_.temp(self, tag);
        place->a = self;
      }
      // obj.tag.bind(obj) keeps `this` for the tag call after the await.
      tag = sink_.temp(b_.call(b_.member(place, "bind", tag), {self->kind == Kind::Super ? b_.make(Kind::This, tag) : self}, tag), tag);
    }
  } else {
    tag = spill_if(value(tag), subs_await);
  }
  std::size_t last_await = 0;
  for (std::size_t i = 1; i < e->b->list.size(); i += 2) {
    if (awaits_.contains(e->b->list[i])) last_await = i;
  }
  std::vector<Node*> parts(e->b->list.begin(), e->b->list.end());
  for (std::size_t i = 1; i < parts.size(); i += 2) parts[i] = spill_if(value(parts[i]), i < last_await);
  Node* tpl = b_.make(Kind::Template, e->b);
  tpl->list = b_.list(parts);
  Node* out = b_.make(Kind::TaggedTemplate, e);
  out->a = tag;
  out->b = tpl;
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
