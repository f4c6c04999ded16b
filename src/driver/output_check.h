// Invariants every output must keep, checked on the printed text itself: it parses back (as a
// script or a module, like its input), and every name under the reserved prefix that it uses is
// declared in it (a helper, temporary or continuation). A violation is a bug in desugar, so it
// throws std::logic_error, which the CLI turns into an internal error (exit 3) before any
// output is written.
#pragma once
#include <string>
#include <string_view>

namespace desugar {

// `check_suspensions`: also reject an `await` outside an async function and a `yield` outside a
// generator (pass false when the input itself has one: sloppy scripts may call a function named
// `await`, which the grammar reads as an await expression).
void check_output(std::string_view output, bool is_module, const std::string& prefix,
                  bool check_suspensions = true);

struct Node;
// Whether `program` has an `await` outside an async function or a `yield` outside a generator.
bool has_misplaced_suspension(const Node* program, bool is_module);

}  // namespace desugar
