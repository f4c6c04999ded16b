// Output files appear only complete: written under a temporary name next to the target, then
// renamed into place. A SIGINT or SIGTERM that arrives meanwhile removes the temporary file.
#pragma once
#include <string>

namespace desugar {

// Writes `text` to `path` atomically. On failure leaves `path` untouched and fills `error`.
bool write_atomically(const std::string& path, const std::string& text, std::string& error);

}  // namespace desugar
