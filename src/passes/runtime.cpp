#include "passes/runtime.h"

#include <stdexcept>
#include <string_view>

#include "passes/visit.h"

namespace desugar {

namespace {

constexpr std::string_view kPrefix = "__ds_";

// A deep copy of a library node with `prefix` for "__ds_" in every name, string and comment, and
// the source range of `origin` (or none).
Node* copy_with_prefix(const Node* n, const std::string& prefix, const Node* origin,
                       AstBuilder& b) {
  Node* copy = clone_tree(n, b);
  auto fix = [&](auto&& self, Node* node) -> void {
    node->begin = origin ? origin->begin : 0;
    node->end = origin ? origin->end : 0;
    if (prefix != kPrefix && node->text.find(kPrefix) != std::string_view::npos) {
      std::string text(node->text);
      for (std::size_t at = 0; (at = text.find(kPrefix, at)) != std::string::npos;
           at += prefix.size()) {
        text.replace(at, kPrefix.size(), prefix);
      }
      node->text = b.str(text);
    }
    for_each_child(node, [&](Node*& child) { self(self, child); });
  };
  fix(fix, copy);
  return copy;
}

}  // namespace

std::vector<Node*> runtime_statements(const RuntimeLibrary& library, const HelperSet& helpers,
                                      const RuntimeOptions& options, const std::string& prefix,
                                      AstBuilder& builder) {
  std::vector<Node*> out;
  for (Piece piece : pieces_for(helpers, options)) {
    for (const Node* stmt : library.piece(piece)) {
      out.push_back(copy_with_prefix(stmt, prefix, nullptr, builder));
    }
  }
  return out;
}

Node* instantiate_template(const RuntimeLibrary& library, Template t, const std::string& prefix,
                           const Node* origin, AstBuilder& builder) {
  const Node* program = library.template_program(t);
  if (!program) throw std::logic_error("runtime library without its templates");
  return copy_with_prefix(program, prefix, origin, builder);
}

}  // namespace desugar
