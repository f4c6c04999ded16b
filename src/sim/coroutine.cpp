#include "sim/coroutine.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>

#if !defined(__x86_64__)
#include <ucontext.h>
#endif

// AddressSanitizer must be told about stack switches (sanitizer/common_interface_defs.h). GCC
// says it is on with __SANITIZE_ADDRESS__, clang (before 18) only through __has_feature.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) && !defined(__SANITIZE_ADDRESS__)
#define __SANITIZE_ADDRESS__ 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define DESUGAR_ASAN_START(save, bottom, size) __sanitizer_start_switch_fiber(save, bottom, size)
#define DESUGAR_ASAN_FINISH(save, bottom, size) __sanitizer_finish_switch_fiber(save, bottom, size)
// A finished coroutine never returns from its last frames, so their redzones stay poisoned;
// a reused stack must start clean.
#include <sanitizer/asan_interface.h>
#define DESUGAR_ASAN_UNPOISON(low, size) __asan_unpoison_memory_region(low, size)
#else
#define DESUGAR_ASAN_UNPOISON(low, size) ((void)(low), (void)(size))
#define DESUGAR_ASAN_START(save, bottom, size) ((void)(save), (void)(bottom), (void)(size))
#define DESUGAR_ASAN_FINISH(save, bottom, size) ((void)(save), (void)(bottom), (void)(size))
#endif

namespace desugar::sim {

namespace {

struct StartRecord {
  Coroutine::Entry entry;
  void* arg;
  Coroutine* self;
};

}  // namespace

#if defined(__x86_64__)
// desugar_sim_switch(void** save, void* load): saves the callee-saved registers and the stack
// pointer into *save, then continues on the stack `load` (System V AMD64 ABI).
extern "C" void desugar_sim_switch(void** save, void* load);
extern "C" void desugar_sim_trampoline();
asm(R"(
  .text
  .globl desugar_sim_switch
  .type desugar_sim_switch,@function
desugar_sim_switch:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .size desugar_sim_switch,.-desugar_sim_switch

  .globl desugar_sim_trampoline
  .type desugar_sim_trampoline,@function
desugar_sim_trampoline:
  movq %r12, %rdi
  andq $-16, %rsp
  call *%r13
  ud2
  .size desugar_sim_trampoline,.-desugar_sim_trampoline
)");
#endif

namespace {

[[noreturn]] void run_start(StartRecord* rec) {
  Coroutine* self = rec->self;
  self->arrived();
  Coroutine::Entry entry = rec->entry;
  void* arg = rec->arg;
  delete rec;
  entry(arg);
  self->finish();
}

#if !defined(__x86_64__)
struct UContexts {
  ucontext_t self, resumer;
};
void ucontext_start(unsigned hi, unsigned lo) {
  auto p = (static_cast<std::uintptr_t>(hi) << 32) | lo;
  run_start(reinterpret_cast<StartRecord*>(p));
}
#endif

}  // namespace

StackPool::~StackPool() {
  for (char* r : regions_) munmap(r, kStackSize * kSlotsPerRegion);
}

char* StackPool::take() {
  if (free_.empty()) {
    // A new region of stacks: address space only (MAP_NORESERVE); pages come as they are used.
    std::size_t bytes = kStackSize * kSlotsPerRegion;
    void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    auto* base = static_cast<char*>(p);
    regions_.push_back(base);
    for (std::size_t i = kSlotsPerRegion; i-- > 0;) free_.push_back(base + i * kStackSize);
  }
  ++live_;
  char* s = free_.back();
  free_.pop_back();
  DESUGAR_ASAN_UNPOISON(s, kStackSize);
  return s;
}

void StackPool::give(char* low, const void* deepest_sp) {
  --live_;
  // Give back the pages of a stack that once ran deep, so reused stacks stay small.
  // With many stacks free (a burst of activations has ended), give all their pages back.
  const char* deep = static_cast<const char*>(deepest_sp);
  char* keep_from = free_.size() > 4096 ? low + kStackSize : low + kStackSize - 64 * 1024;
  if ((deep != nullptr && deep < keep_from) || free_.size() > 4096) {
    madvise(low, static_cast<std::size_t>(keep_from - low), MADV_DONTNEED);
  }
  free_.push_back(low);
}

#if defined(__x86_64__)

Coroutine::Coroutine(StackPool& pool, Entry entry, void* arg) : pool_(pool) {
  stack_ = pool_.take();
  auto top = reinterpret_cast<std::uintptr_t>(stack_ + StackPool::kStackSize) & ~std::uintptr_t{15};
  auto* words = reinterpret_cast<void**>(top);
  // Initial frame popped by desugar_sim_switch: r15 r14 r13 r12 rbx rbp, then the return address.
  words[-1] = nullptr;
  words[-2] = reinterpret_cast<void*>(&desugar_sim_trampoline);
  words[-3] = nullptr;                              // rbp
  words[-4] = nullptr;                              // rbx
  words[-5] = new StartRecord{entry, arg, this};    // r12: argument
  words[-6] = reinterpret_cast<void*>(&run_start);  // r13: function
  words[-7] = nullptr;                              // r14
  words[-8] = nullptr;                              // r15
  sp_ = &words[-8];
}

Coroutine::~Coroutine() {
  if (!finished_ && sp_ != nullptr && !running_ && saved_ == nullptr) {
    // Never started: the start record is still in the initial frame.
    auto top =
        reinterpret_cast<std::uintptr_t>(stack_ + StackPool::kStackSize) & ~std::uintptr_t{15};
    auto* words = reinterpret_cast<void**>(top);
    if (sp_ == &words[-8]) delete static_cast<StartRecord*>(words[-5]);
  }
  std::free(saved_);
  pool_.give(stack_, deepest);
}

void Coroutine::page_out() {
  if (running_ || finished_ || saved_ != nullptr) return;
  char* top = stack_ + StackPool::kStackSize;
  auto* low = static_cast<char*>(sp_);
  saved_size_ = static_cast<std::size_t>(top - low);
  saved_ = static_cast<char*>(std::malloc(saved_size_));
  if (saved_ == nullptr) throw std::bad_alloc();
  std::memcpy(saved_, low, saved_size_);
  std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  auto from = reinterpret_cast<std::uintptr_t>(low) & ~(page - 1);
  madvise(reinterpret_cast<void*>(from),
          static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(top) - from), MADV_DONTNEED);
}

void Coroutine::page_in() {
  std::memcpy(sp_, saved_, saved_size_);
  std::free(saved_);
  saved_ = nullptr;
  saved_size_ = 0;
}

const void* Coroutine::scan_low() const {
  return saved_ != nullptr ? static_cast<const void*>(saved_) : sp_;
}
const void* Coroutine::scan_high() const {
  return saved_ != nullptr ? static_cast<const void*>(saved_ + saved_size_)
                           : static_cast<const void*>(stack_ + StackPool::kStackSize);
}

void Coroutine::resume() {
  if (running_ || finished_) throw std::logic_error("coroutine resumed while running or finished");
  if (saved_ != nullptr) page_in();
  running_ = true;
  void* fake = nullptr;
  DESUGAR_ASAN_START(&fake, stack_, StackPool::kStackSize);
  desugar_sim_switch(&resumer_sp_, sp_);
  DESUGAR_ASAN_FINISH(fake, nullptr, nullptr);
}

void Coroutine::arrived() {
  const void* bottom = nullptr;
  std::size_t size = 0;
  DESUGAR_ASAN_FINISH(nullptr, &bottom, &size);
  resumer_bottom_ = bottom;
  resumer_size_ = size;
}

void Coroutine::suspend() {
  running_ = false;
  void* fake = nullptr;
  DESUGAR_ASAN_START(&fake, resumer_bottom_, resumer_size_);
  desugar_sim_switch(&sp_, resumer_sp_);
  const void* bottom = nullptr;
  std::size_t size = 0;
  DESUGAR_ASAN_FINISH(fake, &bottom, &size);
  resumer_bottom_ = bottom;
  resumer_size_ = size;
}

void Coroutine::finish() {
  running_ = false;
  finished_ = true;
  void* dead = nullptr;
  DESUGAR_ASAN_START(nullptr, resumer_bottom_, resumer_size_);
  desugar_sim_switch(&dead, resumer_sp_);
  std::abort();
}

#else  // portable fallback: ucontext

Coroutine::Coroutine(StackPool& pool, Entry entry, void* arg) : pool_(pool) {
  stack_ = pool_.take();
  auto* u = new UContexts();
  sp_ = u;
  getcontext(&u->self);
  std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  u->self.uc_stack.ss_sp = stack_ + page;
  u->self.uc_stack.ss_size = StackPool::kStackSize - page;
  u->self.uc_link = nullptr;
  auto p = reinterpret_cast<std::uintptr_t>(new StartRecord{entry, arg, this});
  makecontext(&u->self, reinterpret_cast<void (*)()>(&ucontext_start), 2,
              static_cast<unsigned>(p >> 32), static_cast<unsigned>(p));
}

Coroutine::~Coroutine() {
  delete static_cast<UContexts*>(sp_);
  pool_.give(stack_, deepest);
}

void Coroutine::page_out() {}
void Coroutine::page_in() {}
void Coroutine::arrived() {}
const void* Coroutine::scan_low() const { return stack_; }
const void* Coroutine::scan_high() const { return stack_ + StackPool::kStackSize; }

void Coroutine::resume() {
  running_ = true;
  auto* u = static_cast<UContexts*>(sp_);
  swapcontext(&u->resumer, &u->self);
}

void Coroutine::suspend() {
  running_ = false;
  auto* u = static_cast<UContexts*>(sp_);
  swapcontext(&u->self, &u->resumer);
}

void Coroutine::finish() {
  running_ = false;
  finished_ = true;
  auto* u = static_cast<UContexts*>(sp_);
  setcontext(&u->resumer);
  std::abort();
}

#endif

}  // namespace desugar::sim
