// Names for emitted helpers and temporaries: a reserved prefix that no identifier in the input
// uses, checked rather than hoped for.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

#include "ast/ast.h"

namespace desugar {

class ReservedNames {
 public:
  // Picks "__ds_", or "__ds1_", "__ds2_", ... when the program already uses the shorter prefix.
  explicit ReservedNames(const Node* program);
  const std::string& prefix() const { return prefix_; }
  std::string name(std::string_view base) const { return prefix_ + std::string(base); }
  // A fresh name: prefix + base + counter.
  std::string fresh(std::string_view base);
  // `base` itself when no identifier in the program is spelled so (readable output), else the
  // prefixed name.
  std::string readable(std::string_view base) const;
  bool used(std::string_view name) const { return used_.count(std::string(name)) != 0; }

 private:
  std::unordered_set<std::string> used_;
  std::string prefix_;
  unsigned counter_ = 0;
};

}  // namespace desugar
