// Private to src/parse: corrections for tree-sitter-javascript's known deviations from ECMAScript
// (see src/parse/README.md). Every correction is a same-length byte edit of a working copy of the
// source, so the re-parsed tree's offsets are the user's offsets, and the converter still reads
// every token's text from the user's original bytes.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace desugar::cst {

struct Edit {
  std::uint32_t at;   // byte offset
  std::string bytes;  // replaces bytes [at, at + bytes.size())
};

// A program the grammar accepts but ECMAScript rejects: where, and why.
struct Rejection {
  std::uint32_t at = 0;
  std::string why;
  bool found = false;
};

// Length of the line terminator at s[i] (LF, CR, U+2028, U+2029), or 0 (line_terminators.cpp).
std::size_t line_terminator_at(std::string_view s, std::size_t i);

// Edits needed before the first parse: line terminators the grammar's lexer does not know
// (a lone CR; U+2028/U+2029 ending a hashbang line).
void normalize_line_terminators(std::string& work);

// Walks the tree parsed from `work` and appends the edits that correct its deviations; records in
// `reject` a construct the grammar accepts but the language does not.
void find_deviations(TSNode root, std::string_view work, bool is_module, std::vector<Edit>& edits,
                     Rejection& reject);

}  // namespace desugar::cst
