#include "driver/directory.h"

#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "driver/atomic_write.h"
#include "driver/compile.h"
#if defined(DESUGAR_SIM)
#include "driver/order.h"
#endif

namespace desugar {

namespace fs = std::filesystem;

namespace {

bool is_program(const fs::path& p) {
  auto ext = p.extension();
  return ext == ".js" || ext == ".mjs" || ext == ".cjs";
}

// Every program under `root`, sorted, leaving out the output tree when it lies inside `root`.
std::vector<fs::path> list_programs(const fs::path& root, const fs::path& skip) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_directory() && fs::equivalent(it->path(), skip, ec)) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && is_program(it->path())) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct FileResult {
  bool ok = false;
  std::string diagnostics;  // rendered, in the order reported
};

FileResult lower_one(const fs::path& in, const fs::path& out, const std::string& shown,
                     const Options& options) {
  FileResult r;
  SourceFile file;
  file.path = shown;
  std::ifstream stream(in, std::ios::binary);
  file.text.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
  if (!stream && !stream.eof()) {
    r.diagnostics = render_file_diagnostic(shown, DiagId::D0004, "read failed");
    return r;
  }
  if (file.text.rfind("\xEF\xBB\xBF", 0) == 0) file.text.erase(0, 3);  // BOM
  file.is_module = options.force_module || (!options.force_script && in.extension() == ".mjs");
#if defined(DESUGAR_SIM)
  Prediction prediction;
  CompileResult result =
      options.no_order ? compile(file, options) : compile_with_order(file, options, prediction);
#else
  CompileResult result = compile(file, options);
#endif
  r.diagnostics = render_all(result, file);
  if (!result.ok) return r;
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  std::string error;
  if (!write_atomically(out.string(), result.output, error)) {
    r.diagnostics += render_file_diagnostic(out.string(), DiagId::D0050, error);
    return r;
  }
  r.ok = true;
  return r;
}

// Runs `work(i)` for i in [0, n) on `threads` threads, each with the large stack the pipeline
// needs (see src/main.cpp).
template <typename Work>
void run_parallel(std::size_t n, unsigned threads, Work work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) work(i);
  };
  using Loop = decltype(loop);
  std::vector<pthread_t> started;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, std::size_t{1} << 30);  // reserved, touched only as used
  for (unsigned t = 0; t < threads; ++t) {
    pthread_t id;
    auto entry = [](void* p) -> void* {
      (*static_cast<Loop*>(p))();
      return nullptr;
    };
    if (pthread_create(&id, &attr, entry, &loop) == 0) started.push_back(id);
  }
  pthread_attr_destroy(&attr);
  if (started.empty()) loop();
  for (pthread_t id : started) pthread_join(id, nullptr);
}

}  // namespace

int run_directory(const Options& options) {
  if (!options.output) {
    std::cerr << render_file_diagnostic(options.input, DiagId::D0052);
    return kExitInputError;
  }
  if (options.order_mode != Options::OrderMode::None || options.order_file) {
    std::cerr << "desugar: --order, --explain and --order-file take one file, not a directory\n"
                 "(run 'desugar --help' for usage)\n";
    return kExitUsage;
  }
  fs::path in_root(options.input), out_root(*options.output);
  std::error_code ec;
  if (fs::exists(out_root, ec) && !fs::is_directory(out_root, ec)) {
    std::cerr << render_file_diagnostic(*options.output, DiagId::D0050,
                                        "a directory input needs a directory output");
    return kExitInputError;
  }
  if (fs::exists(out_root, ec) && fs::equivalent(in_root, out_root, ec)) {
    std::cerr << render_file_diagnostic(options.input, DiagId::D0051);
    return kExitInputError;
  }
  std::vector<fs::path> files = list_programs(in_root, out_root);
  std::vector<FileResult> results(files.size());
  unsigned threads =
      options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  threads =
      static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(files.size(), 1)));

  // A progress line on a terminal, for runs long enough to want one.
  const bool progress = isatty(STDERR_FILENO) && files.size() >= 20;
  std::atomic<std::size_t> done{0};
  std::atomic<bool> internal_error{false};
  std::mutex progress_mutex;
  run_parallel(files.size(), threads, [&](std::size_t i) {
    fs::path rel = fs::relative(files[i], in_root, ec);
    try {
      results[i] = lower_one(files[i], out_root / rel, files[i].string(), options);
    } catch (const std::exception& e) {  // a bug in desugar: this file fails, the others go on
      results[i].diagnostics = files[i].string() + ": internal error: " + e.what() + "\n";
      internal_error = true;
    }
    std::size_t k = ++done;
    if (progress) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      std::cerr << "\r\x1b[K[" << k << "/" << files.size() << "] " << rel.string() << std::flush;
    }
  });
  if (progress) std::cerr << "\r\x1b[K";

  std::size_t failed = 0;
  for (const FileResult& r : results) {
    std::cerr << r.diagnostics;
    if (!r.ok) ++failed;
  }
  if (failed > 0) {
    std::cerr << "desugar: " << failed << " of " << files.size() << " files failed\n";
    return internal_error ? kExitInternal : kExitInputError;
  }
  return kExitOk;
}

}  // namespace desugar
