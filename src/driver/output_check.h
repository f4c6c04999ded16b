// Invariants every output must keep, checked on the printed text itself: it parses back (as a
// script or a module, like its input), and every name under the reserved prefix that it uses is
// declared in it (a helper, temporary or continuation). A violation is a bug in desugar, so it
// throws std::logic_error, which the CLI turns into an internal error (exit 3) before any
// output is written.
#pragma once
#include <string>
#include <string_view>

namespace desugar {

void check_output(std::string_view output, bool is_module, const std::string& prefix);

}  // namespace desugar
