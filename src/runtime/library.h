// The runtime parsed: each piece's statements and each template's program, built once by the
// driver (driver/runtime_library.cpp) and only read afterwards, so threads may share it. Source
// ranges are zero; the passes copy nodes out of it (passes/runtime.h) and never change it.
#pragma once
#include <array>
#include <vector>

#include "ast/ast.h"
#include "runtime/helpers.h"

namespace desugar {

struct RuntimeLibrary {
  std::array<std::vector<const Node*>, kPieceCount> pieces;
  std::array<const Node*, kTemplateCount> templates{};  // each a Program

  const std::vector<const Node*>& piece(Piece p) const {
    return pieces[static_cast<std::size_t>(p)];
  }
  const Node* template_program(Template t) const { return templates[static_cast<std::size_t>(t)]; }
};

}  // namespace desugar
