// The interpreter's housekeeping: interned strings, errors and refusals, stack limits, GC roots.
#include "sim/interp.h"

#include <pthread.h>

#include <cstdlib>
#include <cstring>

#include "sim/activation.h"
#include "sim/function.h"
#include "sim/promise.h"

namespace desugar::sim {

Interp::Interp(const SimOptions& options, std::string_view src) : opts(options), source(src) {
#define X_INIT(field, ...) \
  n.field = intern(std::string_view(DESUGAR_SIM_NAME_TEXT(field, ##__VA_ARGS__)));
#define DESUGAR_SIM_NAME_TEXT(field, ...) DESUGAR_SIM_PICK(#field, ##__VA_ARGS__, #field)
#define DESUGAR_SIM_PICK(a, b, ...) b
  DESUGAR_SIM_NAMES(X_INIT)
#undef X_INIT
  heap.add_roots([this](Tracer& t) { trace_roots(t); });
  if (std::getenv("DESUGAR_SIM_GC_STRESS") != nullptr) heap.set_stress(true);
  FunctionObj::lazy_length_key = n.length;
  FunctionObj::lazy_name_key = n.name;
  default_ctor_scope.slots = kFirstFreeSlot;
  default_ctor_scope.lexical.assign(kFirstFreeSlot, false);
  for (FunctionCode* fc : {&default_base_ctor, &default_derived_ctor}) {
    fc->kind = FuncKind::ClassConstructor;
    fc->strict = true;
    fc->scope = &default_ctor_scope;
  }
  default_derived_ctor.derived = true;
  // The native stack this interpreter starts on (the driver runs it on a large thread stack).
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    std::size_t size = 0;
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    std::size_t reserve = std::min<std::size_t>(size / 4, std::size_t{1} << 20);
    stack_limit = static_cast<const char*>(addr) + reserve;
  }
  // The one place that picks the host.
  host = opts.host == HostKind::Browser ? make_browser_host() : make_node_host();
  init_realm();
}

Interp::~Interp() = default;

Str* Interp::intern(std::string_view s) {
  auto it = atoms_.find(s);
  if (it != atoms_.end()) return it->second;
  Str* str = heap.make<Str>(std::string(s));
  str->interned = true;
  str->gc_pinned = true;
  str->atom = str;
  // Canonical array index: "0" or digits without a leading zero, below 2^32 - 1.
  const std::string& d = str->data;
  if (!d.empty() && d.size() <= 10 && (d == "0" || d[0] != '0')) {
    std::uint64_t v = 0;
    bool digits = true;
    for (char c : d) {
      if (c < '0' || c > '9') {
        digits = false;
        break;
      }
      v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (digits && v < 0xFFFFFFFFull) str->index = static_cast<std::uint32_t>(v);
  }
  atoms_.emplace(std::string_view(str->data), str);
  return str;
}

Str* Interp::intern(Str* s) {
  if (s->interned) return s;
  if (s->atom == nullptr) s->atom = intern(std::string_view(s->data));
  return s->atom;
}

Str* Interp::new_string(std::string s) { return heap.make<Str>(std::move(s)); }

Key Interp::key_from_index(std::uint32_t i) {
  if (i < 1024) {
    if (index_atoms_.size() <= i) {
      std::size_t from = index_atoms_.size();
      index_atoms_.resize(1024, nullptr);
      for (std::size_t k = from; k < 1024; ++k) index_atoms_[k] = nullptr;
    }
    if (index_atoms_[i] == nullptr) index_atoms_[i] = intern(std::to_string(i));
    return index_atoms_[i];
  }
  return intern(std::to_string(i));
}

Symbol* Interp::new_symbol(Value description) {
  Symbol* s = heap.make<Symbol>();
  s->description = description;
  return s;
}

Object* Interp::make_error(ErrorType type, std::string message, bool exact) {
  auto* e = heap.make<ErrorObj>(r.error_protos[static_cast<int>(type)]);
  e->put(n.message, string_value(std::move(message)), attr::Hidden);
  e->message_uncertain = !exact;
  e->pos = pos;
  return e;
}

void Interp::throw_error(ErrorType type, std::string message, bool exact) {
  throw Throw{Value::object(make_error(type, std::move(message), exact))};
}

void Interp::refuse(std::string message) { throw Refusal{pos, std::move(message)}; }

void Interp::refuse_at(std::uint32_t at, std::string message) {
  throw Refusal{at, std::move(message)};
}

void Interp::budget_exceeded() {
  refuse("the program did not finish within " + std::to_string(opts.max_steps) +
         " steps (--max-steps); it may run forever, e.g. a setInterval that is never cleared");
}

void Interp::check_stack() {
  char probe = 0;
  const char* sp = &probe;
  if (current_coroutine != nullptr) {
    if (current_coroutine->deepest == nullptr || sp < current_coroutine->deepest) {
      current_coroutine->deepest = sp;
    }
  }
  if (stack_limit != nullptr && sp < stack_limit) {
    refuse("the program recursed too deeply for the simulator to follow");
  }
}

void Interp::trace_roots(Tracer& t) {
  for (Object** o = &r.global; o <= &r.module_exports; ++o) t.mark(*o);
  for (Object* o : r.error_protos) t.mark(o);
  for (Object* o : r.error_ctors) t.mark(o);
  Symbol* syms[] = {r.sym_iterator,
                    r.sym_async_iterator,
                    r.sym_species,
                    r.sym_to_string_tag,
                    r.sym_has_instance,
                    r.sym_to_primitive,
                    r.sym_is_concat_spreadable,
                    r.sym_unscopables,
                    r.sym_match,
                    r.sym_inspect_custom};
  for (Symbol* s : syms) t.mark(s);
  for (const Job& j : microtasks) j.trace(t);
  host->trace(t);
  for (auto& [code, obj] : template_cache) t.mark(obj);
  t.mark(current_activation);
  for (Activation* a : activations) t.mark(a);
  for (Cell* c : extra_roots) t.mark(c);
  t.value(module_promise);
}

}  // namespace desugar::sim
