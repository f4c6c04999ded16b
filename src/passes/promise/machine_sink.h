// The state machine's builder: states (the pieces of the body between suspension points and
// jumps), try regions, and the rendering into one `step` function.
//
//   let state = 'start';
//   const step = (input, threw) => {
//     machine: for (;;) {
//       try {
//         if (threw) { threw = false; throw input; }   // a rejected await throws at the await
//         switch (state) {
//           case 'start': …; state = 'after_await_L4'; return __ds_awaitValue(x, step, throwInto);
//           case 'after_await_L4': v = input; …
//         }
//       } catch (error) {
//         // the innermost try around the state that threw catches it, else the promise rejects
//       }
//     }
//   };
//
// The IR. machine*.cpp lowers statements with these operations; finish() renders them.
//
//   operation              emitted JS
//   ---------------------  ------------------------------------------------------------------
//   new_label(base)        nothing yet: a state named `base_L<line>` (made unique), not placed
//   mark(L)                `state = 'L';` if the current state falls through, then `case 'L':`
//                          begins; L belongs to the current region
//   emit(stmt)             `stmt` appended to the current state
//   jump(L)                `state = 'L'; continue machine;` (goto_stmt); the state is finished
//   jump_unless(test, L)   `if (!(test)) { state = 'L'; continue machine; }`
//   suspend(x) → v         `state = 'after_await_L'; return __ds_awaitValue(x, step, throwInto);`
//                          then `case 'after_await_L': value = input;` and v reads `value`
//   suspend_into(x, t)     the same, assigning `t = input` (a variable or pattern) on resume
//   temp(init) → t         `t = init;` with `t` hoisted to the executor (`let t1, t2;`)
//   hoist(name)            `name` declared once in the executor, before `step`
//   push_region(R)         a try region; states marked while it is current are in it
//   set_region(r)          enter or leave a region (kNoRegion: outside every try)
//   completion records     `c = {type: 'normal'|'return'|'throw'|'jump', value, target}`, set
//                          before a finally state runs and re-dispatched when it ends
//                          (MachineLowering::try_statement, route_return, route_jump)
//
// finish() emits: the hoisted variables, `step` with every placed state in placement order, a
// catch that sends a throw to the region's catch state (`input = error`) or finally state (a
// throw completion), or rejects outside every try, and the first call `step()`.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "passes/promise/lowering_context.h"
#include "passes/promise/sink.h"

namespace desugar::promise {

// The region of states outside every try statement.
inline constexpr int kNoRegion = -1;

// A try region: the states of a try block (or of a catch block with a finally), and where a throw,
// return or jump leaving them goes.
struct Region {
  int parent = kNoRegion;
  std::optional<int> catch_label;    // throw → input = error, go to the catch state
  std::optional<int> finally_label;  // throw → completion = {type: 'throw'}; return and jumps too
  std::string completion;            // the finally's completion record variable
};

class MachineSink : public BranchingSink {
 public:
  explicit MachineSink(FunctionContext& fn);

  void emit(Node* stmt) override;
  Node* suspend(Node* operand, const Node* origin) override;
  void suspend_effect(Node* operand, const Node* origin) override {
    suspend_into(operand, nullptr, origin);
  }
  Node* temp(Node* init, const Node* origin) override;
  Node* temp_var(const Node* origin) override;
  int new_label() override { return new_label("L"); }
  void mark(int label) override;
  void jump(int label) override;
  void jump_unless(Node* test, int label) override;

  int new_label(const std::string& base, const Node* origin = nullptr);
  void suspend_into(Node* operand, Node* target, const Node* origin);
  // A hoisted variable of the executor (user declarations in split code, temporaries).
  // Returns false when the name cannot share the executor scope (it clashes with a parameter
  // whose scope is separate from the body's).
  bool hoist(std::string_view name);
  Node* hoisted_temp(std::string_view base, const Node* origin);
  // The statements `state = 'x'; continue machine;`.
  Node* goto_stmt(int label, const Node* origin);
  std::string_view state_name(int label) const {
    return states_[static_cast<std::size_t>(label)].name;
  }

  int region() const { return region_; }
  void set_region(int r) { region_ = r; }
  int push_region(Region r);
  const Region& region_at(int r) const { return regions_[static_cast<std::size_t>(r)]; }
  bool terminated() const { return terminated_; }
  void set_terminated() { terminated_ = true; }

  // The executor statements: hoisted variables, the step function, the first call.
  std::vector<Node*> finish(std::vector<Node*> hoisted_functions);

  // States marked from now on run inside `with (object) { … }` (MachineLowering::with_statement).
  void push_with(std::string object) { withs_.push_back(std::move(object)); }
  void pop_with() { withs_.pop_back(); }
  FunctionContext& fn() { return fn_; }
  std::string_view input_name() const { return input_; }
  // An async generator's `return` at a yield: the code of `return value` at the current state
  // (through the finally blocks around it), which MachineLowering knows.
  std::function<Node*(Node* value, const Node* origin)> route_return;

 private:
  struct State {
    std::string name;
    int region = kNoRegion;
    bool placed = false;
    std::vector<Node*> code;
    std::vector<std::string> with_objects;  // the `with` statements around it, outermost first
  };
  Node* catch_dispatch(const Node* origin);
  void resume_after_yield(const Node* origin);
  Node* mode_is(std::string_view mode, const Node* origin);
  std::vector<int> order_with_start() const {
    std::vector<int> all{0};
    all.insert(all.end(), order_.begin(), order_.end());
    return all;
  }

  FunctionContext& fn_;
  AstBuilder& b_;
  std::vector<State> states_;
  std::vector<Region> regions_;
  std::vector<std::string> hoisted_;
  std::vector<int> order_;  // placed states after 'start', in placement order
  std::vector<std::string> withs_;
  int current_ = 0;
  int region_ = kNoRegion;
  bool terminated_ = false;
  int temps_ = 0;
  std::string state_, step_, input_, threw_, throw_into_, machine_, error_;
};

}  // namespace desugar::promise
