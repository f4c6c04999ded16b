#include "diag/diag.h"

#include <algorithm>

namespace desugar {

namespace {
struct Info {
  std::string_view code;
  Severity severity;
  std::string_view format;
};
constexpr Info kInfo[] = {
#define X(id, severity, format) {#id, Severity::severity, format},
#include "diag/diagnostics.def"
#undef X
};
}  // namespace

std::string_view diag_code(DiagId id) { return kInfo[static_cast<int>(id)].code; }
Severity diag_severity(DiagId id) { return kInfo[static_cast<int>(id)].severity; }
std::string_view diag_format(DiagId id) { return kInfo[static_cast<int>(id)].format; }

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

LineMap::LineMap(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

LineMap::Position LineMap::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  std::uint32_t start = line_starts_[line - 1];
  std::uint32_t column = 1;
  for (std::uint32_t i = start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // skip continuation bytes
  }
  return {line, column};
}

std::string LineMap::line_col(std::uint32_t offset) const {
  Position p = position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    out.emplace_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

std::string_view LineMap::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::uint32_t start = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1
                                                 : static_cast<std::uint32_t>(text_.size());
  std::string_view s = text_.substr(start, end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

namespace {
// A long line (minified code) is shown as an excerpt of about kExcerptColumns code points around
// the caret, the way esbuild does, instead of the whole line and a caret padded to its column.
constexpr std::uint32_t kExcerptColumns = 100;

// Byte offset of the code point at 1-based `column` in `line` (or its end).
std::size_t byte_at_column(std::string_view line, std::uint32_t column) {
  std::uint32_t col = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    if (col == column) return i;
    ++col;
  }
  return line.size();
}

std::uint32_t count_columns(std::string_view s) {
  return static_cast<std::uint32_t>(std::count_if(
      s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}
}  // namespace

std::string render_diagnostic(const Diagnostic& d, std::string_view path, const LineMap& lines) {
  auto pos = lines.position(d.offset);
  std::string out =
      fmt::format("{}:{}:{}: {}[{}]: {}\n", path, pos.line, pos.column,
                  d.severity == Severity::Error ? "error" : "warning", diag_code(d.id), d.message);
  std::string_view src = lines.line_text(pos.line);
  std::uint32_t caret_column = pos.column;
  std::string prefix, suffix;
  if (count_columns(src) > kExcerptColumns + kExcerptColumns / 5) {
    std::uint32_t first = pos.column > kExcerptColumns / 2 ? pos.column - kExcerptColumns / 2 : 1;
    std::size_t begin = byte_at_column(src, first);
    std::size_t end = byte_at_column(src, first + kExcerptColumns);
    if (begin > 0) prefix = "...";
    if (end < src.size()) suffix = "...";
    src = src.substr(begin, end - begin);
    caret_column = pos.column - first + 1 + static_cast<std::uint32_t>(prefix.size());
  }
  out += fmt::format("{:>5} | {}{}{}\n", pos.line, prefix, src, suffix);
  // The caret sits under the column; tabs are kept so it lines up.
  std::string pad(prefix.size(), ' ');
  std::uint32_t col = 1 + static_cast<std::uint32_t>(prefix.size());
  for (char ch : src) {
    if (col >= caret_column) break;
    if ((static_cast<unsigned char>(ch) & 0xC0) == 0x80) continue;
    pad += ch == '\t' ? '\t' : ' ';
    ++col;
  }
  out += fmt::format("      | {}^\n", pad);
  return out;
}

}  // namespace desugar
