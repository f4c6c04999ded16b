#include "passes/promise/machine_sink.h"

namespace desugar::promise {

namespace {
// A block that declares something must stay a block.
bool has_lexical(const Node* block) {
  for (const Node* s : block->list) {
    if ((s->kind == Kind::VarDecl && s->text != "var") || s->kind == Kind::ClassDecl ||
        s->kind == Kind::FunctionDecl)
      return true;
  }
  return false;
}
}  // namespace

MachineSink::MachineSink(FunctionContext& fn) : fn_(fn), b_(fn.b) {
  state_ = fn.unique("state");
  step_ = fn.unique("step");
  input_ = fn.unique("input");
  threw_ = fn.unique(fn.generator ? "mode" : "threw");
  throw_into_ = fn.unique("throwInto");
  machine_ = fn.unique("machine");
  error_ = fn.unique("error");
  states_.push_back(State{"start", kNoRegion, true, {}, {}});
}

int MachineSink::new_label(const std::string& base, const Node* origin) {
  int line = fn_.line_of(origin);
  std::string name = line > 0 ? base + "_L" + std::to_string(line) : base;
  // State names are strings, so only other state names can clash.
  std::string candidate = name;
  for (int i = 2;; ++i) {
    bool clash = false;
    for (const State& s : states_) clash = clash || s.name == candidate;
    if (!clash) break;
    candidate = name + "_" + std::to_string(i);
  }
  states_.push_back(State{candidate, kNoRegion, false, {}, {}});
  return static_cast<int>(states_.size()) - 1;
}

void MachineSink::emit(Node* stmt) {
  if (terminated_) return;  // unreachable: after a jump, return or throw in the same list
  if (stmt->kind == Kind::Block && !has_lexical(stmt)) {
    for (Node* s : stmt->list) emit(s);
    return;
  }
  if (stmt->kind == Kind::Continue || stmt->kind == Kind::Return) {
    states_[static_cast<std::size_t>(current_)].code.push_back(stmt);
    terminated_ = true;
    return;
  }
  states_[static_cast<std::size_t>(current_)].code.push_back(stmt);
  if (stmt->kind == Kind::Throw) terminated_ = true;
}

Node* MachineSink::goto_stmt(int label, const Node* origin) {
  Node* set = b_.expr_stmt(
      b_.assign(b_.ident(state_, origin), b_.string_lit(state_name(label), origin), origin));
  Node* cont = b_.make(Kind::Continue, origin);
  cont->text = b_.str(machine_);
  return b_.block(std::vector<Node*>{set, cont}, origin);
}

void MachineSink::jump(int label) {
  if (terminated_) return;
  Node* g = goto_stmt(label, nullptr);
  for (Node* s : g->list) states_[static_cast<std::size_t>(current_)].code.push_back(s);
  terminated_ = true;
}

void MachineSink::jump_unless(Node* test, int label) {
  Node* neg = b_.make(Kind::Unary, test);
  set_op(neg, Op::Not);
  neg->flags = flag::Prefix;
  ast::argument(neg) = test;
  Node* stmt = b_.make(Kind::If, test);
  ast::test(stmt) = neg;
  ast::consequent(stmt) = goto_stmt(label, test);
  emit(stmt);
}

void MachineSink::mark(int label) {
  State& next = states_[static_cast<std::size_t>(label)];
  if (!terminated_) {
    // Fall through into the next case, with the state updated for the catch dispatch.
    states_[static_cast<std::size_t>(current_)].code.push_back(
        b_.expr_stmt(b_.assign(b_.ident(state_), b_.string_lit(next.name), nullptr)));
  }
  next.placed = true;
  next.region = region_;
  next.with_objects = withs_;
  // Keep placement order: move the state to the end of the placed sequence.
  order_.push_back(label);
  current_ = label;
  terminated_ = false;
}

bool MachineSink::hoist(std::string_view name) {
  for (std::string_view p : fn_.param_names) {
    if (p == name) return fn_.simple_params;  // the parameter is the variable
  }
  for (const std::string& h : hoisted_) {
    if (h == name) return true;
  }
  hoisted_.emplace_back(name);
  return true;
}

Node* MachineSink::hoisted_temp(std::string_view base, const Node* origin) {
  std::string name = fn_.unique(std::string(base));
  hoist(name);
  return b_.ident(name, origin);
}

Node* MachineSink::temp(Node* init, const Node* origin) {
  Node* t = hoisted_temp("t" + std::to_string(++temps_), origin);
  emit(b_.expr_stmt(b_.assign(t, init, origin)));
  return b_.ident(t->text, origin);
}

Node* MachineSink::temp_var(const Node* origin) {
  return hoisted_temp("t" + std::to_string(++temps_), origin);
}

// In an async generator, `yield v` and `yield* v` reach here as an Await flagged Generator
// (and Delegate): they suspend like an await, handing the runner a step result.
void MachineSink::suspend_into(Node* operand, Node* target, const Node* origin) {
  bool yield = origin && origin->kind == Kind::Await && origin->has(flag::Generator);
  bool delegate = yield && origin->has(flag::Delegate);
  int after = new_label(delegate ? "after_yield_star"
                        : yield  ? "after_yield"
                                 : "after_await",
                        origin);
  if (terminated_) return;
  auto& code = states_[static_cast<std::size_t>(current_)].code;
  code.push_back(b_.expr_stmt(
      b_.assign(b_.ident(state_, origin), b_.string_lit(state_name(after), origin), origin)));
  Node* result;
  if (delegate) {
    // The runner runs the yield* loop (__ds_asyncGeneratorYieldStar) and resumes `step` with
    // its outcome.
    Node* wrap = b_.make(Kind::New, origin);
    ast::callee(wrap) = b_.ident(fn_.names.name("YieldStar"), origin);
    wrap->list = b_.list({operand});
    result = fn_.step_result(wrap, false, origin);
  } else if (yield) {
    // The runner awaits the value, then AsyncGeneratorYield settles the oldest request with it.
    result = fn_.step_result(operand, false, origin);
  } else {
    result = fn_.await_value_call(operand, b_.ident(step_, origin), b_.ident(throw_into_, origin),
                                  origin);
  }
  code.push_back(b_.ret(result, origin));
  terminated_ = true;
  mark(after);
  if (yield) resume_after_yield(origin);
  if (target) emit(b_.expr_stmt(b_.assign(target, b_.ident(input_, origin), origin)));
}

Node* MachineSink::mode_is(std::string_view mode, const Node* origin) {
  return b_.binary(Op::StrictEq, b_.ident(threw_, origin), b_.string_lit(mode, origin), origin);
}

// A return request resumes a yield as `return value` there (AsyncGeneratorUnwrapYieldResumption
// step 5: the runner has awaited the value); a throw request throws at the top of `step`.
//   if (mode === 'return') { mode = undefined; <return input, through the finally blocks> }
void MachineSink::resume_after_yield(const Node* origin) {
  Node* clear =
      b_.expr_stmt(b_.assign(b_.ident(threw_, origin), b_.ident("undefined", origin), origin));
  Node* ret = route_return(b_.ident(input_, origin), origin);
  std::vector<Node*> body{clear};
  if (ret->kind == Kind::Block && !has_lexical(ret))
    body.insert(body.end(), ret->list.begin(), ret->list.end());
  else
    body.push_back(ret);
  Node* stmt = b_.make(Kind::If, origin);
  ast::test(stmt) = mode_is("return", origin);
  ast::consequent(stmt) = b_.block(body, origin);
  emit(stmt);
}

Node* MachineSink::suspend(Node* operand, const Node* origin) {
  Node* v = hoisted_temp("value", origin);
  suspend_into(operand, v, origin);
  return b_.ident(v->text, origin);
}

int MachineSink::push_region(Region r) {
  r.parent = region_;
  regions_.push_back(std::move(r));
  return static_cast<int>(regions_.size()) - 1;
}

// The catch block of the machine: which try the throwing state was in decides where the
// exception goes; outside every try it rejects the promise.
Node* MachineSink::catch_dispatch(const Node* origin) {
  std::vector<Node*> cases;
  for (std::size_t r = 0; r < regions_.size(); ++r) {
    std::vector<int> members;
    for (int s : order_) {
      if (states_[static_cast<std::size_t>(s)].region == static_cast<int>(r)) members.push_back(s);
    }
    if (members.empty()) continue;
    const Region& region = regions_[r];
    std::vector<Node*> body;
    if (region.catch_label) {
      body.push_back(b_.expr_stmt(b_.assign(b_.ident(input_), b_.ident(error_), origin)));
      for (Node* s : goto_stmt(*region.catch_label, origin)->list) body.push_back(s);
    } else {
      Node* record = b_.make(Kind::Object, origin);
      Node* type = b_.property(b_.ident("type"), b_.string_lit("throw"), origin);
      Node* value = b_.property(b_.ident("value"), b_.ident(error_), origin);
      record->list = b_.list({type, value});
      body.push_back(b_.expr_stmt(b_.assign(b_.ident(region.completion), record, origin)));
      for (Node* s : goto_stmt(*region.finally_label, origin)->list) body.push_back(s);
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
      Node* c = b_.make(Kind::SwitchCase, origin);
      ast::test(c) = b_.string_lit(state_name(members[i]));
      if (i + 1 == members.size()) c->list = b_.list(body);
      cases.push_back(c);
    }
  }
  std::vector<Node*> out;
  if (!cases.empty()) {
    Node* sw = b_.make(Kind::Switch, origin);
    ast::discriminant(sw) = b_.ident(state_);
    sw->list = b_.list(cases);
    out.push_back(sw);
  }
  if (fn_.generator) {
    // The runner completes the generator with the throw (AsyncGeneratorStart step 4.k).
    Node* th = b_.make(Kind::Throw, origin);
    ast::argument(th) = b_.ident(error_);
    out.push_back(th);
  } else {
    out.push_back(b_.ret(fn_.reject_call(b_.ident(error_), origin), origin));
  }
  return b_.block(out, origin);
}

std::vector<Node*> MachineSink::finish(std::vector<Node*> hoisted_functions) {
  const Node* origin = nullptr;
  // The switch over states, in the order they were placed.
  std::vector<Node*> cases;
  for (int s : order_with_start()) {
    const State& st = states_[static_cast<std::size_t>(s)];
    Node* c = b_.make(Kind::SwitchCase);
    ast::test(c) = b_.string_lit(st.name);
    std::vector<Node*> code = st.code;
    for (auto it = st.with_objects.rbegin(); it != st.with_objects.rend(); ++it) {
      Node* with = b_.make(Kind::With);
      ast::object(with) = b_.ident(*it);
      ast::body(with) = b_.block(code);
      code = {with};
    }
    c->list = b_.list(code);
    cases.push_back(c);
  }
  Node* dispatch = b_.make(Kind::Switch);
  ast::discriminant(dispatch) = b_.ident(state_);
  dispatch->list = b_.list(cases);

  Node* rethrow = b_.make(Kind::If);
  Node* clear;
  if (fn_.generator) {
    // step(input, mode): the runner's completion type, 'normal', 'throw' or 'return'.
    ast::test(rethrow) = mode_is("throw", origin);
    clear = b_.expr_stmt(b_.assign(b_.ident(threw_), b_.ident("undefined"), origin));
  } else {
    ast::test(rethrow) = b_.ident(threw_);
    clear = b_.expr_stmt(b_.assign(b_.ident(threw_), b_.make(Kind::Bool), origin));
    ast::value(ast::expression(clear))->text = "false";
  }
  Node* th = b_.make(Kind::Throw);
  ast::argument(th) = b_.ident(input_);
  ast::consequent(rethrow) = b_.block(std::vector<Node*>{clear, th});

  Node* tr = b_.make(Kind::Try);
  ast::block(tr) = b_.block(std::vector<Node*>{rethrow, dispatch});
  Node* handler = b_.make(Kind::Catch);
  ast::param(handler) = b_.ident(error_);
  ast::body(handler) = catch_dispatch(origin);
  ast::handler(tr) = handler;

  Node* loop = b_.make(Kind::For);
  ast::body(loop) = b_.block(std::vector<Node*>{tr});
  Node* labeled = b_.make(Kind::Labeled);
  labeled->text = b_.str(machine_);
  ast::body(labeled) = loop;

  Node* step_fn = b_.make(Kind::Arrow);
  step_fn->list = b_.list({b_.ident(input_), b_.ident(threw_)});
  ast::body(step_fn) = b_.block(std::vector<Node*>{labeled});

  Node* throw_into = b_.make(Kind::Arrow);
  throw_into->list = b_.list({b_.ident(error_)});
  Node* yes = b_.make(Kind::Bool);
  yes->text = "true";
  ast::body(throw_into) = b_.call(b_.ident(step_), {b_.ident(error_), yes});

  std::vector<Node*> out;
  // let state = 'start', t1, v, …;
  std::vector<Node*> declarators;
  Node* first = b_.make(Kind::Declarator);
  ast::target(first) = b_.ident(state_);
  ast::init(first) = b_.string_lit("start");
  declarators.push_back(first);
  for (const std::string& h : hoisted_) {
    Node* d = b_.make(Kind::Declarator);
    ast::target(d) = b_.ident(h);
    declarators.push_back(d);
  }
  Node* decl = b_.make(Kind::VarDecl);
  decl->text = "let";
  decl->list = b_.list(declarators);
  out.push_back(decl);
  out.insert(out.end(), hoisted_functions.begin(), hoisted_functions.end());
  out.push_back(b_.var("const", b_.ident(step_), step_fn));
  if (fn_.generator) {
    // The async-generator runner starts and resumes `step` (AsyncGeneratorStart).
    out.push_back(b_.ret(b_.ident(step_), origin));
    return out;
  }
  out.push_back(b_.var("const", b_.ident(throw_into_), throw_into));
  out.push_back(b_.expr_stmt(b_.call(b_.ident(step_), std::vector<Node*>{})));
  return out;
}

}  // namespace desugar::promise
