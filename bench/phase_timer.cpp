// phase_timer: times the front end and the printer separately, for bench/parse_print.js.
//
//   phase_timer FILE --phase ts     [--module]   tree-sitter parse alone (and freeing the tree)
//   phase_timer FILE --phase front  [--module]   parse_js (tree-sitter + CST->AST), then print_js
//
// Each run times each phase once, in a fresh process, so that it sees the same cold heap as a
// `desugar FILE --stage print` run; the bench script runs it several times and takes medians.
// CST->AST time is parse_js minus the tree-sitter parse from a `--phase ts` run of the same
// round (parse_js = UTF-8 check + tree-sitter parse + conversion + freeing the tree).
//
// Prints one JSON object on stdout: times in milliseconds (wall `X_ms`, thread CPU `X_cpu_ms`),
// sizes in bytes, peak RSS (VmHWM) in KiB.
// Uses only the public front-end and printer API (parse/parse.h, print/printer.h) and, for the
// tree-sitter-alone phase, tree-sitter's C API with the same grammar desugar links.
#include <pthread.h>

#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <tree_sitter/api.h>

#include "parse/parse.h"
#include "print/printer.h"

extern "C" const TSLanguage* tree_sitter_javascript(void);

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// CPU time of this thread (user + system), in ms: less disturbed than wall time when other work
// shares the cores.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall and CPU time of one phase.
struct Span {
  Clock::time_point wall0 = Clock::now();
  double cpu0 = cpu_ms();
  double wall = 0, cpu = 0;
  void stop() {
    wall = ms_since(wall0);
    cpu = cpu_ms() - cpu0;
  }
};

long peak_rss_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

struct Job {
  std::vector<std::string> args;
  int status = 2;
};

int usage() {
  std::cerr << "usage: phase_timer FILE --phase ts|front [--module]\n";
  return 2;
}

int run(const std::vector<std::string>& args) {
  std::string path, phase;
  bool is_module = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--phase" && i + 1 < args.size())
      phase = args[++i];
    else if (args[i] == "--module")
      is_module = true;
    else if (!args[i].empty() && args[i][0] != '-' && path.empty())
      path = args[i];
    else
      return usage();
  }
  if (path.empty() || (phase != "ts" && phase != "front")) return usage();

  auto t_read = Clock::now();
  desugar::SourceFile file;
  file.path = path;
  file.is_module = is_module;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "phase_timer: cannot read " << path << "\n";
      return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    file.text = std::move(ss).str();
  }
  if (file.text.rfind("\xEF\xBB\xBF", 0) == 0) file.text.erase(0, 3);
  double read_ms = ms_since(t_read);
  std::ostringstream json;
  json.setf(std::ios::fixed);
  json.precision(3);
  json << "{\"phase\":\"" << phase << "\",\"bytes\":" << file.text.size()
       << ",\"read_ms\":" << read_ms;

  if (phase == "ts") {
    // The same calls parse_js makes, minus the UTF-8 check and the conversion.
    Span parse;
    TSParser* parser = ts_parser_new();
    if (!ts_parser_set_language(parser, tree_sitter_javascript())) {
      std::cerr << "phase_timer: grammar ABI mismatch\n";
      return 3;
    }
    TSTree* tree = ts_parser_parse_string(parser, nullptr, file.text.data(),
                                          static_cast<std::uint32_t>(file.text.size()));
    parse.stop();
    bool has_error = ts_node_has_error(ts_tree_root_node(tree));
    Span release;
    ts_tree_delete(tree);
    ts_parser_delete(parser);
    release.stop();
    json << ",\"ts_parse_ms\":" << parse.wall << ",\"ts_parse_cpu_ms\":" << parse.cpu
         << ",\"ts_free_ms\":" << release.wall << ",\"ts_free_cpu_ms\":" << release.cpu
         << ",\"has_error\":" << (has_error ? "true" : "false");
  } else {
    std::size_t out_bytes = 0, arena_bytes = 0;
    Span parse, print, release;
    bool ok = false;
    {
      parse = Span();
      auto* arena = new desugar::Arena;
      desugar::Diagnostics diags;
      desugar::ParseResult parsed = desugar::parse_js(file, *arena, &diags);
      parse.stop();
      ok = parsed.ok;
      if (ok) {
        print = Span();
        desugar::PrintOptions options;
        options.source = file.text;
        std::string out = desugar::print_js(parsed.program, options);
        print.stop();
        out_bytes = out.size();
      }
      arena_bytes = arena->bytes_reserved();
      release = Span();
      delete arena;
      release.stop();
    }
    if (!ok) {
      std::cerr << "phase_timer: " << path << " does not parse\n";
      return 1;
    }
    json << ",\"parse_js_ms\":" << parse.wall << ",\"parse_js_cpu_ms\":" << parse.cpu
         << ",\"print_ms\":" << print.wall << ",\"print_cpu_ms\":" << print.cpu
         << ",\"free_ms\":" << release.wall << ",\"free_cpu_ms\":" << release.cpu
         << ",\"out_bytes\":" << out_bytes << ",\"arena_bytes\":" << arena_bytes;
  }
  json << ",\"peak_rss_kib\":" << peak_rss_kib() << "}";
  std::cout << json.str() << "\n";
  return 0;
}

void* run_job(void* arg) {
  auto* job = static_cast<Job*>(arg);
  job->status = run(job->args);
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  // Like desugar's main: conversion and printing recurse over the AST, so run on a big stack.
  Job job;
  job.args.assign(argv + 1, argv + argc);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, std::size_t{1} << 30);
  pthread_t thread;
  if (pthread_create(&thread, &attr, run_job, &job) != 0)
    run_job(&job);
  else
    pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return job.status;
}
