// The state of a generator, async function or async generator activation: its code evaluation
// state lives on its own coroutine stack; this cell holds what the spec keeps in the generator
// object's internal slots (#sec-properties-of-generator-instances) or in the async function's
// execution context, plus the values passed across each suspension.
#pragma once
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "sim/coroutine.h"
#include "sim/interp.h"

namespace desugar::sim {

enum class ActKind : std::uint8_t { Generator, Async, AsyncGenerator };
enum class GenState : std::uint8_t {
  SuspendedStart,
  SuspendedYield,
  Executing,
  AwaitingReturn,
  Completed
};
enum class ResumeMode : std::uint8_t { Next, Throw, Return };

// #sec-asyncgeneratorrequest-records
struct AsyncGenRequest {
  ResumeMode mode;
  Value value;
  Capability cap;
};

struct Activation final : Cell {
  explicit Activation(Interp& i) : in(i) {}
  ~Activation() override { delete co; }
  Interp& in;
  std::vector<Value> args;                      // arguments, until the coroutine binds them
  bool raw_result = false;                      // yield*: `transfer` is already an iterator result
  std::unique_ptr<std::string> internal_error;  // a C++ exception escaped the coroutine
  void trace(Tracer& t) override;

  ActKind kind = ActKind::Generator;
  GenState state = GenState::SuspendedStart;
  Coroutine* co = nullptr;
  UserFunction* fn = nullptr;
  Frame frame;  // env prepared by FunctionDeclarationInstantiation
  Value this_value;
  Object* generator = nullptr;  // the generator object (generators)
  Capability cap;               // the async function's promise capability

  // Transfer across a switch.
  ResumeMode mode = ResumeMode::Next;
  Value transfer;          // the value sent in, or the value yielded out
  bool completed = false;  // the body finished (normally, by return, or by a throw)
  bool threw = false;
  Value completion;                   // return value or thrown value
  std::unique_ptr<Refusal> refusal;   // a refusal raised inside, rethrown by the resumer
  std::unique_ptr<ProcessExit> exit;  // likewise for process.exit()
  bool is_module = false;             // the module body (top-level await)
  std::uint32_t await_pos = 0;        // where it is suspended (trace labels)

  // Async generators: [[AsyncGeneratorQueue]] (#sec-properties-of-asyncgenerator-intances).
  std::deque<AsyncGenRequest>& queue() {
    if (!queue_store) queue_store = std::make_unique<std::deque<AsyncGenRequest>>();
    return *queue_store;
  }
  std::unique_ptr<std::deque<AsyncGenRequest>> queue_store;
};

// Generator and async generator objects (#sec-properties-of-generator-instances).
struct GeneratorObj final : Object {
  GeneratorObj(Object* proto, Class c) : Object(proto, c) {}
  void trace(Tracer& t) override {
    Object::trace(t);
    t.mark(act);
  }
  Activation* act = nullptr;
};

}  // namespace desugar::sim
