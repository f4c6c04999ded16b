#include "driver/driver.h"

#include <sys/stat.h>
#include <unistd.h>

#include <csignal>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "driver/atomic_write.h"
#include "driver/compile.h"
#include "driver/directory.h"
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

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Whether `input` names the same file as one of the outputs (which would overwrite the input).
bool same_file(const std::string& input, const std::optional<std::string>& output,
               const std::optional<std::string>& order_file) {
  std::error_code ec;
  for (const auto* out : {&output, &order_file}) {
    if (*out && std::filesystem::equivalent(input, **out, ec)) return true;
  }
  return false;
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
  std::error_code ec;
  if (options->input != "-" && std::filesystem::is_directory(options->input, ec)) {
    return run_directory(*options);
  }
  SourceFile file;
  file.path = options->input == "-" ? "<stdin>" : options->input;
  if (!read_input(options->input, file.text, error)) {
    std::cerr << render_file_diagnostic(file.path, DiagId::D0004, error);
    return kExitInputError;
  }
  if (options->input != "-" && same_file(options->input, options->output, options->order_file)) {
    std::cerr << render_file_diagnostic(file.path, DiagId::D0051);
    return kExitInputError;
  }
  if (file.text.rfind("\xEF\xBB\xBF", 0) == 0) file.text.erase(0, 3);  // BOM
  file.is_module =
      options->force_module || (!options->force_script && (ends_with(options->input, ".mjs")));

  // ---- the predicted ordering (src/sim, src/report, built with DESUGAR_SIM=ON): --order,
  // --explain, and -o's comments
#if defined(DESUGAR_SIM)
  if (options->order_mode != Options::OrderMode::None) return run_order_command(*options, file);
  bool with_order = (options->output && !options->no_order) || options->order_file;
  Prediction prediction;
  CompileResult result =
      with_order ? compile_with_order(file, *options, prediction) : compile(file, *options);
  if (with_order && options->order_file && prediction.ok && result.ok) {
    if (!write_atomically(*options->order_file, prediction.stdout_text, error)) {
      std::cerr << render_file_diagnostic(*options->order_file, DiagId::D0050, error);
      return kExitInputError;
    }
  }
#else
  if (options->order_mode != Options::OrderMode::None || options->order_file) {
    std::cerr
        << "desugar: this build has no event-loop simulator (configure with -DDESUGAR_SIM=ON)\n";
    return kExitUsage;
  }
  CompileResult result = compile(file, *options);
#endif
  std::cerr << render_all(result, file);
  if (!result.ok) return kExitInputError;
  if (options->output) {
    if (!write_atomically(*options->output, result.output, error)) {
      std::cerr << render_file_diagnostic(*options->output, DiagId::D0050, error);
      return kExitInputError;
    }
  } else {
    std::cout << result.output;
    std::cout.flush();
  }
  return kExitOk;
}

}  // namespace desugar
