// Destructuring for the promise stage: a pattern whose defaults or computed keys await is taken
// apart into single assignments, so each await can be a suspension point. Examples:
//   ({ a = await d } = o)  =>  t = o.a; if (!(t === undefined)) goto L; [suspend d → v]; t = v;
//                              L: a = t
//   [x, ...r] = xs         =>  it = xs[Symbol.iterator](); one it.next() per element, r gets the
//                              rest, and it.return() when the pattern stops before `done`
#include <vector>

#include "passes/promise/explode.h"

namespace desugar::promise {

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
    branches().jump_unless(b_.binary(Op::StrictEq, b_.ident(v->text, pattern),
                                     b_.ident("undefined", pattern), pattern),
                           done);
    sink_.emit(b_.expr_stmt(
        b_.assign(b_.ident(v->text, pattern), value(ast::fallback(pattern)), pattern)));
    branches().mark(done);
    destructure(ast::target(pattern), b_.ident(v->text, pattern));
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
    Node* key = prop->has(flag::Computed) ? sink_.temp(value(ast::key(prop)), prop) : nullptr;
    if (key)
      excluded.push_back(b_.ident(key->text, prop));
    else if (ast::key(prop)->kind == Kind::Identifier)
      excluded.push_back(b_.string_lit(ast::key(prop)->text, prop));
    else
      excluded.push_back(ast::key(prop));
    Node* target = ast::value(prop);
    Node* dflt = nullptr;
    if (target->kind == Kind::AssignPattern) {
      dflt = ast::fallback(target);
      target = ast::target(target);
    }
    if (target->kind == Kind::Member) target = member(target, true);
    Node* get = b_.make(Kind::Member, prop);
    ast::object(get) = b_.ident(source->text, prop);
    if (key) {
      get->flags = flag::Computed;
      ast::property(get) = b_.ident(key->text, prop);
    } else if (ast::key(prop)->kind == Kind::Identifier) {
      ast::property(get) = b_.ident(ast::key(prop)->text, prop);
    } else {
      get->flags = flag::Computed;
      ast::property(get) = ast::key(prop);  // a string or number key
    }
    Node* v = sink_.temp(get, prop);
    if (dflt) {
      int done = branches().new_label();
      branches().jump_unless(
          b_.binary(Op::StrictEq, b_.ident(v->text, prop), b_.ident("undefined", prop), prop),
          done);
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
  ast::object(get) = id(source);
  ast::property(get) = b_.member(b_.ident("Symbol", pattern), "iterator", pattern);
  Node* it = sink_.temp(b_.call(get, std::vector<Node*>{}, pattern), pattern);
  Node* next = sink_.temp(b_.member(id(it), "next", pattern), pattern);
  Node* done = sink_.temp(b_.ident("false", pattern), pattern);
  auto not_done = [&] {
    Node* n = b_.make(Kind::Unary, pattern);
    set_op(n, Op::Not);
    n->flags = flag::Prefix;
    ast::argument(n) = id(done);
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
      dflt = ast::fallback(target);
      target = ast::target(target);
    }
    if (target->kind == Kind::Member) target = member(target, true);
    // v = undefined; if (!done) { r = next.call(it); if (r.done) done = true; else v = r.value; }
    Node* v = sink_.temp(b_.ident("undefined", element), element);
    Node* r = sink_.temp_var(element);
    Node* step = b_.expr_stmt(b_.assign(
        id(r), b_.call(b_.member(id(next), "call", element), {id(it)}, element), element));
    Node* branch = b_.make(Kind::If, element);
    ast::test(branch) = b_.member(id(r), "done", element);
    ast::consequent(branch) = b_.expr_stmt(b_.assign(id(done), b_.ident("true", element), element));
    ast::alternate(branch) =
        b_.expr_stmt(b_.assign(id(v), b_.member(id(r), "value", element), element));
    Node* guard = b_.make(Kind::If, element);
    ast::test(guard) = not_done();
    ast::consequent(guard) = b_.block(std::vector<Node*>{step, branch}, element);
    sink_.emit(guard);
    if (element->kind == Kind::Elision) continue;
    if (dflt) {
      int skip = branches().new_label();
      branches().jump_unless(
          b_.binary(Op::StrictEq, id(v), b_.ident("undefined", element), element), skip);
      sink_.emit(b_.expr_stmt(b_.assign(id(v), value(dflt), element)));
      branches().mark(skip);
    }
    destructure(target, id(v));
  }
  // IteratorClose when the pattern stopped before the iterator was done.
  Node* close = b_.make(Kind::If, pattern);
  ast::test(close) = b_.binary(Op::LogicalAnd, not_done(),
                               b_.binary(Op::StrictNe, b_.member(id(it), "return", pattern),
                                         b_.ident("undefined", pattern), pattern),
                               pattern);
  ast::consequent(close) =
      b_.expr_stmt(b_.call(b_.member(id(it), "return", pattern), std::vector<Node*>{}, pattern));
  sink_.emit(close);
}

// [...target] = …: the target reference, then every remaining step into a new array.
//   rest = []; while (!done) { r = next.call(it); if (r.done) done = true; else rest.push(r.value);
//   }
void Exploder::rest_element(Node* rest, Node* it, Node* next, Node* done) {
  auto id = [&](Node* t) { return b_.ident(t->text, rest); };
  Node* target = ast::target(rest);
  if (target->kind == Kind::Member) target = member(target, true);
  Node* values = sink_.temp(b_.make(Kind::Array, rest), rest);
  Node* r = sink_.temp_var(rest);
  Node* step = b_.expr_stmt(
      b_.assign(id(r), b_.call(b_.member(id(next), "call", rest), {id(it)}, rest), rest));
  Node* branch = b_.make(Kind::If, rest);
  ast::test(branch) = b_.member(id(r), "done", rest);
  ast::consequent(branch) = b_.expr_stmt(b_.assign(id(done), b_.ident("true", rest), rest));
  // CreateDataProperty: an index setter on Array.prototype is not called.
  ast::alternate(branch) =
      b_.expr_stmt(b_.call(b_.ident(fn_.names.name("defineProperty"), rest),
                           {id(values), b_.member(id(values), "length", rest),
                            data_descriptor(b_.member(id(r), "value", rest), rest)},
                           rest));
  Node* not_done = b_.make(Kind::Unary, rest);
  set_op(not_done, Op::Not);
  not_done->flags = flag::Prefix;
  ast::argument(not_done) = id(done);
  Node* loop = b_.make(Kind::While, rest);
  ast::test(loop) = not_done;
  ast::body(loop) = b_.block(std::vector<Node*>{step, branch}, rest);
  sink_.emit(loop);
  fn_.helpers.add(Helper::Intrinsics);
  destructure(target, id(values));
}

// { a, [k]: b, ...target } = source: the target reference, then CopyDataProperties of the
// source's own enumerable keys other than those already destructured.
void Exploder::rest_properties(Node* rest, Node* source, const std::vector<Node*>& excluded) {
  Node* target = ast::target(rest);
  if (target->kind == Kind::Member) target = member(target, true);
  Node* keys = b_.make(Kind::Array, rest);
  keys->list = b_.list(excluded);
  Node* copy = b_.call(b_.ident(fn_.names.name("copyDataProperties"), rest),
                       {b_.ident(source->text, rest), keys}, rest);
  Node* values = sink_.temp(copy, rest);
  fn_.helpers.add(Helper::CopyDataProperties);
  destructure(target, b_.ident(values->text, rest));
}

// { value: v, writable: true, enumerable: true, configurable: true }
Node* Exploder::data_descriptor(Node* v, const Node* origin) {
  std::vector<Node*> props;
  auto prop = [&](std::string_view key, Node* val) {
    props.push_back(b_.property(b_.ident(key, origin), val, origin));
  };
  prop("value", v);
  for (const char* k : {"writable", "enumerable", "configurable"})
    prop(k, b_.ident("true", origin));
  Node* o = b_.make(Kind::Object, origin);
  o->list = b_.list(props);
  return o;
}

}  // namespace desugar::promise
