#include "passes/names.h"

#include <unordered_set>
#include <vector>

#include "passes/visit.h"

namespace desugar {

namespace {
// Every identifier-like text in the program (identifiers, private names, labels).
void collect(Node* root, std::vector<std::string_view>& out) {
  std::vector<Node*> stack{root};
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    if (n->kind == Kind::Identifier || n->kind == Kind::PrivateName || n->kind == Kind::Labeled ||
        n->kind == Kind::Verbatim) {
      out.push_back(n->text);
    }
    for_each_child(n, [&](Node*& child) { stack.push_back(child); });
  }
}
}  // namespace

ReservedNames::ReservedNames(const Node* program) {
  std::vector<std::string_view> texts;
  collect(const_cast<Node*>(program), texts);
  for (std::string_view t : texts) used_.emplace(t);
  for (unsigned i = 0;; ++i) {
    std::string candidate = i == 0 ? "__ds_" : "__ds" + std::to_string(i) + "_";
    bool used = false;
    for (std::string_view t : texts) {
      if (t.find(candidate) != std::string_view::npos) {
        used = true;
        break;
      }
    }
    if (!used) {
      prefix_ = candidate;
      return;
    }
  }
}

std::string ReservedNames::readable(std::string_view base) const {
  return used(base) ? name(base) : std::string(base);
}

std::string ReservedNames::fresh(std::string_view base) {
  return prefix_ + std::string(base) + std::to_string(++counter_);
}

}  // namespace desugar
