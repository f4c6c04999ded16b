// Names for emitted helpers and temporaries: a reserved prefix that no identifier in the input
// uses, checked rather than hoped for.
#pragma once
#include <string>
#include <string_view>

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

 private:
  std::string prefix_;
  unsigned counter_ = 0;
};

}  // namespace desugar
