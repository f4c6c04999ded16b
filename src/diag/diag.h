// Diagnostics are data: an id, a severity and a message, anchored at a byte offset of a source
// file. Rendered as `file:line:col: error[Dnnnn]: message`, the source line and a caret.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

namespace desugar {

enum class DiagId : std::uint16_t {
#define X(id, severity, format) id,
#include "diag/diagnostics.def"
#undef X
};

enum class Severity : std::uint8_t { Error, Warning };

struct Diagnostic {
  DiagId id;
  Severity severity;
  std::uint32_t offset;  // byte offset into the file's text
  std::string message;
};

std::string_view diag_code(DiagId id);  // "D0001"
Severity diag_severity(DiagId id);
std::string_view diag_format(DiagId id);

// Maps byte offsets to 1-based line and column (columns count UTF-8 code points).
class LineMap {
 public:
  explicit LineMap(std::string_view text);
  struct Position {
    std::uint32_t line;
    std::uint32_t column;
  };
  Position position(std::uint32_t offset) const;
  std::string line_col(std::uint32_t offset) const;      // "line:column"
  std::string_view line_text(std::uint32_t line) const;  // without the line break

 private:
  std::string_view text_;
  std::vector<std::uint32_t> line_starts_;
};

class Diagnostics {
 public:
  template <typename... Args>
  void report(DiagId id, std::uint32_t offset, Args&&... args) {
    add(Diagnostic{id, diag_severity(id), offset,
                   fmt::format(fmt::runtime(diag_format(id)), std::forward<Args>(args)...)});
  }
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  bool has_errors() const;
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

// A diagnostic about a whole file (it cannot be read or written): `path: error[Dnnnn]: message`.
template <typename... Args>
std::string render_file_diagnostic(std::string_view path, DiagId id, Args&&... args) {
  return fmt::format("{}: {}[{}]: {}\n", path,
                     diag_severity(id) == Severity::Error ? "error" : "warning", diag_code(id),
                     fmt::format(fmt::runtime(diag_format(id)), std::forward<Args>(args)...));
}

// The lines of a text, without their line breaks; a final line break ends the last line.
std::vector<std::string> split_lines(std::string_view text);

// Renders one diagnostic the way compilers do.
std::string render_diagnostic(const Diagnostic& d, std::string_view path, const LineMap& lines);

}  // namespace desugar
