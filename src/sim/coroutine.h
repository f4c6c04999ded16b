// Native coroutines: each generator or async function activation runs on its own stack, so the
// tree-walking interpreter can suspend in the middle of an expression (at `yield` or `await`) and
// resume later from a job, exactly where the spec's execution context was suspended
// (#sec-generatorstart, #sec-asyncblockstart). The switch saves the callee-saved registers on the
// suspended stack, which is also what the collector scans conservatively.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace desugar::sim {

class StackPool {
 public:
  static constexpr std::size_t kStackSize = std::size_t{4} << 20;  // virtual; touched on use
  ~StackPool();
  char* take();  // returns the low end; the stack spans [low, low + kStackSize)
  void give(char* low, const void* deepest_sp);
  std::size_t live() const { return live_; }

 private:
  std::vector<char*> free_;
  std::size_t live_ = 0;
};

class Coroutine {
 public:
  using Entry = void (*)(void* arg);
  Coroutine(StackPool& pool, Entry entry, void* arg);
  ~Coroutine();
  Coroutine(const Coroutine&) = delete;
  Coroutine& operator=(const Coroutine&) = delete;

  // From outside: runs the coroutine until it suspends or finishes.
  void resume();
  // From inside: returns control to whoever called resume().
  void suspend();
  // From inside, as the entry's last act: never returns.
  [[noreturn]] void finish();

  bool finished() const { return finished_; }
  bool running() const { return running_; }
  // The part of the stack in use while suspended (for conservative scanning).
  const void* scan_low() const { return sp_; }
  const void* scan_high() const { return stack_ + StackPool::kStackSize; }
  char* stack_low() const { return stack_; }
  // Deepest stack address reached (recorded by stack checks) and the overflow limit.
  const char* limit() const { return stack_ + kReserve; }
  static constexpr std::size_t kReserve = 256 * 1024;
  const char* deepest = nullptr;  // lowest stack address seen by stack checks

 private:
  StackPool& pool_;
  char* stack_ = nullptr;
  void* sp_ = nullptr;          // this coroutine's saved stack pointer while suspended
  void* resumer_sp_ = nullptr;  // the resumer's saved stack pointer while running
  bool running_ = false;
  bool finished_ = false;
};

}  // namespace desugar::sim
