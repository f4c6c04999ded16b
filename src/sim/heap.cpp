#include "sim/heap.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace desugar::sim {

namespace {

constexpr std::size_t kClassSizes[] = {16,   32,   48,   64,   80,   96,   112,  128, 160, 192,
                                       224,  256,  320,  384,  448,  512,  640,  768, 896, 1024,
                                       1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096};
constexpr int kNumClasses = sizeof(kClassSizes) / sizeof(kClassSizes[0]);

}  // namespace

// Chunk header, at the start of each aligned chunk; `used` has one byte per cell.
struct Heap::Chunk {
  std::uint32_t cell_size;
  std::uint32_t ncells;
  std::uint32_t first;  // byte offset of cell 0
  std::uint32_t bump;   // cells [bump, ncells) were never handed out
  std::uint32_t nused;
  int cls;
  std::uint8_t used[1];

  char* base() { return reinterpret_cast<char*>(this); }
  char* cell(std::uint32_t i) { return base() + first + std::size_t{i} * cell_size; }
  std::uint32_t index_of(const void* p) {
    return static_cast<std::uint32_t>((static_cast<const char*>(p) - base() - first) / cell_size);
  }
};

Heap::Heap() = default;

Heap::~Heap() {
  for (void* s : spare_chunks_) std::free(s);
  for (Chunk* c : chunks_) {
    for (std::uint32_t i = 0; i < c->bump; ++i) {
      if (c->used[i]) reinterpret_cast<Cell*>(c->cell(i))->~Cell();
    }
    std::free(c);
  }
  for (auto& [addr, size] : big_) {
    reinterpret_cast<Cell*>(addr)->~Cell();
    std::free(reinterpret_cast<void*>(addr));
  }
}

int Heap::size_class(std::size_t size) {
  for (int i = 0; i < kNumClasses; ++i) {
    if (size <= kClassSizes[i]) return i;
  }
  return -1;
}

Heap::Chunk* Heap::new_chunk(int cls) {
  void* mem = nullptr;
  if (!spare_chunks_.empty()) {
    mem = spare_chunks_.back();
    spare_chunks_.pop_back();
  } else {
    mem = std::aligned_alloc(kChunkSize, kChunkSize);
  }
  if (mem == nullptr) throw std::bad_alloc();
  auto* c = static_cast<Chunk*>(mem);
  c->cell_size = static_cast<std::uint32_t>(kClassSizes[cls]);
  std::size_t header = offsetof(Chunk, used);
  std::uint32_t n = static_cast<std::uint32_t>((kChunkSize - header - 64) / (c->cell_size + 1));
  std::size_t first = (header + n + 63) & ~std::size_t{63};
  while (first + std::size_t{n} * c->cell_size > kChunkSize) --n;
  c->ncells = n;
  c->first = static_cast<std::uint32_t>(first);
  c->bump = 0;
  c->nused = 0;
  c->cls = cls;
  std::memset(c->used, 0, n);
  chunks_.push_back(c);
  chunk_bases_.insert(reinterpret_cast<std::uintptr_t>(c));
  std::size_t bytes = chunks_.size() * kChunkSize;
  if (bytes > peak_bytes_) peak_bytes_ = bytes;
  return c;
}

void* Heap::allocate(std::size_t size) {
  int cls = size_class(size);
  if (cls < 0) return allocate_big(size);
  allocated_since_gc_ += kClassSizes[cls];
  if (void* p = free_lists_[cls]) {
    free_lists_[cls] = *static_cast<void**>(p);
    auto* c = reinterpret_cast<Chunk*>(reinterpret_cast<std::uintptr_t>(p) & ~(kChunkSize - 1));
    c->used[c->index_of(p)] = 1;
    ++c->nused;
    return p;
  }
  // Bump from the newest chunk of this class, or a fresh one.
  Chunk* c = bump_chunk_[cls];
  if (c == nullptr || c->bump >= c->ncells) c = bump_chunk_[cls] = new_chunk(cls);
  std::uint32_t i = c->bump++;
  c->used[i] = 1;
  ++c->nused;
  return c->cell(i);
}

void* Heap::allocate_big(std::size_t size) {
  void* p = std::malloc(size);
  if (p == nullptr) throw std::bad_alloc();
  big_[reinterpret_cast<std::uintptr_t>(p)] = size;
  allocated_since_gc_ += size;
  return p;
}

Cell* Heap::find_cell(std::uintptr_t word) const {
  std::uintptr_t base = word & ~(kChunkSize - 1);
  if (chunk_bases_.count(base) != 0) {
    auto* c = reinterpret_cast<Chunk*>(base);
    if (word < base + c->first) return nullptr;
    std::uint32_t i = c->index_of(reinterpret_cast<const void*>(word));
    if (i >= c->bump || !c->used[i]) return nullptr;
    return reinterpret_cast<Cell*>(c->cell(i));
  }
  if (big_.empty()) return nullptr;
  auto it = big_.upper_bound(word);
  if (it == big_.begin()) return nullptr;
  --it;
  if (word < it->first + it->second) return reinterpret_cast<Cell*>(it->first);
  return nullptr;
}

// Reads other stacks' words, including ones the address sanitizer keeps poisoned.
__attribute__((no_sanitize("address"))) void Tracer::scan_conservatively(const void* lo,
                                                                         const void* hi) {
  auto p = reinterpret_cast<std::uintptr_t>(lo) & ~std::uintptr_t{7};
  auto end = reinterpret_cast<std::uintptr_t>(hi);
  for (; p + sizeof(std::uintptr_t) <= end; p += sizeof(std::uintptr_t)) {
    std::uintptr_t word = *reinterpret_cast<const std::uintptr_t*>(p);
    if (Cell* c = heap_.find_cell(word)) mark(c);
  }
}

void Tracer::drain() {
  while (!stack_.empty()) {
    Cell* c = stack_.back();
    stack_.pop_back();
    c->trace(*this);
  }
}

void Heap::collect() {
  Tracer tracer(*this);
  for (auto& root : roots_) root(tracer);
  // Pinned cells are roots too (their references must survive).
  for (Chunk* c : chunks_) {
    for (std::uint32_t i = 0; i < c->bump; ++i) {
      if (!c->used[i]) continue;
      auto* cell = reinterpret_cast<Cell*>(c->cell(i));
      if (cell->gc_pinned) tracer.mark(cell);
    }
  }
  tracer.drain();
  sweep();
  ++collections_;
  allocated_since_gc_ = 0;
  threshold_ = std::max<std::size_t>(std::size_t{32} << 20, live_bytes_);
}

void Heap::sweep() {
  for (int i = 0; i < kClasses; ++i) {
    free_lists_[i] = nullptr;
    bump_chunk_[i] = nullptr;
  }
  live_bytes_ = 0;
  std::vector<Chunk*> kept;
  kept.reserve(chunks_.size());
  for (Chunk* c : chunks_) {
    for (std::uint32_t i = 0; i < c->bump; ++i) {
      if (!c->used[i]) continue;
      auto* cell = reinterpret_cast<Cell*>(c->cell(i));
      if (cell->gc_marked) {
        cell->gc_marked = false;
        continue;
      }
      cell->~Cell();
      c->used[i] = 0;
      --c->nused;
    }
    if (c->nused == 0) {
      chunk_bases_.erase(reinterpret_cast<std::uintptr_t>(c));
      if (spare_chunks_.size() < 256)
        spare_chunks_.push_back(c);
      else
        std::free(c);
      continue;
    }
    kept.push_back(c);
  }
  chunks_ = std::move(kept);
  // Rebuild the free lists from the surviving chunks (cells below each chunk's bump mark).
  for (Chunk* c : chunks_) {
    live_bytes_ += std::size_t{c->nused} * c->cell_size;
    if (c->bump < c->ncells) bump_chunk_[c->cls] = c;
    for (std::uint32_t i = c->bump; i-- > 0;) {
      if (c->used[i]) continue;
      void* p = c->cell(i);
      *static_cast<void**>(p) = free_lists_[c->cls];
      free_lists_[c->cls] = p;
    }
  }
  for (auto it = big_.begin(); it != big_.end();) {
    auto* cell = reinterpret_cast<Cell*>(it->first);
    if (cell->gc_marked) {
      cell->gc_marked = false;
      live_bytes_ += it->second;
      ++it;
      continue;
    }
    cell->~Cell();
    std::free(reinterpret_cast<void*>(it->first));
    it = big_.erase(it);
  }
}

}  // namespace desugar::sim
