// Entry point of the front end: encoding checks, tree-sitter parse, syntax errors, conversion.
#include "parse/parse.h"

#include <memory>
#include <string>
#include <thread>

#include "parse/cst.h"
#include "parse/repair.h"

extern "C" const TSLanguage* tree_sitter_javascript(void);

namespace desugar {

namespace {

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

// Returns the offset of the first byte that is not valid UTF-8, or npos.
std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80           ? 1
                      : (c >> 5) == 0x6  ? 2
                      : (c >> 4) == 0xE  ? 3
                      : (c >> 3) == 0x1E ? 4
                                         : 0;
    if (len == 0 || (len == 2 && c < 0xC2) || i + len > s.size()) return i;
    for (std::size_t j = 1; j < len; ++j) {
      if ((static_cast<unsigned char>(s[i + j]) & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

// The first ERROR or MISSING node in document order. Iterative, through a cursor, descending only
// into subtrees that hold an error: linear in the tree, and deep nesting does not overflow.
TSNode first_error(TSNode root) {
  TSTreeCursor c = ts_tree_cursor_new(root);
  TSNode found{};
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    if (ts_node_is_missing(n) || ts_node_is_error(n)) {
      found = n;
      break;
    }
    if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c)) continue;
    bool done = false;
    while (!done && !ts_tree_cursor_goto_next_sibling(&c)) done = !ts_tree_cursor_goto_parent(&c);
    if (done) break;
  }
  ts_tree_cursor_delete(&c);
  return found;
}

// The first leaf token inside an ERROR node, shortened for the message.
std::string unexpected_token(TSNode n, std::string_view source) {
  while (ts_node_child_count(n) > 0) n = ts_node_child(n, 0);
  std::uint32_t begin = ts_node_start_byte(n), end = ts_node_end_byte(n);
  std::string_view tok = source.substr(begin, end - begin);
  if (tok.empty()) return "unexpected end of input";
  std::size_t nl = tok.find('\n');
  if (nl != std::string_view::npos) tok = tok.substr(0, nl);
  if (tok.size() > 30) return "unexpected `" + std::string(tok.substr(0, 30)) + "…`";
  return "unexpected `" + std::string(tok) + "`";
}

}  // namespace

ParseResult parse_js(const SourceFile& file, Arena& arena, Diagnostics* diags) {
  return parse_js_text(file.text, file.is_module, arena, diags);
}

ParseResult parse_js_text(std::string_view src, bool is_module, Arena& arena, Diagnostics* diags) {
  ParseResult result;
  if (std::size_t bad = invalid_utf8_at(src); bad != std::string_view::npos) {
    if (diags)
      diags->report(DiagId::D0003, static_cast<std::uint32_t>(bad),
                    static_cast<unsigned char>(src[bad]));
    return result;
  }
  std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
  if (!ts_parser_set_language(parser.get(), tree_sitter_javascript())) {
    if (diags) diags->report(DiagId::D0005, 0, "this tree-sitter-javascript ABI");
    return result;
  }
  // tree-sitter parses a working copy; each round corrects the grammar's deviations found in the
  // tree with same-length edits (repair.h) and re-parses. Offsets stay the user's.
  std::string work(src);
  cst::normalize_line_terminators(work);
  auto parse = [&](TSTree* old) {
    return ts_parser_parse_string(parser.get(), old, work.data(),
                                  static_cast<std::uint32_t>(work.size()));
  };
  std::unique_ptr<TSTree, TreeDeleter> tree(parse(nullptr));
  cst::Rejection reject;
  constexpr int kMaxRounds = 16;
  for (int round = 0; round < kMaxRounds; ++round) {
    std::vector<cst::Edit> edits;
    reject = {};
    cst::find_deviations(ts_tree_root_node(tree.get()), work, is_module, edits, reject);
    bool changed = false;
    for (const cst::Edit& e : edits) {
      if (e.at + e.bytes.size() > work.size() || work.compare(e.at, e.bytes.size(), e.bytes) == 0)
        continue;
      work.replace(e.at, e.bytes.size(), e.bytes);
      changed = true;
    }
    if (!changed) break;
    tree.reset(parse(nullptr));
  }
  TSNode root = ts_tree_root_node(tree.get());
  if (ts_node_has_error(root)) {
    TSNode err = first_error(root);
    if (ts_node_is_null(err)) err = root;
    if (diags) {
      auto at = ts_node_start_byte(err);
      if (ts_node_is_missing(err))
        diags->report(DiagId::D0002, at, fmt::format("`{}`", ts_node_type(err)));
      else
        diags->report(DiagId::D0001, at, unexpected_token(err, src));
    }
    return result;
  }
  if (reject.found) {
    if (diags) diags->report(DiagId::D0001, reject.at, reject.why);
    return result;
  }
  cst::Converter converter(tree_sitter_javascript(), src, arena, diags);
  converter.set_working_copy(work);
  result.program = converter.program(root, is_module);
  result.ok = !converter.failed();
  return result;
}

}  // namespace desugar
