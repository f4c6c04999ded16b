#include "report/report.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "check/early_errors.h"
#include "parse/parse.h"

namespace desugar {

namespace {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string loc(const LineMap& lines, std::int64_t offset) {
  if (offset < 0) return "-";
  LineMap::Position p = lines.position(static_cast<std::uint32_t>(offset));
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string json_loc(const LineMap& lines, std::int64_t offset) {
  if (offset < 0) return "null";
  LineMap::Position p = lines.position(static_cast<std::uint32_t>(offset));
  return "{\"offset\": " + std::to_string(offset) + ", \"line\": " + std::to_string(p.line) +
         ", \"column\": " + std::to_string(p.column) + "}";
}

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_string(items[i]);
  return out + "]";
}

void write_notes(const Prediction& p, const SourceFile& file) {
  if (p.nondeterministic) {
    std::cerr << file.path << ": warning: Node's order is not fixed here: " << p.nondeterminism_note
              << "; it may also print:\n";
    for (const std::string& l : split_lines(p.alternative_stdout)) std::cerr << "  | " << l << "\n";
  }
  if (p.exit_status != 0) std::cerr << "desugar: predicted exit status " << p.exit_status << "\n";
}

}  // namespace

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

SimOptions sim_options_for(const Options& options, const SourceFile& file) {
  SimOptions s;
  s.host = options.host == "browser" ? SimHost::Browser : SimHost::Node;
  s.await_mode = options.await_mode;
  s.is_module = file.is_module;
  s.max_steps = options.max_steps;
  s.source = file.text;
  return s;
}

std::string render_explain_text(const Prediction& p, const SourceFile& file) {
  LineMap lines(file.text);
  std::ostringstream out;
  for (const TraceRow& r : p.trace) {
    out << "#" << r.step << "  " << r.kind;
    out << "  queued at " << loc(lines, r.queued_at) << "  runs " << loc(lines, r.runs);
    if (r.clock_ms != 0) out << "  t=" << r.clock_ms << "ms";
    out << "\n";
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
      out << "    prints " << (r.first_line + i) << ": " << r.lines[i] << "\n";
    }
    out << "    microtasks after: ";
    if (r.microtasks_after.empty()) out << "(empty)";
    for (std::size_t i = 0; i < r.microtasks_after.size(); ++i) out << (i ? ", " : "") << r.microtasks_after[i];
    out << "\n    macrotasks after: ";
    if (r.macrotasks_after.empty()) out << "(empty)";
    for (std::size_t i = 0; i < r.macrotasks_after.size(); ++i) out << (i ? ", " : "") << r.macrotasks_after[i];
    out << "\n";
  }
  out << "exit status " << p.exit_status << "\n";
  return out.str();
}

std::string render_explain_json(const Prediction& p, const SourceFile& file, const Options& options) {
  LineMap lines(file.text);
  std::ostringstream out;
  out << "{\n  \"schema\": \"desugar-explain/1\",\n";
  out << "  \"file\": " << json_string(file.path) << ",\n";
  out << "  \"host\": " << json_string(options.host) << ",\n";
  out << "  \"module\": " << (file.is_module ? "true" : "false") << ",\n";
  out << "  \"exit_status\": " << p.exit_status << ",\n";
  out << "  \"stdout\": " << json_list(split_lines(p.stdout_text)) << ",\n";
  out << "  \"nondeterministic\": " << (p.nondeterministic ? "true" : "false") << ",\n";
  if (p.nondeterministic) {
    out << "  \"nondeterminism_note\": " << json_string(p.nondeterminism_note) << ",\n";
    out << "  \"alternative_stdout\": " << json_list(split_lines(p.alternative_stdout)) << ",\n";
  }
  out << "  \"jobs\": [";
  for (std::size_t i = 0; i < p.trace.size(); ++i) {
    const TraceRow& r = p.trace[i];
    out << (i ? "," : "") << "\n    {\"step\": " << r.step << ", \"kind\": " << json_string(r.kind)
        << ", \"queued_at\": " << json_loc(lines, r.queued_at) << ", \"runs\": " << json_loc(lines, r.runs)
        << ", \"clock_ms\": " << r.clock_ms << ",\n     \"prints\": [";
    for (std::size_t k = 0; k < r.lines.size(); ++k) {
      out << (k ? ", " : "") << "{\"line\": " << (r.first_line + k) << ", \"text\": " << json_string(r.lines[k]) << "}";
    }
    out << "],\n     \"microtasks_after\": " << json_list(r.microtasks_after)
        << ",\n     \"macrotasks_after\": " << json_list(r.macrotasks_after) << "}";
  }
  out << "\n  ]\n}\n";
  return out.str();
}

int run_order_command(const Options& options, const SourceFile& file) {
  Arena arena;
  Diagnostics diags;
  ParseResult parsed = parse_and_check(file, arena, &diags);
  LineMap lines(file.text);
  if (!parsed.ok) {
    for (const Diagnostic& d : diags.items()) std::cerr << render_diagnostic(d, file.path, lines);
    return kExitInputError;
  }
  SimOptions sim = sim_options_for(options, file);
  sim.trace = options.order_mode != Options::OrderMode::Order;
  Prediction p = predict(parsed.program, sim);
  if (!p.ok) {
    for (const Diagnostic& d : p.diagnostics.items()) std::cerr << render_diagnostic(d, file.path, lines);
    return kExitInputError;
  }
  if (options.order_file) {
    std::ofstream f(*options.order_file, std::ios::binary);
    f << p.stdout_text;
  }
  switch (options.order_mode) {
    case Options::OrderMode::Order: std::cout << p.stdout_text; break;
    case Options::OrderMode::Explain: std::cout << render_explain_text(p, file); break;
    case Options::OrderMode::ExplainJson: std::cout << render_explain_json(p, file, options); break;
    case Options::OrderMode::None: break;
  }
  std::cout.flush();
  write_notes(p, file);
  if (std::getenv("DESUGAR_SIM_STATS") != nullptr) {
    std::cerr << "desugar: simulated " << p.jobs << " jobs, " << p.steps << " steps, " << p.gc_collections
              << " collections, peak heap " << (p.peak_heap_bytes >> 20) << " MiB\n";
  }
  return kExitOk;
}

}  // namespace desugar
