// Regular-expression literals: flags, and the pattern syntax V8 rejects.
#include "check/checker.h"
#include "check/regexp_pattern.h"

namespace desugar::check {

// #sec-regular-expression-literals-static-semantics-early-errors
void Checker::regexp(const Node* r) {
  std::string_view raw = r->text;
  std::size_t slash = raw.rfind('/');
  std::string_view flags = raw.substr(slash + 1);
  std::string seen;
  for (char f : flags) {
    if (std::string_view("dgimsuyv").find(f) == std::string_view::npos ||
        seen.find(f) != std::string::npos) {
      return error(DiagId::D0349, r->begin);
    }
    seen += f;
  }
  if (seen.find('u') != std::string::npos && seen.find('v') != std::string::npos) {
    return error(DiagId::D0349, r->begin);
  }
  // #sec-patterns-static-semantics-early-errors
  bool u = seen.find('u') != std::string::npos, v = seen.find('v') != std::string::npos;
  std::string_view pattern = raw.substr(1, slash - 1);
  std::string why = regexp_pattern_error(pattern, u, v);
  if (!why.empty()) return error(DiagId::D0350, r->begin, pattern, flags, why);
}

}  // namespace desugar::check
