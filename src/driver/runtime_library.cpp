#include "driver/runtime_library.h"

#include <stdexcept>
#include <string>

#include "ast/arena.h"
#include "parse/parse.h"
#include "passes/visit.h"

namespace desugar {

namespace {

void clear_ranges(Node* n) {
  n->begin = n->end = 0;
  for_each_child(n, [](Node*& child) { clear_ranges(child); });
}

// Owns the parsed nodes; built on first use (a function-local static: thread-safe), never changed.
struct ParsedRuntime {
  Arena arena;
  RuntimeLibrary library;

  ParsedRuntime() {
    auto parse = [&](std::string_view text, const char* what) {
      ParseResult parsed = parse_js_text(text, /*is_module=*/false, arena, nullptr);
      if (!parsed.ok)
        throw std::logic_error(std::string("desugar runtime does not parse: ") + what);
      clear_ranges(parsed.program);
      return parsed.program;
    };
    for (std::size_t i = 0; i < kPieceCount; ++i) {
      const Node* program = parse(piece_text(static_cast<Piece>(i)), "piece");
      library.pieces[i].assign(program->list.begin(), program->list.end());
    }
    for (std::size_t i = 0; i < kTemplateCount; ++i) {
      library.templates[i] = parse(template_text(static_cast<Template>(i)), "template");
    }
  }
};

}  // namespace

const RuntimeLibrary& runtime_library() {
  static const ParsedRuntime parsed;
  return parsed.library;
}

}  // namespace desugar
