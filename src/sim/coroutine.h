// Native coroutines: each generator or async function activation runs on its own stack, so the
// tree-walking interpreter can suspend in the middle of an expression (at `yield` or `await`) and
// resume later from a job, exactly where the spec's execution context was suspended
// (#sec-generatorstart, #sec-asyncblockstart). The switch saves the callee-saved registers on the
// suspended stack, which is also what the collector scans conservatively.
//
// Stacks are 1 MiB slots carved from large reserved regions (one mapping per 1024 stacks), touched
// only as used. When many activations are suspended at once, a suspended stack's used part is
// copied out and its pages given back ("paged out"); it is copied back to the same addresses
// before the activation resumes, so pointers into it stay valid.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace desugar::sim {

class StackPool {
 public:
  static constexpr std::size_t kStackSize = std::size_t{1} << 20;
  static constexpr std::size_t kSlotsPerRegion = 1024;
  static constexpr std::size_t kMaxLive = 1'000'000;  // 1 TiB of address space
  ~StackPool();
  char* take();  // the low end; the stack spans [low, low + kStackSize)
  void give(char* low, const void* deepest_sp);
  std::size_t live() const { return live_; }

 private:
  std::vector<char*> regions_;
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

  // Called on the coroutine's stack when it first runs (sanitizer bookkeeping).
  void arrived();
  // While suspended: copies the used stack out and releases its pages (resume() restores it).
  void page_out();
  bool paged_out() const { return saved_ != nullptr; }

  bool finished() const { return finished_; }
  bool running() const { return running_; }
  // The part of the stack in use while suspended (for conservative scanning): on the stack, or
  // in the saved copy when paged out.
  const void* scan_low() const;
  const void* scan_high() const;
  char* stack_low() const { return stack_; }
  // The overflow limit that stack checks refuse at.
  const char* limit() const { return stack_ + kReserve; }
  static constexpr std::size_t kReserve = 96 * 1024;
  const char* deepest = nullptr;  // lowest stack address seen by stack checks

 private:
  void page_in();
  StackPool& pool_;
  char* stack_ = nullptr;
  void* sp_ = nullptr;          // this coroutine's saved stack pointer while suspended
  void* resumer_sp_ = nullptr;  // the resumer's saved stack pointer while running
  char* saved_ = nullptr;       // paged-out copy of [sp_, top)
  std::size_t saved_size_ = 0;
  const void* resumer_bottom_ = nullptr;  // the resumer's stack, for AddressSanitizer
  std::size_t resumer_size_ = 0;
  bool running_ = false;
  bool finished_ = false;
};

}  // namespace desugar::sim
