// Bump allocator for AST nodes, node lists and synthesized strings. Everything it hands out lives
// as long as the arena; nodes are trivially destructible, so nothing is destroyed one by one.
#pragma once
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace desugar {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(std::size_t size, std::size_t align) {
    std::size_t offset = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || offset + size > block_size_) {
      std::size_t want = size > kBlock / 4 ? size + align : kBlock;
      blocks_.push_back(std::make_unique<std::byte[]>(want));
      block_size_ = want;
      offset = 0;
      bytes_reserved_ += want;
    }
    used_ = offset + size;
    return blocks_.back().get() + offset;
  }

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Copies a span of trivially copyable values into the arena.
  template <typename T>
  std::span<T> copy(std::span<const T> items) {
    if (items.empty()) return {};
    T* out = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    std::memcpy(out, items.data(), sizeof(T) * items.size());
    return {out, items.size()};
  }

  std::string_view str(std::string_view s) {
    if (s.empty()) return {};
    char* out = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(out, s.data(), s.size());
    return {out, s.size()};
  }

  std::size_t bytes_reserved() const { return bytes_reserved_; }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::size_t block_size_ = 0;
  std::size_t used_ = 0;
  std::size_t bytes_reserved_ = 0;
};

}  // namespace desugar
