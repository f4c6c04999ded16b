#include "report/report.h"

#include <cstdio>
#include <sstream>

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
  return lines.line_col(static_cast<std::uint32_t>(offset));
}

std::string json_loc(const LineMap& lines, std::int64_t offset) {
  if (offset < 0) return "null";
  LineMap::Position p = lines.position(static_cast<std::uint32_t>(offset));
  return "{\"offset\": " + std::to_string(offset) + ", \"line\": " + std::to_string(p.line) +
         ", \"column\": " + std::to_string(p.column) + "}";
}

// "PromiseReactionJob 4:15", "timer 7:1 (due 1ms)", then "... N more" for the entries not kept.
std::vector<std::string> describe_queue(const std::vector<QueuedTask>& tasks, std::size_t total,
                                        const LineMap& lines) {
  std::vector<std::string> out;
  for (const QueuedTask& t : tasks) {
    std::string text = std::string(t.kind) + " " +
                       (t.at < 0 ? "internal" : lines.line_col(static_cast<std::uint32_t>(t.at)));
    if (t.due_ms >= 0) {
      char buf[48];
      std::snprintf(buf, sizeof buf, " (due %gms)", t.due_ms);
      text += buf;
    }
    out.push_back(std::move(text));
  }
  if (total > tasks.size()) out.push_back("... " + std::to_string(total - tasks.size()) + " more");
  return out;
}

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_string(items[i]);
  return out + "]";
}

}  // namespace

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
    std::vector<std::string> micro = describe_queue(r.microtasks_after, r.microtasks_total, lines);
    std::vector<std::string> macro = describe_queue(r.macrotasks_after, r.macrotasks_total, lines);
    out << "    microtasks after: ";
    if (micro.empty()) out << "(empty)";
    for (std::size_t i = 0; i < micro.size(); ++i) out << (i ? ", " : "") << micro[i];
    out << "\n    macrotasks after: ";
    if (macro.empty()) out << "(empty)";
    for (std::size_t i = 0; i < macro.size(); ++i) out << (i ? ", " : "") << macro[i];
    out << "\n";
  }
  out << "exit status " << p.exit_status << "\n";
  return out.str();
}

std::string render_explain_json(const Prediction& p, const SourceFile& file, HostKind host) {
  LineMap lines(file.text);
  std::ostringstream out;
  out << "{\n  \"schema\": \"desugar-explain/1\",\n";
  out << "  \"file\": " << json_string(file.path) << ",\n";
  out << "  \"host\": " << json_string(host_name(host)) << ",\n";
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
        << ", \"queued_at\": " << json_loc(lines, r.queued_at)
        << ", \"runs\": " << json_loc(lines, r.runs) << ", \"clock_ms\": " << r.clock_ms
        << ",\n     \"prints\": [";
    for (std::size_t k = 0; k < r.lines.size(); ++k) {
      out << (k ? ", " : "") << "{\"line\": " << (r.first_line + k)
          << ", \"text\": " << json_string(r.lines[k]) << "}";
    }
    out << "],\n     \"microtasks_after\": "
        << json_list(describe_queue(r.microtasks_after, r.microtasks_total, lines))
        << ",\n     \"macrotasks_after\": "
        << json_list(describe_queue(r.macrotasks_after, r.macrotasks_total, lines)) << "}";
  }
  out << "\n  ]\n}\n";
  return out.str();
}

std::string render_order_notes(const Prediction& p, const SourceFile& file) {
  std::string out;
  if (p.nondeterministic) {
    out += file.path + ": warning: Node's order is not fixed here: " + p.nondeterminism_note +
           "; it may also print:\n";
    for (const std::string& l : split_lines(p.alternative_stdout)) out += "  | " + l + "\n";
  }
  if (p.exit_status != 0)
    out += "desugar: predicted exit status " + std::to_string(p.exit_status) + "\n";
  return out;
}

std::string render_sim_stats(const Prediction& p) {
  return "desugar: simulated " + std::to_string(p.jobs) + " jobs, " + std::to_string(p.steps) +
         " steps, " + std::to_string(p.gc_collections) + " collections, peak heap " +
         std::to_string(p.peak_heap_bytes >> 20) + " MiB\n";
}

}  // namespace desugar
