// The simulator's garbage-collected heap: every string, symbol, object, environment and internal
// record is a Cell. Allocation is by size class from aligned chunks, so any machine word can be
// checked for "points into a live cell" in O(1); that lets the collector scan the native stacks of
// suspended generators and async functions conservatively, while everything else is traced
// precisely through Cell::trace. Collection happens only at safe points (between jobs, on the main
// stack), never in the middle of an evaluation.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <new>
#include <unordered_set>
#include <utility>
#include <vector>

#include "sim/value.h"

namespace desugar::sim {

class Tracer;

struct Cell {
  Cell() = default;
  Cell(const Cell&) = delete;
  Cell& operator=(const Cell&) = delete;
  virtual ~Cell() = default;
  // Marks every cell this one references.
  virtual void trace(Tracer&) {}

  bool gc_marked = false;
  bool gc_pinned = false;      // never collected (interned strings, intrinsics' names)
  std::uint8_t cell_type = 0;  // kCellString / kCellSymbol for property keys
};
inline constexpr std::uint8_t kCellString = 1;
inline constexpr std::uint8_t kCellSymbol = 2;

class Tracer {
 public:
  void mark(Cell* c) {
    if (c != nullptr && !c->gc_marked) {
      c->gc_marked = true;
      stack_.push_back(c);
    }
  }
  void value(const Value& v) {
    if (v.is_cell()) mark(v.cell());
  }
  template <typename Range>
  void values(const Range& r) {
    for (const Value& v : r) value(v);
  }
  // Marks every cell a machine word in [lo, hi) points into.
  void scan_conservatively(const void* lo, const void* hi);

 private:
  friend class Heap;
  explicit Tracer(class Heap& heap) : heap_(heap) {}
  void drain();
  Heap& heap_;
  std::vector<Cell*> stack_;
};

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    void* p = allocate(sizeof(T));
    return new (p) T(std::forward<Args>(args)...);
  }
  // For cells with a trailing array: `extra` bytes after sizeof(T).
  template <typename T, typename... Args>
  T* make_sized(std::size_t extra, Args&&... args) {
    void* p = allocate(sizeof(T) + extra);
    return new (p) T(std::forward<Args>(args)...);
  }

  // Roots are given by callbacks, called at each collection.
  void add_roots(std::function<void(Tracer&)> tracer) { roots_.push_back(std::move(tracer)); }

  bool should_collect() const { return stress_ || allocated_since_gc_ > threshold_; }
  void set_stress(bool on) { stress_ = on; }  // collect at every safe point (testing)
  void collect();

  // The cell that `word` points into, or null.
  Cell* find_cell(std::uintptr_t word) const;

  std::size_t live_bytes() const { return live_bytes_; }
  std::size_t collections() const { return collections_; }
  std::size_t peak_bytes() const { return peak_bytes_; }

 private:
  struct Chunk;
  static constexpr std::size_t kChunkSize = std::size_t{1} << 18;  // 256 KiB, aligned
  static constexpr std::size_t kMaxSmall = 4096;
  static constexpr int kClasses = 32;

  void* allocate(std::size_t size);
  void* allocate_big(std::size_t size);
  static int size_class(std::size_t size);
  Chunk* new_chunk(int cls);
  void sweep();

  std::vector<std::function<void(Tracer&)>> roots_;
  std::vector<Chunk*> chunks_;
  std::vector<void*> spare_chunks_;  // emptied chunks kept for reuse (no page-fault churn)
  std::unordered_set<std::uintptr_t> chunk_bases_;
  void* free_lists_[kClasses] = {};
  Chunk* bump_chunk_[kClasses] = {};
  std::map<std::uintptr_t, std::size_t> big_;  // address -> size
  std::size_t allocated_since_gc_ = 0;
  std::size_t threshold_ = std::size_t{32} << 20;
  std::size_t live_bytes_ = 0;
  std::size_t collections_ = 0;
  std::size_t peak_bytes_ = 0;
  bool stress_ = false;
};

}  // namespace desugar::sim
