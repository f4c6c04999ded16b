// The pattern grammar of #sec-patterns (with Annex B's #sec-regular-expressions-patterns when
// neither `u` nor `v` is set) and its early errors (#sec-patterns-static-semantics-early-errors).
// A recursive-descent recognizer over code points (`u`/`v`) or UTF-16 units; it stops at the first
// error and returns V8's reason ("Nothing to repeat", ...). `\p{...}` names and values are node's
// own (regexp_property_table.inc); a v-mode negated class that may contain strings is an error.
#include "check/regexp_pattern.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "parse/unicode_id.h"

namespace desugar::check {

namespace {

#include "check/regexp_property_table.inc"

template <std::size_t N>
bool listed(const std::string_view (&table)[N], std::string_view name) {
  return std::binary_search(std::begin(table), std::end(table), name);
}

// `\p{Name}` / `\p{Name=Value}` as node's engine knows them (gen_regexp_properties.js); `body`
// holds ASCII letters, digits, `_` and `=` only.
bool known_property(std::u32string_view body, bool negated, bool v) {
  std::string text(body.begin(), body.end());
  std::size_t eq = text.find('=');
  if (eq == std::string::npos) {
    return listed(kLoneProperties, text) || (v && !negated && listed(kStringProperties, text));
  }
  std::string_view name = std::string_view(text).substr(0, eq);
  std::string_view value = std::string_view(text).substr(eq + 1);
  if (name == "General_Category" || name == "gc") return listed(kCategoryValues, value);
  if (name == "Script" || name == "sc" || name == "Script_Extensions" || name == "scx")
    return listed(kScriptValues, value);
  return false;
}

constexpr std::uint32_t kEnd = 0xFFFFFFFF;
constexpr std::int64_t kClassEscape = -1;  // \d, \w, \p{..}, a nested v-mode class: not a char

bool is_digit(std::uint32_t c) { return c >= '0' && c <= '9'; }
int hex_value(std::uint32_t c) {
  if (is_digit(c)) return static_cast<int>(c - '0');
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return static_cast<int>((c | 0x20) - 'a' + 10);
  return -1;
}
bool syntax_char(std::uint32_t c) {
  return c < 0x80 && std::u32string_view(U"^$\\.*+?()[]{}|").find(c) != std::u32string_view::npos;
}

struct Failure {
  const char* reason;
};

class Pattern {
 public:
  Pattern(std::u32string_view s, bool u, bool v) : s_(s), u_(u || v), v_(v) {}

  void run() {
    prescan();
    disjunction();
    if (peek() == ')') fail("Unmatched ')'");
    for (const auto& r : refs_) {
      if (std::find(names_.begin(), names_.end(), r) == names_.end()) {
        fail("Invalid named capture referenced");
      }
    }
  }

 private:
  [[noreturn]] static void fail(const char* reason) { throw Failure{reason}; }
  std::uint32_t peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : kEnd; }
  bool eat(std::uint32_t c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }

  // Counts capturing groups and notes whether any is named (Annex B reads `\k` and `\N` by it).
  void prescan() {
    int depth = 0;
    for (std::size_t k = 0; k < s_.size(); ++k) {
      char32_t c = s_[k];
      if (c == '\\') {
        ++k;
      } else if (c == '[') {
        ++depth;
      } else if (c == ']' && depth > 0) {
        depth = v_ ? depth - 1 : 0;
      } else if (c == '(' && depth == 0) {
        if (k + 1 < s_.size() && s_[k + 1] == '?') {
          if (k + 3 < s_.size() && s_[k + 2] == '<' && s_[k + 3] != '=' && s_[k + 3] != '!') {
            ++groups_;
            named_ = true;
          }
        } else {
          ++groups_;
        }
      }
    }
  }

  void disjunction() {
    alternative();
    while (eat('|')) alternative();
  }

  void alternative() {
    while (peek() != kEnd && peek() != '|' && peek() != ')') term();
  }

  // {n}, {n,}, {n,m} at the cursor: its length, or 0 when it is not one.
  std::size_t quantifier_braces(std::int64_t* lo, std::int64_t* hi) const {
    std::size_t k = i_;
    if (k >= s_.size() || s_[k] != '{') return 0;
    auto number = [&](std::int64_t* out) {
      std::size_t start = k;
      std::int64_t n = 0;
      while (k < s_.size() && is_digit(s_[k]))
        n = std::min<std::int64_t>(n * 10 + (s_[k++] - '0'), 1LL << 40);
      *out = n;
      return k > start;
    };
    ++k;
    if (!number(lo)) return 0;
    *hi = *lo;
    if (k < s_.size() && s_[k] == ',') {
      ++k;
      if (!number(hi)) *hi = -1;
    }
    if (k >= s_.size() || s_[k] != '}') return 0;
    return k + 1 - i_;
  }
  bool at_quantifier() const {
    std::int64_t lo, hi;
    std::uint32_t c = peek();
    return c == '*' || c == '+' || c == '?' || quantifier_braces(&lo, &hi) > 0;
  }

  // After an atom (or a quantifiable assertion): an optional quantifier.
  void quantifier() {
    std::uint32_t c = peek();
    if (c == '*' || c == '+' || c == '?') {
      ++i_;
    } else if (c == '{') {
      std::int64_t lo, hi;
      std::size_t n = quantifier_braces(&lo, &hi);
      if (n == 0) {
        if (u_) fail("Incomplete quantifier");
        return;  // Annex B: a literal `{`
      }
      if (hi >= 0 && hi < lo) fail("numbers out of order in {} quantifier");
      i_ += n;
    } else {
      return;
    }
    eat('?');
  }

  void term() {
    std::uint32_t c = peek();
    switch (c) {
      case '^':
      case '$':
        ++i_;
        if (at_quantifier()) fail("Nothing to repeat");
        return;
      case '*':
      case '+':
      case '?': fail("Nothing to repeat");
      case '{':
        if (at_quantifier()) fail("Nothing to repeat");
        if (u_) fail("Lone quantifier brackets");
        ++i_;
        break;
      case '}':
      case ']':
        if (u_) fail("Lone quantifier brackets");
        ++i_;
        break;
      case '(':
        if (group()) return;  // a lookbehind, or a u-mode lookahead: never quantified
        break;
      case '[': char_class(); break;
      case '\\':
        if (peek(1) == 'b' || peek(1) == 'B') {
          i_ += 2;
          if (at_quantifier()) fail("Nothing to repeat");
          return;
        }
        ++i_;
        atom_escape();
        break;
      default: ++i_; break;
    }
    quantifier();
  }

  // `(` ...: returns true for an assertion that takes no quantifier.
  bool group() {
    ++i_;
    bool assertion = false, lookbehind = false, named = false;
    std::u32string name;
    if (eat('?')) {
      if (eat(':')) {
      } else if (peek() == '=' || peek() == '!') {
        ++i_;
        assertion = true;
      } else if (peek() == '<' && (peek(1) == '=' || peek(1) == '!')) {
        i_ += 2;
        assertion = lookbehind = true;
      } else if (eat('<')) {
        name = group_name();
        named = true;
      } else {
        fail("Invalid group");
      }
    }
    disjunction();
    if (!eat(')')) fail("Unterminated group");
    if (named) {  // V8 registers a name when its group closes
      if (std::find(names_.begin(), names_.end(), name) != names_.end()) {
        fail("Duplicate capture group name");
      }
      names_.push_back(name);
    }
    if (assertion && at_quantifier() && (lookbehind || u_)) fail("Invalid quantifier");
    return assertion && (lookbehind || u_);
  }

  // RegExpIdentifierName `>`, after `<`.
  std::u32string group_name() {
    std::u32string name;
    for (;;) {
      std::uint32_t c = peek();
      if (c == '>' && !name.empty()) {
        ++i_;
        return name;
      }
      if (c == kEnd) fail("Invalid capture group name");
      ++i_;
      if (c == '\\') {
        if (!eat('u')) fail("Invalid capture group name");
        std::int64_t v = unicode_escape_value(true);
        if (v < 0) fail("Invalid capture group name");
        c = static_cast<std::uint32_t>(v);
      } else if (!u_ && c >= 0xD800 && c <= 0xDBFF && peek() >= 0xDC00 && peek() <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s_[i_++] - 0xDC00);
      }
      bool ok = name.empty() ? unicode::identifier_start(c) : unicode::identifier_part(c);
      if (!ok) fail("Invalid capture group name");
      name += static_cast<char32_t>(c);
    }
  }

  // After `\u`: {X..} (when braces are allowed) or XXXX, with a surrogate pair joined in u-mode.
  // -1 when malformed.
  std::int64_t unicode_escape_value(bool braces) {
    if (braces && peek() == '{') {
      std::size_t k = i_ + 1;
      std::int64_t v = 0;
      while (k < s_.size() && hex_value(s_[k]) >= 0) {
        v = v * 16 + hex_value(s_[k++]);
        if (v > 0x10FFFF) return -1;
      }
      if (k == i_ + 1 || k >= s_.size() || s_[k] != '}') return -1;
      i_ = k + 1;
      return v;
    }
    auto four = [&](std::size_t at) -> std::int64_t {
      std::int64_t v = 0;
      for (std::size_t k = at; k < at + 4; ++k) {
        if (k >= s_.size() || hex_value(s_[k]) < 0) return -1;
        v = v * 16 + hex_value(s_[k]);
      }
      return v;
    };
    std::int64_t v = four(i_);
    if (v < 0) return -1;
    i_ += 4;
    if (u_ && v >= 0xD800 && v <= 0xDBFF && peek() == '\\' && peek(1) == 'u') {
      std::int64_t lo = four(i_ + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        i_ += 6;
        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
      }
    }
    return v;
  }

  // After `\` outside a class.
  void atom_escape() {
    std::uint32_t c = peek();
    if (c == kEnd) fail("\\ at end of pattern");
    if (c >= '1' && c <= '9') {
      std::size_t start = i_;
      std::int64_t n = 0;
      while (is_digit(peek())) n = std::min<std::int64_t>(n * 10 + (s_[i_++] - '0'), 1LL << 40);
      if (n <= groups_) return;
      if (u_) fail("Invalid escape");
      i_ = start;  // Annex B: a legacy octal escape or an identity escape
      character_escape(false);
      return;
    }
    if (c == 'k' && (u_ || named_)) {
      ++i_;
      if (!eat('<')) fail("Invalid named reference");
      refs_.push_back(group_name());
      return;
    }
    class_escape_or_char(false);
  }

  // The escape after `\` (not a backreference): a class escape (\d, \p{..}) or a character.
  std::int64_t class_escape_or_char(bool in_class) {
    std::uint32_t c = peek();
    if (std::u32string_view(U"dDsSwW").find(c) != std::u32string_view::npos) {
      ++i_;
      return kClassEscape;
    }
    if ((c == 'p' || c == 'P') && u_) {
      ++i_;
      if (!eat('{')) fail("Invalid property name");
      std::size_t start = i_;
      while (peek() != '}') {
        std::uint32_t p = peek();
        bool ok = p < 0x80 && (hex_value(p) >= 0 || ((p | 0x20) >= 'a' && (p | 0x20) <= 'z') ||
                               p == '_' || p == '=');
        if (!ok) fail("Invalid property name");
        ++i_;
      }
      std::u32string_view body = s_.substr(start, i_ - start);
      if (i_ == start || !known_property(body, c == 'P', v_)) fail("Invalid property name");
      operand_strings_ = v_ && listed(kStringProperties, std::string(body.begin(), body.end()));
      ++i_;
      return kClassEscape;
    }
    return character_escape(in_class);
  }

  // A CharacterEscape (or Annex B's forms): its value.
  std::int64_t character_escape(bool in_class) {
    std::uint32_t c = s_[i_++];
    switch (c) {
      case 'f': return 0x0C;
      case 'n': return 0x0A;
      case 'r': return 0x0D;
      case 't': return 0x09;
      case 'v': return 0x0B;
      case 'c': {
        std::uint32_t l = peek();
        if ((l | 0x20) >= 'a' && (l | 0x20) <= 'z') {
          ++i_;
          return l % 32;
        }
        if (!u_ && in_class && (is_digit(l) || l == '_')) {
          ++i_;
          return l % 32;
        }
        if (u_) fail("Invalid Unicode escape");
        --i_;  // Annex B: `\` itself, then `c`
        return '\\';
      }
      case 'x': {
        if (hex_value(peek()) >= 0 && hex_value(peek(1)) >= 0) {
          i_ += 2;
          return hex_value(s_[i_ - 2]) * 16 + hex_value(s_[i_ - 1]);
        }
        if (u_) fail("Invalid escape");
        return 'x';
      }
      case 'u': {
        std::int64_t v = unicode_escape_value(u_);
        if (v >= 0) return v;
        if (u_) fail("Invalid Unicode escape");
        return 'u';
      }
      case '0':
        if (!is_digit(peek())) return 0;
        if (u_) fail(in_class ? "Invalid class escape" : "Invalid decimal escape");
        break;
      default: break;
    }
    if (is_digit(c)) {
      if (u_) fail(in_class ? "Invalid class escape" : "Invalid escape");
      if (c >= '8') return c;
      std::int64_t v = c - '0';  // Annex B LegacyOctalEscapeSequence
      for (int k = 0; k < 2 && peek() >= '0' && peek() <= '7' && v * 8 + (peek() - '0') <= 0377;
           ++k) {
        v = v * 8 + (s_[i_++] - '0');
      }
      return v;
    }
    if (u_ && !syntax_char(c) && c != '/' && !(in_class && c == '-')) fail("Invalid escape");
    if (!u_ && c == 'k' && named_) fail("Invalid named reference");
    return c;
  }

  // `[` ... `]`
  void char_class() {
    ++i_;
    bool negated = eat('^');
    if (v_) {
      if (class_set() && negated) fail("Negated character class may contain strings");
      return;
    }
    for (;;) {
      if (peek() == kEnd) fail("Unterminated character class");
      if (eat(']')) return;
      std::int64_t a = class_atom();
      if (peek() == '-' && peek(1) != ']' && peek(1) != kEnd) {
        ++i_;
        std::int64_t b = class_atom();
        if (a == kClassEscape || b == kClassEscape) {
          if (u_) fail("Invalid character class");
        } else if (a > b) {
          fail("Range out of order in character class");
        }
      }
    }
  }

  std::int64_t class_atom() {
    std::uint32_t c = s_[i_++];
    if (c != '\\') return c;
    if (peek() == kEnd) fail("\\ at end of pattern");
    if (eat('b')) return 8;
    if (u_ && eat('-')) return '-';
    if (u_ && peek() == 'k') fail("Invalid escape");
    return class_escape_or_char(true);
  }

  // The v flag's ClassSetExpression, after `[` (and `^`): nested classes, `--`, `&&`, `\q{..}`,
  // and the characters that must be escaped there. Returns MayContainStrings: a union if any
  // operand may, an intersection if all may, a subtraction if its first operand may.
  bool class_set() {
    std::int64_t prev = kClassEscape;  // the last single character, for a range
    bool had_operand = false;
    char op = '|';
    bool strings = false;
    for (;;) {
      std::uint32_t c = peek();
      if (c == kEnd) fail("Unterminated character class");
      if (eat(']')) return strings;
      if ((c == '-' && peek(1) == '-') || (c == '&' && peek(1) == '&')) {
        if (!had_operand) fail("Invalid set operation in character class");
        op = static_cast<char>(c);
        i_ += 2;
        if (peek() == c || peek() == ']') fail("Invalid character in character class");
        prev = kClassEscape;
        continue;
      }
      if (c == '-') {
        ++i_;
        if (prev == kClassEscape || peek() == ']' || peek() == kEnd) {
          fail("Invalid character in character class");
        }
        std::int64_t b = class_set_operand();
        operand_strings_ = false;
        if (b == kClassEscape) fail("Invalid character class");
        if (prev > b) fail("Range out of order in character class");
        prev = kClassEscape;
        continue;
      }
      prev = class_set_operand();
      if (!had_operand || op == '|')
        strings = strings || operand_strings_;
      else if (op == '&')
        strings = strings && operand_strings_;
      had_operand = true;
    }
  }

  // Sets operand_strings_ (MayContainStrings of the operand).
  std::int64_t class_set_operand() {
    operand_strings_ = false;
    std::uint32_t c = peek();
    if (c == '[') {
      ++i_;
      bool negated = eat('^');
      bool strings = class_set();
      if (strings && negated) fail("Negated character class may contain strings");
      operand_strings_ = strings && !negated;
      return kClassEscape;
    }
    if (c == '\\') {
      ++i_;
      if (peek() == kEnd) fail("\\ at end of pattern");
      if (peek() == 'q' && peek(1) == '{') {
        i_ += 2;
        std::size_t length = 0;  // of the current alternative; other than 1: a string
        bool strings = false;
        for (;;) {
          if (peek() == kEnd) fail("Invalid escape");
          if (peek() == '}' || peek() == '|') {
            strings = strings || length != 1;
            length = 0;
            if (eat('}')) break;
            ++i_;
            continue;
          }
          ++length;
          if (eat('\\'))
            class_escape_or_char(true);
          else
            ++i_;
        }
        operand_strings_ = strings;
        return kClassEscape;
      }
      if (eat('b')) return 8;
      std::uint32_t e = peek();
      if (e < 0x80 && std::u32string_view(U"&-!#%,:;<=>@`~").find(e) != std::u32string_view::npos) {
        ++i_;
        return e;
      }
      return class_escape_or_char(true);
    }
    if (c < 0x80 && std::u32string_view(U"()[]{}/-|").find(c) != std::u32string_view::npos) {
      fail("Invalid character in character class");
    }
    if (c < 0x80 && peek(1) == c &&
        std::u32string_view(U"&!#$%*+,.:;<=>?@^`~").find(c) != std::u32string_view::npos) {
      fail("Invalid character in character class");
    }
    ++i_;
    return c;
  }

  std::u32string_view s_;
  bool u_, v_;
  std::size_t i_ = 0;
  std::int64_t groups_ = 0;
  bool named_ = false;
  bool operand_strings_ = false;  // the last v-mode class operand may contain strings
  std::vector<std::u32string> names_, refs_;
};

}  // namespace

std::string regexp_pattern_error(std::string_view pattern, bool u, bool v) {
  std::u32string units;
  for (std::size_t i = 0; i < pattern.size();) {
    std::uint32_t cp = unicode::next_code_point(pattern, i);
    if (!u && !v && cp > 0xFFFF) {  // without u/v the pattern is UTF-16 code units
      units += static_cast<char32_t>(0xD800 + ((cp - 0x10000) >> 10));
      units += static_cast<char32_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      units += static_cast<char32_t>(cp);
    }
  }
  try {
    Pattern(units, u, v).run();
  } catch (const Failure& f) {
    return f.reason;
  }
  return {};
}

}  // namespace desugar::check
