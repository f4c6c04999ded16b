// Shared machinery of the CST → AST converter: symbol/field tables and child collection.
#include <string>
#include <unordered_map>

#include "parse/cst.h"

namespace desugar::cst {

namespace {
constexpr std::string_view kSymNames[] = {
#define SYM(name) #name,
#include "parse/symbols.def"
#undef SYM
};
constexpr std::string_view kFieldNames[] = {
#define FIELD(name) #name,
#include "parse/fields.def"
#undef FIELD
};
// Grammar names that are C++ keywords carry a trailing underscore in symbols.def.
std::string_view grammar_name(std::string_view s) {
  if (!s.empty() && s.back() == '_') s.remove_suffix(1);
  return s;
}
}  // namespace

Converter::Converter(const TSLanguage* language, std::string_view source, Arena& arena,
                     Diagnostics* diags)
    : language_(language), source_(source), b_(arena), diags_(diags) {
  std::unordered_map<std::string_view, Sym> by_name;
  for (std::size_t i = 0; i < std::size(kSymNames); ++i)
    by_name.emplace(grammar_name(kSymNames[i]), Sym(i));
  std::uint32_t count = ts_language_symbol_count(language);
  sym_of_.assign(count, Sym::Other);
  for (std::uint32_t s = 0; s < count; ++s) {
    if (ts_language_symbol_type(language, static_cast<TSSymbol>(s)) != TSSymbolTypeRegular)
      continue;
    auto it = by_name.find(ts_language_symbol_name(language, static_cast<TSSymbol>(s)));
    if (it != by_name.end()) sym_of_[s] = it->second;
  }
  field_of_.assign(ts_language_field_count(language) + 1, Field::None);
  for (std::size_t i = 0; i < std::size(kFieldNames); ++i) {
    std::string_view name = grammar_name(kFieldNames[i]);
    TSFieldId id = ts_language_field_id_for_name(language, name.data(),
                                                 static_cast<std::uint32_t>(name.size()));
    if (id != 0 && id < field_of_.size()) field_of_[id] = Field(i);
  }
  buf_.reserve(4096);
}

Sym Converter::sym(TSNode n) const {
  if (!ts_node_is_named(n)) return Sym::Other;
  TSSymbol s = ts_node_symbol(n);
  return s < sym_of_.size() ? sym_of_[s] : Sym::Other;
}

std::string_view Converter::text(TSNode n) const {
  std::uint32_t begin = ts_node_start_byte(n), end = ts_node_end_byte(n);
  return source_.substr(begin, end - begin);
}

std::pair<std::size_t, std::size_t> Converter::children(TSNode n, bool keep_comments) {
  std::size_t first = buf_.size();
  // Statement lists have no fields; asking anyway walks up the hidden repeat nodes above each
  // child, which made a program of 2.8 million statements superlinear.
  Sym parent = sym(n);
  bool fields = parent != Sym::program && parent != Sym::statement_block;
  TSTreeCursor cursor = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      Sym s = sym(child);
      if (!keep_comments && (s == Sym::comment || s == Sym::html_comment)) continue;
      TSFieldId fid = fields ? ts_tree_cursor_current_field_id(&cursor) : 0;
      Field f = fid < field_of_.size() ? field_of_[fid] : Field::None;
      buf_.push_back(Child{child, s, f, ts_node_is_named(child)});
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return {first, buf_.size()};
}

TSNode Converter::field(TSNode n, Field f) {
  auto [first, last] = children(n);
  TSNode found{};
  for (std::size_t i = first; i < last; ++i) {
    if (buf_[i].field == f) {
      found = buf_[i].node;
      break;
    }
  }
  buf_.resize(first);
  return found;
}

bool Converter::has_token(TSNode n, std::string_view token) {
  auto [first, last] = children(n);
  bool found = false;
  for (std::size_t i = first; i < last && !found; ++i) {
    found = !buf_[i].named && text(buf_[i].node) == token;
  }
  buf_.resize(first);
  return found;
}

Node* Converter::make(Kind kind, TSNode origin) {
  Node* node = b_.make(kind);
  node->begin = ts_node_start_byte(origin);
  node->end = ts_node_end_byte(origin);
  return node;
}

void Converter::unsupported(TSNode n, std::string_view what) {
  if (!failed_ && diags_) diags_->report(DiagId::D0005, ts_node_start_byte(n), what);
  failed_ = true;
}

Node* Converter::program(TSNode root, bool is_module) {
  Node* prog = make(Kind::Program, root);
  if (is_module) prog->flags |= flag::Module;
  await_keyword_ = is_module;
  std::vector<Node*> items;
  statement_list(root, items);
  prog->list = list(items);
  return prog;
}

}  // namespace desugar::cst

namespace desugar::cst {

ChildRange::~ChildRange() { c_.truncate(first_); }

Child ChildRange::operator[](std::size_t i) const { return c_.at(first_ + i); }

TSNode ChildRange::field(Field f) const {
  for (std::size_t i = first_; i < last_; ++i) {
    if (c_.at(i).field == f) return c_.at(i).node;
  }
  return TSNode{};
}

TSNode ChildRange::first_named() const {
  for (std::size_t i = first_; i < last_; ++i) {
    const Child& ch = c_.at(i);
    if (ch.named && ch.sym != Sym::comment) return ch.node;
  }
  return TSNode{};
}

}  // namespace desugar::cst
