// The predicted ordering next to the emitted code (-o): a comment block at the top of the file
// and, after each statement whose calls printed, a trailing `// prints N` comment with the stdout
// line numbers. Lowered nodes keep the source ranges of the nodes they stand for, so the print
// sites the simulator recorded in the original program find their statements in the lowered one.
#include <map>
#include <set>

#include "diag/diag.h"
#include "report/report.h"

namespace desugar {

namespace {

bool is_statement_list_owner(const Node* n) {
  return n->kind == Kind::Program || n->kind == Kind::Block || n->kind == Kind::SwitchCase ||
         n->kind == Kind::StaticBlock;
}

// Offsets of printing calls inside `n`, not descending into nested statement lists.
void collect_sites(const Node* n, const std::map<std::uint32_t, const PrintSite*>& sites,
                   std::set<std::uint32_t>& lines, bool root) {
  if (n == nullptr) return;
  if (!root && is_statement_list_owner(n)) return;
  if (n->kind == Kind::Call || n->kind == Kind::TaggedTemplate) {
    auto it = sites.find(n->begin);
    // The same range, and a callee that can print (the emitted runtime's nodes have ranges in
    // its own text, which may coincide with the program's).
    if (it != sites.end() && it->second->end == n->end && ast::callee(n) != nullptr &&
        (ast::callee(n)->kind == Kind::Member || ast::callee(n)->kind == Kind::Identifier)) {
      lines.insert(it->second->lines.begin(), it->second->lines.end());
    }
  }
  for_each_slot(n, [&](const Node* c) { collect_sites(c, sites, lines, false); });
  for (const Node* c : n->list) collect_sites(c, sites, lines, false);
}

std::string describe_lines(const std::set<std::uint32_t>& lines) {
  std::string out = lines.size() == 1 ? "// prints line " : "// prints lines ";
  std::size_t shown = 0;
  for (auto it = lines.begin(); it != lines.end(); ++it) {
    if (shown == 12) {
      out += ", ... (" + std::to_string(lines.size()) + " in all)";
      break;
    }
    // Collapse runs: 3-7.
    std::uint32_t start = *it, end = *it;
    auto next = it;
    while (std::next(next) != lines.end() && *std::next(next) == end + 1) {
      ++next;
      ++end;
    }
    out += (shown ? ", " : "") + std::to_string(start);
    if (end > start + 1)
      out += "-" + std::to_string(end);
    else if (end == start + 1)
      out += ", " + std::to_string(end);
    it = next;
    ++shown;
  }
  return out;
}

void annotate_lists(Node* n, const std::map<std::uint32_t, const PrintSite*>& sites,
                    AstBuilder& b) {
  if (n == nullptr) return;
  for_each_slot(n, [&](Node* c) { annotate_lists(c, sites, b); });
  for (Node* c : n->list) annotate_lists(c, sites, b);
  if (!is_statement_list_owner(n)) return;
  std::vector<Node*> items;
  bool changed = false;
  for (Node* s : n->list) {
    items.push_back(s);
    if (s == nullptr || s->kind == Kind::Comment) continue;
    std::set<std::uint32_t> lines;
    collect_sites(s, sites, lines, true);
    if (lines.empty()) continue;
    Node* c = b.make(Kind::Comment);
    c->flags |= flag::Trailing;
    c->text = b.str(describe_lines(lines));
    c->begin = c->end = s->end;
    items.push_back(c);
    changed = true;
  }
  if (changed) n->list = b.list(std::span<Node* const>(items.data(), items.size()));
}

std::string host_name(const Prediction&, const SourceFile& file) {
  return file.is_module ? "ES module" : "script";
}

}  // namespace

std::vector<std::string> order_comment_lines(const Prediction& p, const SourceFile& file) {
  std::vector<std::string> out;
  if (!p.ok) {
    LineMap lines(file.text);
    std::string where;
    if (p.refusal_offset >= 0)
      where = ", " + file.path + ":" + lines.line_col(static_cast<std::uint32_t>(p.refusal_offset));
    out.push_back("// Predicted output: unavailable (cannot predict: " + p.refusal + where + ")");
    return out;
  }
  std::vector<std::string> lines = split_lines(p.stdout_text);
  out.push_back("// Predicted output (desugar's event-loop simulator, Node " + host_name(p, file) +
                "):");
  std::size_t width = std::to_string(lines.size()).size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string num = std::to_string(i + 1);
    out.push_back("//   " + std::string(width - num.size(), ' ') + num + "  " + lines[i]);
  }
  if (lines.empty()) out.push_back("//   (nothing)");
  if (p.exit_status != 0) out.push_back("// Exit status " + std::to_string(p.exit_status) + ".");
  if (p.nondeterministic) {
    out.push_back("// Node's order is not fixed here (" + p.nondeterminism_note +
                  "); it may also print:");
    for (const std::string& l : split_lines(p.alternative_stdout)) out.push_back("//      " + l);
  }
  return out;
}

void annotate_program(Node* program, const Prediction& p, const SourceFile& file, AstBuilder& b) {
  if (p.ok) {
    std::map<std::uint32_t, const PrintSite*> sites;
    for (const PrintSite& s : p.prints) sites[s.offset] = &s;
    annotate_lists(program, sites, b);
  }
  std::vector<Node*> items;
  std::size_t i = 0;
  if (!program->list.empty() && program->list[0]->kind == Kind::Verbatim &&
      program->list[0]->text.starts_with("#!")) {
    items.push_back(program->list[0]);
    i = 1;
  }
  for (const std::string& line : order_comment_lines(p, file)) {
    Node* c = b.make(Kind::Comment);
    c->text = b.str(line);
    items.push_back(c);
  }
  for (; i < program->list.size(); ++i) items.push_back(program->list[i]);
  program->list = b.list(std::span<Node* const>(items.data(), items.size()));
}

}  // namespace desugar
