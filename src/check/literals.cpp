// Identifiers (reserved words per context, escapes, eval/arguments), numeric literals (legacy
// octal, separators, BigInt forms) and escapes in strings and untagged templates.
#include "check/checker.h"
#include "parse/unicode_id.h"

#include <algorithm>

namespace desugar::check {

namespace {
constexpr std::string_view kReserved[] = {
    "break",  "case",     "catch",  "class",  "const",  "continue",   "debugger", "default",
    "delete", "do",       "else",   "enum",   "export", "extends",    "false",    "finally",
    "for",    "function", "if",     "import", "in",     "instanceof", "new",      "null",
    "return", "super",    "switch", "this",   "throw",  "true",       "try",      "typeof",
    "var",    "void",     "while",  "with"};
constexpr std::string_view kStrictReserved[] = {"implements", "interface", "let",
                                                "package",    "private",   "protected",
                                                "public",     "static",    "yield"};

template <std::size_t N>
bool in(const std::string_view (&words)[N], std::string_view w) {
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

// #sec-identifier-names-static-semantics-early-errors: an escape must spell an identifier char.
std::string Checker::decode_identifier(std::string_view raw, bool* escaped, bool* valid) {
  std::string out;
  *escaped = false;
  *valid = true;
  for (std::size_t i = 0; i < raw.size();) {
    if (raw[i] != '\\') {
      std::size_t start = i;
      std::uint32_t c = unicode::next_code_point(raw, i);
      if (!(out.empty() ? unicode::identifier_start(c) : unicode::identifier_part(c)))
        *valid = false;
      out.append(raw.substr(start, i - start));
      continue;
    }
    *escaped = true;
    std::uint32_t cp = 0;
    std::size_t j = i + 2;
    if (j <= raw.size() && raw.compare(i, 2, "\\u") == 0 && j < raw.size() && raw[j] == '{') {
      std::size_t k = j + 1;
      while (k < raw.size() && hex(raw[k]) >= 0 && cp <= 0x10FFFF) cp = cp * 16 + hex(raw[k++]);
      if (k == j + 1 || k >= raw.size() || raw[k] != '}' || cp > 0x10FFFF) *valid = false;
      i = k + 1;
    } else if (raw.compare(i, 2, "\\u") == 0 && i + 6 <= raw.size()) {
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        if (hex(raw[k]) < 0)
          *valid = false;
        else
          cp = cp * 16 + hex(raw[k]);
      }
      i += 6;
    } else {
      *valid = false;
      break;
    }
    if (!(out.empty() ? unicode::identifier_start(cp) : unicode::identifier_part(cp)))
      *valid = false;
    if (cp >= 0xD800 && cp <= 0xDFFF) *valid = false;
    append_utf8(out, cp);
  }
  return out;
}

void Checker::identifier(const Node* id, Role role) {
  if (id && id->kind == Kind::Identifier) name_rules(id->text, id->begin, role);
}

// #sec-identifier-names: a property name or private name (no reserved-word rules) is made of
// identifier characters, escaped or not.
void Checker::identifier_name(const Node* n) {
  if (!n || (n->kind != Kind::Identifier && n->kind != Kind::PrivateName)) return;
  std::string_view raw = n->text;
  if (!raw.empty() && raw[0] == '#') raw.remove_prefix(1);
  bool escaped = false, valid = true;
  decode_identifier(raw, &escaped, &valid);
  if (!valid) error(DiagId::D0365, n->begin);
}

void Checker::label_name(std::string_view raw, std::uint32_t at) {
  name_rules(raw, at, Role::Label);
}

// #sec-identifiers-static-semantics-early-errors
void Checker::name_rules(std::string_view raw, std::uint32_t at, Role role) {
  bool escaped = false, valid = true;
  std::string name = decode_identifier(raw, &escaped, &valid);
  if (!valid) return error(DiagId::D0365, at);
  if (in(kReserved, name)) return error(escaped ? DiagId::D0306 : DiagId::D0303, at);
  const FunctionContext& c = ctx();
  if (c.strict && in(kStrictReserved, name)) {
    return error(escaped && name == "let" ? DiagId::D0306 : DiagId::D0304, at);
  }
  if (name == "yield" && c.generator) return error(DiagId::D0325, at, "identifier 'yield'");
  if (name == "await" && (c.await_reserved || c.static_block)) return error(DiagId::D0303, at);
  if (role == Role::Binding && c.strict && (name == "eval" || name == "arguments")) {
    return error(DiagId::D0305, at);
  }
  if (role != Role::Label && name == "arguments" && c.class_init) return error(DiagId::D0361, at);
}

// #sec-numeric-literals-static-semantics-early-errors and B.1.1 (legacy octal, strict code)
void Checker::number(const Node* n) {
  std::string_view s = n->text;
  std::uint32_t at = n->begin;
  bool bigint = !s.empty() && s.back() == 'n';
  std::string_view body = bigint ? s.substr(0, s.size() - 1) : s;
  bool prefixed = body.size() > 1 && body[0] == '0' &&
                  std::string_view("xXoObB").find(body[1]) != std::string_view::npos;
  bool legacy = body.size() > 1 && body[0] == '0' && body[1] >= '0' && body[1] <= '9';
  if (body.size() > 1 && body[0] == '0' && body[1] == '_') return error(DiagId::D0364, at);
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '_') continue;
    if (legacy) return error(DiagId::D0364, at);
    char prev = i > 0 ? body[i - 1] : '\0';
    char next = i + 1 < body.size() ? body[i + 1] : '\0';
    if (next == '_') return error(DiagId::D0363, at + static_cast<std::uint32_t>(i));
    if (prefixed && i == 2) return error(DiagId::D0365, at);
    bool prev_digit = hex(prev) >= 0 && !(!prefixed && (prev == 'e' || prev == 'E'));
    if (!prev_digit) return error(DiagId::D0365, at);
    bool next_digit = prefixed ? hex(next) >= 0 : (next >= '0' && next <= '9');
    if (!next_digit) return error(DiagId::D0362, at + static_cast<std::uint32_t>(i));
  }
  if (bigint) {
    bool decimal_form = !prefixed && body.find_first_of(".eE") != std::string_view::npos;
    if (legacy || decimal_form) return error(DiagId::D0365, at);
  }
  // #sec-literals-numeric-literals: the source character after a literal is not an IdentifierStart
  // or digit.
  if (n->end < src_.size()) {
    char c = src_[n->end];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' ||
        c == '_' || c == '\\') {
      return error(DiagId::D0365, n->end);
    }
  }
  if (legacy && ctx().strict) {
    bool octal = body.find_first_of("89.eE") == std::string_view::npos;
    return error(octal ? DiagId::D0312 : DiagId::D0313, at);
  }
}

// #sec-string-literals-static-semantics-early-errors, #sec-template-literal-lexical-components
// (NotEscapeSequence is an error untagged), B.1.2 (legacy octal escapes, strict code).
void Checker::string_literal(std::string_view raw, std::uint32_t at, bool template_string) {
  std::string_view where = template_string ? "template strings" : "strict mode";
  for (std::size_t i = 0; i + 1 < raw.size(); ++i) {
    // #sec-literals-string-literals: no LF or CR in a string literal unless escaped.
    if (!template_string && (raw[i] == '\n' || raw[i] == '\r')) {
      return error(DiagId::D0365, at + static_cast<std::uint32_t>(i));
    }
    if (raw[i] != '\\') continue;
    auto here = at + static_cast<std::uint32_t>(i);
    char c = raw[i + 1];
    if (c == 'x') {
      if (i + 3 >= raw.size() || hex(raw[i + 2]) < 0 || hex(raw[i + 3]) < 0) {
        return error(DiagId::D0316, here);
      }
    } else if (c == 'u') {
      if (i + 2 < raw.size() && raw[i + 2] == '{') {
        std::size_t k = i + 3;
        std::uint32_t cp = 0;
        while (k < raw.size() && hex(raw[k]) >= 0) {
          cp = cp * 16 + hex(raw[k++]);
          if (cp > 0x10FFFF) return error(DiagId::D0318, here);
        }
        if (k == i + 3 || k >= raw.size() || raw[k] != '}') return error(DiagId::D0317, here);
      } else {
        for (std::size_t k = i + 2; k < i + 6; ++k) {
          if (k >= raw.size() || hex(raw[k]) < 0) return error(DiagId::D0317, here);
        }
      }
    } else if (c == '0') {
      bool digit_follows = i + 2 < raw.size() && raw[i + 2] >= '0' && raw[i + 2] <= '9';
      if (digit_follows && (template_string || ctx().strict))
        return error(DiagId::D0314, here, where);
    } else if (c >= '1' && c <= '7') {
      if (template_string || ctx().strict) return error(DiagId::D0314, here, where);
    } else if (c == '8' || c == '9') {
      if (template_string || ctx().strict) return error(DiagId::D0315, here, where);
    }
    ++i;  // skip the escaped character (a CR LF line continuation: both)
    if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
  }
}

}  // namespace desugar::check
