// Entry point of the early-error pass, and the token helpers its messages use.
#include "check/checker.h"

#include "check/early_errors.h"

namespace desugar {

bool check_early_errors(const Node* program, std::string_view source, Diagnostics& diags) {
  check::Checker checker(source, diags);
  return checker.run(program);
}

ParseResult parse_and_check(const SourceFile& file, Arena& arena, Diagnostics* diags) {
  ParseResult parsed = parse_js(file, arena, diags);
  if (!parsed.ok) return parsed;
  Diagnostics local;
  if (!check_early_errors(parsed.program, file.text, diags ? *diags : local)) parsed.ok = false;
  return parsed;
}

}  // namespace desugar

namespace desugar::check {

bool Checker::run(const Node* program) {
  module_ = program->has(flag::Module);
  FunctionContext top;
  const Node* directive = nullptr;
  // #sec-strict-mode-code: module code is strict; a script is strict from its directive.
  top.strict = module_ || use_strict_directive(program, &directive);
  top.async = module_;
  top.await_reserved = module_;
  fns_.push_back(top);
  push_scope(true);
  statement_list(program->list);
  if (module_) module_end();
  pop_scope();
  fns_.pop_back();
  return !failed_;
}

std::uint32_t Checker::skip_space(std::uint32_t i) const {
  while (i < src_.size()) {
    char c = src_[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      ++i;
    } else if (src_.compare(i, 2, "//") == 0) {
      while (i < src_.size() && src_[i] != '\n') ++i;
    } else if (src_.compare(i, 2, "/*") == 0) {
      std::size_t end = src_.find("*/", i + 2);
      i = end == std::string_view::npos ? static_cast<std::uint32_t>(src_.size())
                                        : static_cast<std::uint32_t>(end + 2);
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < src_.size() &&
               static_cast<unsigned char>(src_[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(src_[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(src_[i + 2]) == 0xA9)) {
      i += 3;  // U+2028, U+2029
    } else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < src_.size() &&
               static_cast<unsigned char>(src_[i + 1]) == 0xA0) {
      i += 2;  // U+00A0
    } else if (static_cast<unsigned char>(c) == 0xEF && src_.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 3;  // U+FEFF
    } else {
      break;
    }
  }
  return i;
}

bool Checker::newline_between(std::uint32_t from, std::uint32_t to) const {
  for (std::uint32_t i = from; i < to && i < src_.size(); ++i) {
    if (src_[i] == '\n' || src_[i] == '\r') return true;
    if (src_.compare(i, 3, "\xE2\x80\xA8") == 0 || src_.compare(i, 3, "\xE2\x80\xA9") == 0)
      return true;
  }
  return false;
}

namespace {
bool ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || c == '\\' || static_cast<unsigned char>(c) >= 0x80;
}
constexpr std::string_view kKeywords[] = {
    "break",  "case",     "catch",  "class",  "const",  "continue",   "debugger", "default",
    "delete", "do",       "else",   "enum",   "export", "extends",    "false",    "finally",
    "for",    "function", "if",     "import", "in",     "instanceof", "new",      "null",
    "return", "super",    "switch", "this",   "throw",  "true",       "try",      "typeof",
    "var",    "void",     "while",  "with"};
constexpr std::string_view kPunctuators[] = {
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "?\?=", "=>",
    "==",   "!=",  "<=",  ">=",  "&&",  "||",  "??",  "?.",  "++",  "--",  "+=",   "-=",
    "*=",   "/=",  "%=",  "&=",  "|=",  "^=",  "<<",  ">>",  "**",  "{",   "}",    "(",
    ")",    "[",   "]",   ";",   ",",   "<",   ">",   "+",   "-",   "*",   "/",    "%",
    "&",    "|",   "^",   "!",   "~",   "?",   ":",   "=",   ".",   "@",   "#"};
}  // namespace

std::string Checker::token_at(std::uint32_t offset) const {
  std::uint32_t i = skip_space(offset);
  if (i >= src_.size()) return "end of input";
  char c = src_[i];
  if ((c >= '0' && c <= '9') ||
      (c == '.' && i + 1 < src_.size() && src_[i + 1] >= '0' && src_[i + 1] <= '9')) {
    return "number";
  }
  if (c == '"' || c == '\'') return "string";
  if (c == '`') return "template string";
  if (ident_char(c)) {
    std::uint32_t j = i;
    while (j < src_.size() && ident_char(src_[j])) ++j;
    std::string_view word = src_.substr(i, j - i);
    for (std::string_view k : kKeywords) {
      if (k == word) return "token '" + std::string(word) + "'";
    }
    return "identifier '" + std::string(word) + "'";
  }
  for (std::string_view p : kPunctuators) {
    if (src_.compare(i, p.size(), p) == 0) return "token '" + std::string(p) + "'";
  }
  return "token '" + std::string(1, c) + "'";
}

}  // namespace desugar::check
