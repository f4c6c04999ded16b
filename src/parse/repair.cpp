// Finds where tree-sitter-javascript's CST is not ECMAScript's parse and writes the same-length
// edits that make the grammar produce the right tree (README.md, "Grammar deviations").
// Example: `f = () => {}⏎(g)` parses as a call of the arrow; ASI puts a `;` after `}` (an arrow is
// never a callee), so the newline becomes `;` and the re-parse yields two statements.
#include "parse/repair.h"

#include <cctype>
#include <cstring>

namespace desugar::cst {

namespace {

std::string_view type(TSNode n) { return ts_node_type(n); }
std::uint32_t begin(TSNode n) { return ts_node_start_byte(n); }
std::uint32_t end(TSNode n) { return ts_node_end_byte(n); }
bool is(TSNode n, const char* t) { return std::strcmp(ts_node_type(n), t) == 0; }

// The children of `n` (through a cursor: ts_node_child(n, i) costs O(i), so an indexed loop over
// a wide node, like an ERROR holding 100000 `(`, would be quadratic).
std::vector<TSNode> kids(TSNode n) {
  std::vector<TSNode> out;
  TSTreeCursor c = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&c)) {
    do out.push_back(ts_tree_cursor_current_node(&c));
    while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return out;
}

// The bytes between two adjacent tokens are whitespace and comments. Returns whether they hold a
// line terminator (which is what ASI asks), and where a `;` can replace one byte of them.
struct Gap {
  bool line_terminator = false;
  std::int64_t plain_space = -1;                // a whitespace byte outside comments
  std::int64_t comment = -1, comment_end = -1;  // a multi-line comment holding a line terminator
};
Gap scan_gap(std::string_view s, std::uint32_t from, std::uint32_t to) {
  Gap g;
  std::size_t i = from;
  while (i < to) {
    if (std::size_t lt = line_terminator_at(s, i)) {
      g.line_terminator = true;
      if (lt == 1 && g.plain_space < 0) g.plain_space = static_cast<std::int64_t>(i);
      i += lt;
    } else if (s[i] == ' ' || s[i] == '\t' || s[i] == '\v' || s[i] == '\f') {
      if (g.plain_space < 0) g.plain_space = static_cast<std::int64_t>(i);
      ++i;
    } else if (s.compare(i, 2, "//") == 0) {
      while (i < to && !line_terminator_at(s, i)) ++i;
    } else if (s.compare(i, 2, "/*") == 0) {
      std::size_t close = s.find("*/", i + 2);
      std::size_t stop = close == std::string_view::npos ? to : close + 2;
      for (std::size_t j = i; j < stop; ++j) {
        if (line_terminator_at(s, j) && g.comment < 0) {
          g.line_terminator = true;
          g.comment = static_cast<std::int64_t>(i);
          g.comment_end = static_cast<std::int64_t>(stop);
        }
      }
      i = stop;
    } else {
      ++i;  // other Unicode space; never chosen for the `;`
    }
  }
  return g;
}

// The automatic semicolon at a gap that holds a line terminator, as an edit.
void insert_semicolon(std::string_view s, const Gap& g, std::vector<Edit>& edits) {
  if (g.plain_space >= 0) {
    edits.push_back({static_cast<std::uint32_t>(g.plain_space), ";"});
  } else if (g.comment >= 0) {
    // No free byte: the comment (which only acts as a line terminator here) becomes `;` and blanks.
    std::string blank(s.substr(g.comment, g.comment_end - g.comment));
    for (char& c : blank) {
      if (c != '\n') c = ' ';
    }
    blank[0] = ';';
    edits.push_back({static_cast<std::uint32_t>(g.comment), blank});
  }
}

TSNode first_leaf(TSNode n);

struct Walker {
  std::string_view s;
  bool is_module;
  std::vector<Edit>& edits;
  Rejection& reject;

  void reject_at(std::uint32_t at, std::string why) {
    if (reject.found) return;
    reject = {at, std::move(why), true};
  }

  // An arrow function with a block body as the left operand, callee or object of a larger
  // expression: ASI ends the arrow at a line terminator; otherwise the program is invalid.
  void arrow_operand(TSNode n) {
    if (ts_node_child_count(n) < 2) return;
    TSNode first = ts_node_child(n, 0);
    if (!is(first, "arrow_function")) return;
    TSNode body = ts_node_child_by_field_name(first, "body", 4);
    if (ts_node_is_null(body) || !is(body, "statement_block")) return;
    TSNode next = ts_node_next_sibling(first);
    while (!ts_node_is_null(next) && (is(next, "comment") || is(next, "html_comment")))
      next = ts_node_next_sibling(next);
    if (ts_node_is_null(next)) return;
    Gap g = scan_gap(s, end(first), begin(next));
    if (g.line_terminator)
      insert_semicolon(s, g, edits);
    else
      reject_at(begin(next), "an arrow function cannot be followed by `" +
                                 std::string(s.substr(begin(next), 1)) + "`");
  }

  // `for await (let [x] of xs)`: the grammar reads `let[x]` as a member expression. `let` -> `var`
  // makes it a declaration; the converter reads the kind `let` from the original bytes.
  void for_let(TSNode n) {
    TSNode left = ts_node_child_by_field_name(n, "left", 4);
    if (ts_node_is_null(left) || !is(left, "subscript_expression")) return;
    TSNode object = ts_node_child_by_field_name(left, "object", 6);
    if (ts_node_is_null(object) || !is(object, "identifier") || end(object) - begin(object) != 3 ||
        s.substr(begin(object), 3) != "let") {
      return;
    }
    TSNode prev = ts_node_prev_sibling(left);
    if (ts_node_is_null(prev) || type(prev) != "(") return;
    edits.push_back({begin(object), "var"});
  }

  // `yield` outside a generator is an identifier (an early error in strict code, not a syntax
  // error); the grammar always reads a yield expression. `Yield` parses as the identifier.
  // Held back while other edits are pending: in a tree the grammar could not parse, a generator
  // may be unrecognised (`function*` inside an ERROR) and its `yield`s look like identifiers.
  void yield_token(TSNode n) { yield_edits.push_back({begin(n), "Yield"}); }
  std::vector<Edit> yield_edits;

  // Tagged templates may hold escapes that are invalid untagged (their cooked value is
  // undefined): the grammar rejects them. The `\` becomes a space; the raw text is read from
  // the original bytes.
  void tagged_template(TSNode n) {
    if (!ts_node_has_error(n)) return;
    TSNode prev = ts_node_prev_sibling(n);
    bool tagged = is(ts_node_parent(n), "call_expression") && !ts_node_is_null(prev);
    if (!tagged) return;
    std::vector<TSNode> kn = kids(n);
    std::uint32_t count = static_cast<std::uint32_t>(kn.size());
    for (std::uint32_t i = 0; i < count; ++i) {
      TSNode ch = kn[i];
      if (is(ch, "template_substitution")) continue;
      for (std::uint32_t j = begin(ch); j < end(ch); ++j) {
        if (s[j] != '\\') continue;
        if (!valid_template_escape(j)) edits.push_back({j, " "});
        ++j;  // skip the escaped character
      }
    }
  }
  bool valid_template_escape(std::uint32_t j) const {
    auto hex = [&](std::size_t k) {
      return k < s.size() && std::isxdigit(static_cast<unsigned char>(s[k]));
    };
    char c = j + 1 < s.size() ? s[j + 1] : '\0';
    if (c == 'x') return hex(j + 2) && hex(j + 3);
    if (c == 'u') {
      if (j + 2 < s.size() && s[j + 2] == '{') {
        std::size_t k = j + 3;
        unsigned long v = 0;
        if (!hex(k)) return false;
        while (hex(k)) {
          char h = static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])));
          v = v * 16 + static_cast<unsigned long>(h <= '9' ? h - '0' : h - 'a' + 10);
          if (v > 0x10FFFF) return false;
          ++k;
        }
        return k < s.size() && s[k] == '}';
      }
      return hex(j + 2) && hex(j + 3) && hex(j + 4) && hex(j + 5);
    }
    if (c == '0') return !(j + 2 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + 2])));
    if (c >= '1' && c <= '9') return false;
    return true;
  }

  // Class elements: `get`/`set`/`async`/a field name, then a line terminator, then `*g() {}`:
  // ASI ends the field (`async` and `*` take no line terminator between them).
  void class_body(TSNode n) {
    std::vector<TSNode> kn = kids(n);
    std::uint32_t count = static_cast<std::uint32_t>(kn.size());
    for (std::uint32_t i = 0; i < count; ++i) {
      TSNode ch = kn[i];
      modifier_line_break(kn, i);
      if (is(ch, "method_definition")) {
        std::vector<TSNode> km = kids(ch);
        std::uint32_t mc = static_cast<std::uint32_t>(km.size());
        for (std::uint32_t j = 0; j + 1 < mc; ++j) {
          TSNode m = km[j], after = km[j + 1];
          std::string_view mt = type(m);
          if (mt == "static" || is(m, "decorator") || is(m, "comment")) continue;
          if (mt != "get" && mt != "set" && mt != "async" && mt != "ERROR") break;
          if (is(after, "comment")) break;
          if (mt == "async" || type(first_leaf(after)) == "*") {
            Gap g = scan_gap(s, end(m), begin(after));
            if (g.line_terminator) insert_semicolon(s, g, edits);
          }
          break;
        }
      } else if (is(ch, "ERROR") && i + 1 < count) {
        TSNode after = kn[i + 1];
        if (is(after, "method_definition") && ts_node_child_count(after) > 0 &&
            type(ts_node_child(after, 0)) == "*") {
          Gap g = scan_gap(s, end(ch), begin(after));
          if (g.line_terminator) insert_semicolon(s, g, edits);
        }
      }
    }
  }

  // `get⏎f() {}`, `static /*⏎*/ x = 1`: ECMAScript has no ASI after `get`, `set` or `static`
  // when a member can follow (V8 agrees: `get⏎x = 1` is an error); the grammar ends a field
  // there. The gap (white space and comments) becomes spaces. Not before `*` (class_body above).
  void modifier_line_break(const std::vector<TSNode>& kn, std::uint32_t i) {
    TSNode field = kn[i];
    if (!is(field, "field_definition")) return;
    std::string_view word = s.substr(begin(field), end(field) - begin(field));
    if (word != "get" && word != "set" && word != "static") return;
    std::uint32_t j = i + 1;
    while (j < kn.size() && is(kn[j], "comment")) ++j;
    if (j >= kn.size() || !(is(kn[j], "method_definition") || is(kn[j], "field_definition")))
      return;
    if (type(first_leaf(kn[j])) == "*") return;
    std::uint32_t from = end(field), to = begin(kn[j]);
    if (!scan_gap(s, from, to).line_terminator) return;
    edits.push_back({from, std::string(to - from, ' ')});
  }

  // A multi-line comment holding a line terminator is one for ASI; the grammar's scanner only
  // sees it when a newline follows or precedes the comment. A space next to it becomes `\n`.
  void comment(TSNode n) {
    std::uint32_t b = begin(n), e = end(n);
    if (e - b < 4 || s.compare(b, 2, "/*") != 0) return;
    bool has_lt = false;
    for (std::uint32_t i = b; i < e && !has_lt; ++i) has_lt = line_terminator_at(s, i) != 0;
    if (!has_lt) return;
    if (e < s.size() && line_terminator_at(s, e)) return;
    if (b > 0 && line_terminator_at(s, b - 1)) return;
    if (e < s.size() && (s[e] == ' ' || s[e] == '\t')) {
      edits.push_back({e, "\n"});
    } else if (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t')) {
      edits.push_back({b - 1, "\n"});
    } else {
      // No space either side (`a/*⏎*/b`): the comment is blanked, keeping its line breaks.
      std::string blank(s.substr(b, e - b));
      for (char& c : blank) {
        if (c != '\n') c = ' ';
      }
      edits.push_back({b, blank});
    }
  }

  // `[(a)] = 1`, `({a: (b.c)} = 1)`: a parenthesized simple target inside a destructuring
  // assignment; the grammar's patterns take no parentheses. They become spaces (the AST has none).
  void parenthesized_targets(TSNode error) {
    std::vector<TSNode> ke = kids(error);
    std::uint32_t count = static_cast<std::uint32_t>(ke.size());
    for (std::uint32_t i = 0; i < count; ++i) {
      TSNode a = ke[i];
      if (!is(a, "array") && !is(a, "object")) continue;
      std::uint32_t j = end(a);
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n')) ++j;
      if (j + 1 >= s.size() || s[j] != '=' || s[j + 1] == '=' || s[j + 1] == '>') continue;
      strip_target_parens(a);
    }
  }
  void strip_target_parens(TSNode n) {
    // In `target = default`, only the target.
    std::vector<TSNode> kn = kids(n);
    std::uint32_t count =
        is(n, "assignment_expression") ? 1 : static_cast<std::uint32_t>(kn.size());
    for (std::uint32_t i = 0; i < count; ++i) {
      TSNode ch = kn[i];
      std::string_view t = type(ch);
      if (t == "parenthesized_expression" && ts_node_named_child_count(ch) == 1) {
        std::string_view inner = type(ts_node_named_child(ch, 0));
        if (inner == "identifier" || inner == "member_expression" ||
            inner == "subscript_expression") {
          edits.push_back({begin(ch), " "});
          edits.push_back({end(ch) - 1, " "});
        }
      } else if (t == "array" || t == "object" || t == "pair" || t == "assignment_expression" ||
                 t == "spread_element") {
        strip_target_parens(ch);
      }
    }
  }
  // `import {null as a}`, `export {a as null}`: any name may follow or precede `as` there; the
  // grammar takes only identifiers. The keyword's first letter is upper-cased in the working copy.
  void keyword_module_names(TSNode n) {
    std::vector<TSNode> kn = kids(n);
    std::uint32_t count = static_cast<std::uint32_t>(kn.size());
    for (std::uint32_t i = 0; i < count; ++i) {
      TSNode ch = kn[i];
      if (!is(ch, "ERROR")) continue;
      std::uint32_t b = begin(ch), e = b;
      while (e < end(ch) && s[e] >= 'a' && s[e] <= 'z') ++e;
      bool word =
          e > b && (e == end(ch) || s[e] == ' ' || s[e] == '\t' || s[e] == '\n' || s[e] == ',');
      if (word) edits.push_back({b, std::string(1, static_cast<char>(s[b] - 'a' + 'A'))});
    }
  }

  void visit(TSNode n, bool in_generator) {
    std::string_view t = type(n);
    if (!ts_node_is_named(n)) {
      if (t == "yield" && !in_generator && end(n) - begin(n) == 5) yield_token(n);
      // `<!--` opens a single-line comment in scripts (Annex B); the grammar reads `<`, `!`, `--`.
      if (t == "<" && !is_module && s.compare(end(n), 3, "!--") == 0)
        edits.push_back({begin(n), "//--"});
      return;
    }
    if (t == "ERROR") {
      parenthesized_targets(n);
      method_like_call_target(n);
      async_call_target(n);
    } else if ((t == "named_imports" || t == "export_clause") && ts_node_has_error(n)) {
      keyword_module_names(n);
    }
    if (t == "call_expression") call_target(n);
    if (t == "call_expression" || t == "subscript_expression" || t == "member_expression" ||
        t == "binary_expression" || t == "ternary_expression" || t == "update_expression" ||
        t == "assignment_expression" || t == "augmented_assignment_expression") {
      arrow_operand(n);
    } else if (t == "for_in_statement") {
      for_let(n);
    } else if (t == "template_string") {
      tagged_template(n);
    } else if (t == "class_body") {
      class_body(n);
    } else if (t == "comment") {
      comment(n);
    } else if (t == "number") {
      legacy_octal_dot(n);
    } else if (t == "object" || t == "object_pattern") {
      object_elision(n);
    }
  }

  // `f() = 1`, `f(a) += 1`, `for (f() in x)`: V8 accepts a call as an assignment or for-in/of
  // target (a ReferenceError at run time); the grammar takes no call there. The call is disguised
  // as a member access of the same precedence: `f()` -> `f._`, `f(a, ...b,)` -> `f[a,    b ]`.
  // The converter sees the original `(` at the `.` or `[` and builds the call
  // (convert_operators.cpp).
  void call_target(TSNode n) {
    TSNode callee = ts_node_child_by_field_name(n, "function", 8);
    TSNode args = ts_node_child_by_field_name(n, "arguments", 9);
    if (ts_node_is_null(callee) || ts_node_is_null(args) || !is(args, "arguments")) return;
    if (!ts_node_is_null(ts_node_child_by_field_name(n, "optional_chain", 14))) return;
    std::string_view ct = type(callee);
    if (ct == "import" || ct == "super") return;
    if (!followed_by_assignment(end(n)) && !for_in_head(begin(n), end(n))) return;
    disguise_call(callee, args);
  }
  void disguise_call(TSNode callee, TSNode args) {
    // `1()` -> `_._` (`1._` would lex as `1.` `_`); the converter reads the number's text.
    if (is(callee, "number") && ts_node_named_child_count(args) == count_comments(args))
      edits.push_back({begin(callee), std::string(end(callee) - begin(callee), '_')});
    disguise_arguments(args);
  }
  // `async() = 1`, `for (async() of x)`: `async()` recovers as `async` then an ERROR holding
  // empty `formal_parameters` (an arrow without `=>`).
  void async_call_target(TSNode error) {
    TSNode params = ts_node_child(error, 0), callee = ts_node_prev_sibling(error);
    if (ts_node_is_null(params) || !is(params, "formal_parameters") || ts_node_is_null(callee) ||
        !is(callee, "identifier") ||
        s.substr(begin(callee), end(callee) - begin(callee)) != "async")
      return;
    if (followed_by_assignment(end(params)) || for_in_head(begin(callee), end(params)))
      disguise_arguments(params);
  }
  // At a statement start in a block, `{ f(a) = 1 }` recovers as an ERROR holding a method-like
  // `property_identifier formal_parameters`.
  void method_like_call_target(TSNode error) {
    std::vector<TSNode> ke = kids(error);
    std::uint32_t count = static_cast<std::uint32_t>(ke.size());
    for (std::uint32_t i = 0; i + 1 < count; ++i) {
      TSNode name = ke[i], params = ke[i + 1];
      if ((is(name, "property_identifier") || is(name, "identifier") || is(name, "number") ||
           is(name, "string")) &&
          is(params, "formal_parameters") && followed_by_assignment(end(params))) {
        disguise_call(name, params);
      }
    }
  }
  // `(...)` -> `._` when empty, else `[...]` with each spread's `...` and a trailing comma blanked.
  void disguise_arguments(TSNode args) {
    std::vector<TSNode> ka = kids(args);
    std::uint32_t count = static_cast<std::uint32_t>(ka.size());
    if (ts_node_named_child_count(args) == count_comments(args)) {
      std::uint32_t close = end(args) - 1;
      if (close + 1 < s.size() && identifier_byte(s[close + 1])) {
        // `for(f()in x)` -> `for(f  in x)`: the converter finds the blanked `(` after the target.
        std::string blank(s.substr(begin(args), end(args) - begin(args)));
        for (char& c : blank) {
          if (c != '\n') c = ' ';
        }
        edits.push_back({begin(args), blank});
        return;
      }
      edits.push_back({begin(args), "."});
      edits.push_back({close, "_"});
      return;
    }
    edits.push_back({begin(args), "["});
    edits.push_back({end(args) - 1, "]"});
    bool after_comma = false;
    std::uint32_t last_comma = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
      TSNode ch = ka[i];
      if (is(ch, "comment")) continue;
      if (type(ch) == ")" && after_comma) edits.push_back({last_comma, " "});
      after_comma = type(ch) == ",";
      if (after_comma) last_comma = begin(ch);
      if ((is(ch, "spread_element") || is(ch, "rest_pattern")) &&
          s.compare(begin(ch), 3, "...") == 0)
        edits.push_back({begin(ch), "   "});
    }
  }
  static std::uint32_t count_comments(TSNode n) {
    std::uint32_t c = 0;
    for (TSNode ch : kids(n)) c += is(ch, "comment");
    return c;
  }
  static bool identifier_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || c == '$' || c == '\\' || u >= 0x80;
  }
  // The next token after `at` (white space and comments skipped).
  std::uint32_t next_token(std::uint32_t at) const {
    while (at < s.size()) {
      if (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\v' || s[at] == '\f') {
        ++at;
      } else if (s.compare(at, 2, "//") == 0) {
        while (at < s.size() && s[at] != '\n') ++at;
      } else if (s.compare(at, 2, "/*") == 0) {
        std::size_t close = s.find("*/", at + 2);
        if (close == std::string_view::npos) return static_cast<std::uint32_t>(s.size());
        at = static_cast<std::uint32_t>(close + 2);
      } else {
        break;
      }
    }
    return at;
  }
  bool followed_by_assignment(std::uint32_t at) const {
    at = next_token(at);
    if (at >= s.size()) return false;
    if (s[at] == '=') return at + 1 >= s.size() || (s[at + 1] != '=' && s[at + 1] != '>');
    for (const char* op : {"+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=",
                           "^=", "&&=", "||=", "?\?="}) {
      if (s.compare(at, std::strlen(op), op) == 0) return true;
    }
    return false;
  }
  // The call right after `for (` or `for await (`, followed by `in` or `of`.
  bool for_in_head(std::uint32_t from, std::uint32_t to) const {
    std::uint32_t at = next_token(to);
    bool in_of = s.compare(at, 2, "in") == 0 || s.compare(at, 2, "of") == 0;
    if (!in_of || (at + 2 < s.size() && identifier_byte(s[at + 2]))) return false;
    std::uint32_t i = from;
    auto back = [&] {
      while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n')) --i;
    };
    back();
    if (i == 0 || s[i - 1] != '(') return false;
    --i;
    back();
    auto word = [&](std::string_view w) {
      if (i < w.size() || s.compare(i - w.size(), w.size(), w) != 0) return false;
      if (i > w.size() && identifier_byte(s[i - w.size() - 1])) return false;
      i -= static_cast<std::uint32_t>(w.size());
      return true;
    };
    if (word("for")) return true;
    if (!word("await")) return false;
    back();
    return word("for");
  }

  // `01.a` is the legacy octal literal `01`, then `.a`; the grammar lexes `01.` as one number.
  // The digits become a BigInt literal of the same length (`1n`, `10n`, ...), which stops before
  // the `.`; the converter reads the literal's text (`01`) from the original.
  void legacy_octal_dot(TSNode n) {
    std::string_view text = s.substr(begin(n), end(n) - begin(n));
    std::size_t k = 1;
    while (k < text.size() && text[k] >= '0' && text[k] <= '7') ++k;
    if (text.size() < 3 || text[0] != '0' || k < 2 || k >= text.size() || text[k] != '.') return;
    edits.push_back({begin(n), "1" + std::string(k - 2, '0') + "n"});
  }

  // `{a,,b}`: an object literal or pattern has no elisions; the grammar skips empty members.
  void object_elision(TSNode n) {
    bool after_separator = true;  // just after `{` or `,`
    std::vector<TSNode> kn = kids(n);
    std::uint32_t count = static_cast<std::uint32_t>(kn.size());
    for (std::uint32_t i = 1; i < count; ++i) {
      TSNode ch = kn[i];
      std::string_view ct = type(ch);
      if (ct == "comment") continue;
      if (ct == ",") {
        if (after_separator) return reject_at(begin(ch), "unexpected `,`");
        after_separator = true;
      } else {
        after_separator = false;
      }
    }
  }
};

TSNode first_leaf(TSNode n) {
  while (ts_node_child_count(n) > 0) n = ts_node_child(n, 0);
  return n;
}

// Whether `n` starts a new `yield` context: 1 a generator, 0 another function, -1 inherits.
int yield_context(TSNode n) {
  std::string_view t = type(n);
  if (t == "generator_function" || t == "generator_function_declaration") return 1;
  if (t == "function_declaration" || t == "function_expression") return 0;
  if (t == "method_definition") {
    for (TSNode ch : kids(n)) {
      if (type(ch) == "*") return 1;
      if (ts_node_is_named(ch) && !is(ch, "ERROR") && !is(ch, "decorator")) break;
    }
    return 0;
  }
  return -1;
}

}  // namespace

void find_deviations(TSNode root, std::string_view work, bool is_module, std::vector<Edit>& edits,
                     Rejection& reject) {
  Walker w{work, is_module, edits, reject, {}};
  // Iterative pre-order walk (input nesting can be deep); `context` holds the yield context of
  // each open ancestor.
  std::vector<char> context{0};
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    w.visit(n, context.back() == 1);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      int c = yield_context(n);
      // A method's computed key belongs to the code around the method: `*g() { ({ [yield]() {} })
      // }`.
      if (c < 0 && type(n) == "computed_property_name" && context.size() >= 2 &&
          type(ts_node_parent(n)) == "method_definition") {
        c = context[context.size() - 2];
      }
      context.push_back(c < 0 ? context.back() : static_cast<char>(c));
      continue;
    }
    bool done = false;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        done = true;
        break;
      }
      context.pop_back();
    }
    if (done) break;
  }
  ts_tree_cursor_delete(&cursor);
  bool pending = false;
  for (const Edit& e : edits)
    pending = pending || (e.at + e.bytes.size() <= work.size() &&
                          work.compare(e.at, e.bytes.size(), e.bytes) != 0);
  if (!pending) edits.insert(edits.end(), w.yield_edits.begin(), w.yield_edits.end());
}

}  // namespace desugar::cst
