#include "driver/driver.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "driver/compile.h"
#if defined(DESUGAR_SIM)
#include "driver/order.h"
#endif

namespace desugar {

namespace {

bool read_input(const std::string& path, std::string& text, std::string& error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = "read failed";
    return false;
  }
  return true;
}

// Writes `text` next to `path` under a temporary name, then renames it into place, so a failed
// run never leaves a partial or truncated output file.
bool write_atomically(const std::string& path, const std::string& text, std::string& error) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string tmpl = (dir / ("." + target.filename().string() + ".desugar-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      ::close(fd);
      std::remove(tmpl.c_str());
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  fchmod(fd, 0644);
  if (::close(fd) != 0 || std::rename(tmpl.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    std::remove(tmpl.c_str());
    return false;
  }
  return true;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

int run_cli(const std::vector<std::string>& args) {
  std::string error;
  auto options = parse_options(args, error);
  if (!options) {
    std::cerr << "desugar: " << error << "\n(run 'desugar --help' for usage)\n";
    return kExitUsage;
  }
  if (options->help) {
    std::cout << usage_text();
    return kExitOk;
  }
  if (options->version) {
    std::cout << "desugar " << DESUGAR_VERSION << "\n";
    return kExitOk;
  }
  SourceFile file;
  file.path = options->input == "-" ? "<stdin>" : options->input;
  if (!read_input(options->input, file.text, error)) {
    std::cerr << file.path << ": error[D0004]: cannot read input: " << error << "\n";
    return kExitInputError;
  }
  if (file.text.rfind("\xEF\xBB\xBF", 0) == 0) file.text.erase(0, 3);  // BOM
  file.is_module = options->force_module ||
                   (!options->force_script && (ends_with(options->input, ".mjs")));

  // ---- the predicted ordering (src/sim, src/report, built with DESUGAR_SIM=ON): --order,
  // --explain, and -o's comments
#if defined(DESUGAR_SIM)
  if (options->order_mode != Options::OrderMode::None) return run_order_command(*options, file);
  bool with_order = (options->output && !options->no_order) || options->order_file;
  Prediction prediction;
  CompileResult result = with_order ? compile_with_order(file, *options, prediction) : compile(file, *options);
  if (with_order && options->order_file && prediction.ok && result.ok) {
    if (!write_atomically(*options->order_file, prediction.stdout_text, error)) {
      std::cerr << *options->order_file << ": error[D0004]: cannot write output: " << error << "\n";
      return kExitInputError;
    }
  }
#else
  if (options->order_mode != Options::OrderMode::None || options->order_file) {
    std::cerr << "desugar: this build has no event-loop simulator (configure with -DDESUGAR_SIM=ON)\n";
    return kExitUsage;
  }
  CompileResult result = compile(file, *options);
#endif
  std::cerr << render_all(result, file);
  if (!result.ok) return kExitInputError;
  if (options->output) {
    if (!write_atomically(*options->output, result.output, error)) {
      std::cerr << *options->output << ": error[D0004]: cannot write output: " << error << "\n";
      return kExitInputError;
    }
  } else {
    std::cout << result.output;
    std::cout.flush();
  }
  return kExitOk;
}

}  // namespace desugar
