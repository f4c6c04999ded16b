// console.log's argument formatting: util.formatWithOptions (formatWithOptionsInternal in
// lib/internal/util/inspect.js) with the default options: printf-style placeholders in a first
// string argument, then the rest joined with spaces, non-strings through util.inspect.
#include <cmath>

#include "sim/interp.h"

namespace desugar::sim {

// util.formatWithOptions (formatWithOptionsInternal) with the default options.
std::string Interp::format_log_args(const NativeArgs& args) {
  if (args.argc == 0) return "";
  Value first = args.argv[0];
  std::string str;
  std::uint32_t a = 0;
  std::string join;
  if (first.is_string()) {
    if (args.argc == 1) return first.str()->data;
    const std::string& f = first.str()->data;
    std::size_t last_pos = 0;
    std::string temp;
    for (std::size_t i = 0; i + 1 < f.size(); ++i) {
      if (f[i] != '%') continue;
      char next = f[++i];
      if (a + 1 != args.argc) {
        switch (next) {
          case 's': {
            Value t = args.argv[++a];
            if (t.is_bigint())
              temp = std::to_string(t.big()) + "n";
            else if (t.is_number())
              temp = t.num() == 0 && std::signbit(t.num()) ? "-0" : number_to_string(t.num());
            else if (t.is_symbol())
              temp = inspect(t);
            else if (!t.is_object())
              temp = to_std_string(t);
            else
              refuse("`%s` with an object argument is not modelled");
            break;
          }
          case 'j': {
            Value t = args.argv[++a];
            Value json = get(r.global, intern("JSON"));
            Value stringify = get(json.obj(), intern("stringify"));
            Value res = call(stringify, json, {t});
            temp = res.is_undefined() ? "undefined" : to_std_string(res);
            break;
          }
          case 'd': {
            Value t = args.argv[++a];
            if (t.is_bigint()) {
              temp = std::to_string(t.big()) + "n";
              break;
            }
            double d = t.is_symbol() ? NAN : ToNumber(t);
            temp = d == 0 && std::signbit(d) ? "-0" : number_to_string(d);
            break;
          }
          case 'O': temp = inspect(args.argv[++a]); break;
          case 'o': {
            Value t = args.argv[++a];
            if (t.is_object()) refuse("`%o` formatting of objects (showHidden) is not modelled");
            temp = inspect(t);
            break;
          }
          case 'i': {
            Value t = args.argv[++a];
            if (t.is_bigint()) {
              temp = std::to_string(t.big()) + "n";
            } else if (t.is_symbol()) {
              temp = "NaN";
            } else {
              Value parse_int = get(r.global, intern("parseInt"));
              double d = call(parse_int, Value::undefined(), {t}).num();
              temp = d == 0 && std::signbit(d) ? "-0" : number_to_string(d);
            }
            break;
          }
          case 'f': {
            Value t = args.argv[++a];
            if (t.is_symbol()) {
              temp = "NaN";
            } else {
              Value parse_float = get(r.global, intern("parseFloat"));
              double d = call(parse_float, Value::undefined(), {t}).num();
              temp = d == 0 && std::signbit(d) ? "-0" : number_to_string(d);
            }
            break;
          }
          case 'c':
            ++a;
            temp.clear();
            break;
          case '%':
            str += f.substr(last_pos, i - last_pos);
            last_pos = i + 1;
            continue;
          default: continue;
        }
        if (last_pos != i - 1) str += f.substr(last_pos, i - 1 - last_pos);
        str += temp;
        last_pos = i + 1;
      } else if (next == '%') {
        str += f.substr(last_pos, i - last_pos);
        last_pos = i + 1;
      }
    }
    if (last_pos != 0) {
      ++a;
      join = " ";
      if (last_pos < f.size()) str += f.substr(last_pos);
    }
  }
  while (a < args.argc) {
    Value v = args.argv[a];
    str += join;
    str += v.is_string() ? v.str()->data : inspect(v);
    join = " ";
    ++a;
  }
  return str;
}

}  // namespace desugar::sim
