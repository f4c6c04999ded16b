// Globals both hosts provide: console, timers, queueMicrotask, Date.now and performance.now on
// the virtual clock; then the host's own (host_node.cpp, host_browser.cpp). Anything of the host
// that the simulator does not model refuses when it is used.
#include <cmath>

#include "sim/builtins.h"

namespace desugar::sim {

namespace {

constexpr double kEpoch = 1700000000000.0;  // what Date.now() reads at virtual time 0
constexpr double kClockQuantum = 0.01;      // each clock read advances time (busy-waits end)

std::string group_indent(Interp& in) {
  return std::string(static_cast<std::size_t>(in.group_indent), ' ');
}

std::string indent_lines(const std::string& text, const std::string& indent) {
  if (indent.empty()) return text;
  std::string out = indent;
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

Value console_log(Interp& in, NativeFunction&, NativeArgs& a) {
  std::uint32_t site = in.pos, site_end = in.call_end;
  std::string text = in.format_log_args(a);
  in.pos = site;
  in.call_end = site_end;
  in.write_stdout(indent_lines(text, group_indent(in)) + "\n");
  return Value::undefined();
}

Value console_error(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string text;
  bool refused = false;
  try {
    text = in.format_log_args(a);
  } catch (const Refusal&) {
    refused = true;  // stderr is not predicted exactly
  }
  if (refused) text = "<unpredicted>";
  in.write_stderr(indent_lines(text, group_indent(in)) + "\n");
  return Value::undefined();
}

Value console_dir(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.argc > 1) in.refuse("console.dir options are not modelled");
  std::uint32_t site = in.pos, site_end = in.call_end;
  std::string text = in.inspect(a.arg(0));
  in.pos = site;
  in.call_end = site_end;
  in.write_stdout(indent_lines(text, group_indent(in)) + "\n");
  return Value::undefined();
}

Value console_group(Interp& in, NativeFunction& self, NativeArgs& a) {
  if (a.argc > 0) console_log(in, self, a);
  in.group_indent += 2;
  return Value::undefined();
}

Value console_group_end(Interp& in, NativeFunction&, NativeArgs&) {
  if (in.group_indent >= 2) in.group_indent -= 2;
  return Value::undefined();
}

Value console_count(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string label = a.arg(0).is_undefined() ? "default" : in.to_std_string(a.arg(0));
  int n = ++in.console_counts[label];
  in.write_stdout(group_indent(in) + label + ": " + std::to_string(n) + "\n");
  return Value::undefined();
}

Value console_count_reset(Interp& in, NativeFunction&, NativeArgs& a) {
  std::string label = a.arg(0).is_undefined() ? "default" : in.to_std_string(a.arg(0));
  in.console_counts[label] = 0;
  return Value::undefined();
}

Value console_assert(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.ToBoolean(a.arg(0))) in.write_stderr("Assertion failed\n");
  return Value::undefined();
}

Value console_unmodelled(Interp& in, NativeFunction& self, NativeArgs&) {
  Value name = in.get(&self, in.n.name);
  in.refuse("`console." + in.to_std_string(name) + "` is not modelled");
}

// ---- timers

Value set_timeout(Interp& in, NativeFunction&, NativeArgs& a) {
  Value cb = a.arg(0);
  if (!in.IsCallable(cb))
    in.throw_type_error("The \"callback\" argument must be of type function.", false);
  double delay = a.argc > 1 ? in.ToNumber(a.arg(1)) : 0;
  std::vector<Value> rest;
  for (std::uint32_t i = 2; i < a.argc; ++i) rest.push_back(a.argv[i]);
  return in.set_timer(cb, delay, false, std::move(rest));
}

Value set_interval(Interp& in, NativeFunction&, NativeArgs& a) {
  Value cb = a.arg(0);
  if (!in.IsCallable(cb))
    in.throw_type_error("The \"callback\" argument must be of type function.", false);
  double delay = a.argc > 1 ? in.ToNumber(a.arg(1)) : 0;
  std::vector<Value> rest;
  for (std::uint32_t i = 2; i < a.argc; ++i) rest.push_back(a.argv[i]);
  return in.set_timer(cb, delay, true, std::move(rest));
}

Value clear_timeout(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.arg(0).is_number() || a.arg(0).is_string())
    in.refuse("clearing a timer by its numeric id is not modelled");
  in.clear_timer(a.arg(0));
  return Value::undefined();
}

Value queue_microtask(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!in.IsCallable(a.arg(0)))
    in.throw_type_error("The \"callback\" argument must be of type function.", false);
  in.enqueue_microtask(a.arg(0));
  return Value::undefined();
}

Value timer_ref(Interp&, NativeFunction&, NativeArgs& a) { return a.this_value; }
Value timer_unref(Interp& in, NativeFunction&, NativeArgs&) {
  in.refuse("unref'd timers (which do not keep Node alive) are not modelled");
}
Value timer_has_ref(Interp&, NativeFunction&, NativeArgs&) { return Value::boolean(true); }

// ---- Date and performance

Value date_now(Interp& in, NativeFunction&, NativeArgs&) {
  in.advance_clock(kClockQuantum);
  return Value::number(std::floor(kEpoch + in.now_ms()));
}

Value date_ctor(Interp& in, NativeFunction&, NativeArgs& a) {
  if (a.new_target.is_undefined())
    in.refuse("`Date()` strings (the current date) are not modelled");
  double t;
  if (a.argc == 1 && a.argv[0].is_number()) {
    // A time value (TimeClip): no calendar or time zone involved.
    t = a.argv[0].num();
    t = std::isfinite(t) && std::fabs(t) <= 8.64e15 ? std::trunc(t) + 0.0 : NAN;
  } else if (a.argc == 0) {
    in.advance_clock(kClockQuantum);
    t = std::floor(kEpoch + in.now_ms());
  } else {
    in.refuse("`new Date(...)` with these arguments (calendar time, time zones) is not modelled");
  }
  Object* proto = in.GetPrototypeFromConstructor(a.new_target, in.r.date_proto);
  return Value::object(in.heap.make<PrimitiveObj>(proto, Class::Date, Value::number(t)));
}

Value date_get_time(Interp& in, NativeFunction&, NativeArgs& a) {
  if (!a.this_value.is_object() || a.this_value.obj()->cls != Class::Date)
    in.throw_type_error("this is not a Date object.");
  return static_cast<PrimitiveObj*>(a.this_value.obj())->value;
}

Value date_unmodelled(Interp& in, NativeFunction& self, NativeArgs&) {
  in.refuse("`Date.prototype." + in.to_std_string(in.get(&self, in.n.name)) +
            "` (calendar time) is not modelled");
}

Value performance_now(Interp& in, NativeFunction&, NativeArgs&) {
  in.advance_clock(kClockQuantum);
  return Value::number(in.now_ms() + 30.0);
}

}  // namespace

double Interp::now_ms() { return clock_; }

void Interp::write_stdout(std::string text) {
  if (result == nullptr) return;
  std::string& out = result->stdout_text;
  // Which stdout lines this call writes (1-based), for --explain and the -o annotations.
  std::uint32_t first_line = static_cast<std::uint32_t>(stdout_lines_) + 1;
  if (!out.empty() && out.back() != '\n') --first_line;
  for (char c : text) {
    if (c == '\n') ++stdout_lines_;
  }
  out += text;
  std::uint32_t last_line =
      static_cast<std::uint32_t>(stdout_lines_) + (out.empty() || out.back() == '\n' ? 0 : 1);
  PrintSite* site = nullptr;
  auto it = print_index_.find(pos);
  if (it == print_index_.end()) {
    print_index_[pos] = result->prints.size();
    result->prints.push_back(PrintSite{pos, call_end, {}});
    site = &result->prints.back();
  } else {
    site = &result->prints[it->second];
  }
  for (std::uint32_t l = first_line; l <= last_line; ++l) {
    if (site->lines.empty() || site->lines.back() != l) site->lines.push_back(l);
  }
}

void Interp::write_stderr(std::string text) {
  if (result != nullptr) result->stderr_text += text;
}

void init_host_builtins(Interp& in) {
  Object* g = in.r.global;
  // console
  Object* console = in.new_object();
  g->put(in.intern("console"), Value::object(console), attr::Hidden);
  in.add_method(console, "log", 0, console_log);
  in.add_method(console, "info", 0, console_log);
  in.add_method(console, "debug", 0, console_log);
  in.add_method(console, "error", 0, console_error);
  in.add_method(console, "warn", 0, console_error);
  in.add_method(console, "trace", 0, console_error);
  in.add_method(console, "dir", 0, console_dir);
  in.add_method(console, "group", 0, console_group);
  in.add_method(console, "groupCollapsed", 0, console_group);
  in.add_method(console, "groupEnd", 0, console_group_end);
  in.add_method(console, "count", 0, console_count);
  in.add_method(console, "countReset", 0, console_count_reset);
  in.add_method(console, "assert", 0, console_assert);
  for (const char* name :
       {"table", "time", "timeEnd", "timeLog", "dirxml", "profile", "profileEnd", "timeStamp"}) {
    in.add_method(console, name, 0, console_unmodelled);
  }
  // timers
  in.r.timeout_proto = in.new_object();
  in.add_method(in.r.timeout_proto, "ref", 0, timer_ref);
  in.add_method(in.r.timeout_proto, "unref", 0, timer_unref);
  in.add_method(in.r.timeout_proto, "hasRef", 0, timer_has_ref);
  in.add_method(in.r.timeout_proto, "refresh", 0, timer_unref);
  NativeFunction* tctor = in.make_native("Timeout", 0, console_unmodelled);
  in.r.timeout_proto->put(in.n.constructor, Value::object(tctor), attr::Hidden);
  in.r.immediate_proto = in.new_object();
  in.add_method(in.r.immediate_proto, "ref", 0, timer_ref);
  in.add_method(in.r.immediate_proto, "unref", 0, timer_unref);
  in.add_method(in.r.immediate_proto, "hasRef", 0, timer_has_ref);
  NativeFunction* ictor = in.make_native("Immediate", 0, console_unmodelled);
  in.r.immediate_proto->put(in.n.constructor, Value::object(ictor), attr::Hidden);
  in.add_method(g, "setTimeout", 2, set_timeout);
  in.add_method(g, "setInterval", 2, set_interval);
  in.add_method(g, "clearTimeout", 1, clear_timeout);
  in.add_method(g, "clearInterval", 1, clear_timeout);
  in.add_method(g, "queueMicrotask", 1, queue_microtask);
  // The host's own (Node: setImmediate, clearImmediate, global, process).
  in.host->install_globals(in);
  // Date (only the clock)
  Object* dp = in.new_object();
  in.r.date_proto = dp;
  Object* date = make_constructor(in, "Date", 7, date_ctor, dp);
  in.add_method(date, "now", 0, date_now);
  in.add_method(dp, "getTime", 0, date_get_time);
  in.add_method(dp, "valueOf", 0, date_get_time);
  for (const char* name : {"toString",
                           "toISOString",
                           "toJSON",
                           "toDateString",
                           "toTimeString",
                           "toLocaleString",
                           "toLocaleDateString",
                           "toLocaleTimeString",
                           "toUTCString",
                           "getFullYear",
                           "getMonth",
                           "getDate",
                           "getDay",
                           "getHours",
                           "getMinutes",
                           "getSeconds",
                           "getMilliseconds",
                           "getTimezoneOffset",
                           "getUTCFullYear",
                           "getUTCMonth",
                           "getUTCDate",
                           "getUTCHours",
                           "setTime",
                           "setFullYear",
                           "setMonth",
                           "setDate",
                           "setHours"}) {
    in.add_method(dp, name, 0, date_unmodelled);
  }
  in.add_method(date, "UTC", 7, date_unmodelled);
  in.add_method(date, "parse", 1, date_unmodelled);
  Object* perf = in.new_object();
  g->put(in.intern("performance"), Value::object(perf), attr::Hidden);
  in.add_method(perf, "now", 0, performance_now);
}

}  // namespace desugar::sim
