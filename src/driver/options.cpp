#include "driver/options.h"

#include <cstdlib>
#include <string_view>

namespace desugar {

const char* usage_text() {
  return R"(usage: desugar IN [-o OUT] [options]

Rewrites the async/await in a JavaScript program into the code the engine really runs.

  IN                   input file (.js or .cjs script, .mjs module), or - for standard input
  -o, --output OUT     write the result to OUT (atomically; nothing is written on error);
                       default: standard output
  IN -o OUTDIR         directory mode: lower every .js, .mjs and .cjs file under the directory
                       IN into the same layout under OUTDIR, in parallel; nothing else is copied
  -j, --jobs N         directory mode: N threads (default: one per core)
  --stage STAGE        print      parse and print back, no lowering
                       generator  async functions become generators driven by a runner
                       promise    async functions become explicit Promise chains (default)
  --no-explicit-jobs   promise stage: leave PromiseResolveThenableJob to the native resolve
                       function instead of writing it out
  --await MODE         modern (default): ES2019+ await, one job per await of a native promise
                       legacy: pre-2019 await (Chrome <= 71, Node <= 11), three jobs
  --module             treat the input as an ES module (default for .mjs files)
  --script             treat the input as a script (default otherwise)
  --order              print the predicted stdout (the event-loop simulator; never runs Node)
  --explain[=json]     print the simulator's job-by-job trace (text, or JSON)
  --host HOST          node (default) or browser, for --order/--explain and -o comments
  --max-steps N        simulation budget (default 100000000)
  --order-file F       also write the predicted stdout lines to F
  --no-order           with -o: leave out the predicted-ordering comments
  -h, --help           show this help
  --version            show the version

exit status:
  0  success
  1  the input has errors (diagnostics on standard error, file:line:col: error[Dnnnn]: ...)
  2  usage error
  3  internal error (a bug in desugar; please report it with the input)
)";
}

std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error) {
  Options o;
  auto value_of = [&](std::size_t& i, std::string_view flag) -> std::optional<std::string> {
    const std::string& arg = args[i];
    std::string prefix = std::string(flag) + "=";
    if (arg.rfind(prefix, 0) == 0) return arg.substr(prefix.size());
    if (i + 1 >= args.size()) {
      error = std::string(flag) + " needs a value";
      return std::nullopt;
    }
    return args[++i];
  };
  auto is = [](const std::string& arg, std::string_view flag) {
    return arg == flag || arg.rfind(std::string(flag) + "=", 0) == 0;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") {
      o.help = true;
    } else if (arg == "--version") {
      o.version = true;
    } else if (arg == "-o" || is(arg, "--output")) {
      auto v = value_of(i, arg == "-o" ? "-o" : "--output");
      if (!v) return std::nullopt;
      o.output = *v;
    } else if (is(arg, "--stage")) {
      auto v = value_of(i, "--stage");
      if (!v) return std::nullopt;
      if (*v == "print")
        o.stage = Stage::Print;
      else if (*v == "generator")
        o.stage = Stage::Generator;
      else if (*v == "promise")
        o.stage = Stage::Promise;
      else {
        error = "unknown stage '" + *v + "' (expected print, generator or promise)";
        return std::nullopt;
      }
    } else if (is(arg, "--await")) {
      auto v = value_of(i, "--await");
      if (!v) return std::nullopt;
      if (*v == "modern")
        o.await_mode = AwaitMode::Modern;
      else if (*v == "legacy")
        o.await_mode = AwaitMode::Legacy;
      else {
        error = "unknown await mode '" + *v + "' (expected modern or legacy)";
        return std::nullopt;
      }
    } else if (arg == "--no-explicit-jobs") {
      o.explicit_jobs = false;
    } else if (arg == "--order") {
      o.order_mode = Options::OrderMode::Order;
    } else if (arg == "--explain") {
      o.order_mode = Options::OrderMode::Explain;
    } else if (arg == "--explain=json") {
      o.order_mode = Options::OrderMode::ExplainJson;
    } else if (arg == "--no-order") {
      o.no_order = true;
    } else if (is(arg, "--order-file")) {
      auto v = value_of(i, "--order-file");
      if (!v) return std::nullopt;
      o.order_file = *v;
    } else if (is(arg, "--host")) {
      auto v = value_of(i, "--host");
      if (!v) return std::nullopt;
      std::optional<HostKind> host = parse_host_name(*v);
      if (!host) {
        error = "unknown host '" + *v + "' (expected node or browser)";
        return std::nullopt;
      }
      o.host = *host;
    } else if (is(arg, "--max-steps")) {
      auto v = value_of(i, "--max-steps");
      if (!v) return std::nullopt;
      char* end = nullptr;
      unsigned long long n = std::strtoull(v->c_str(), &end, 10);
      if (v->empty() || *end != '\0' || n == 0) {
        error = "--max-steps needs a positive number";
        return std::nullopt;
      }
      o.max_steps = n;
    } else if (is(arg, "--jobs") || arg == "-j") {
      auto v = value_of(i, arg == "-j" ? "-j" : "--jobs");
      if (!v) return std::nullopt;
      char* end = nullptr;
      unsigned long n = std::strtoul(v->c_str(), &end, 10);
      if (v->empty() || *end != '\0' || n == 0 || n > 256) {
        error = "--jobs needs a number from 1 to 256";
        return std::nullopt;
      }
      o.jobs = static_cast<unsigned>(n);
    } else if (arg == "--module") {
      o.force_module = true;
    } else if (arg == "--script") {
      o.force_script = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "unknown option '" + arg + "'";
      return std::nullopt;
    } else if (o.input.empty()) {
      o.input = arg;
    } else {
      error = "more than one input file ('" + o.input + "' and '" + arg + "')";
      return std::nullopt;
    }
  }
  if (o.help || o.version) return o;
  if (o.input.empty()) {
    error = "no input file (use - for standard input)";
    return std::nullopt;
  }
  if (o.force_module && o.force_script) {
    error = "--module and --script contradict each other";
    return std::nullopt;
  }
  return o;
}

}  // namespace desugar
