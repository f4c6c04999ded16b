// The interpreter: one agent with one realm (#sec-agents, #sec-code-realms) that walks the
// compiled Code tree, plus the host (jobs, timers, console) around it. Declarations only; the
// operations live in files named after what they do (convert.cpp, object_ops.cpp, call.cpp,
// eval_expr.cpp, exec_stmt.cpp, promise.cpp, host.cpp, ...).
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sim/code.h"
#include "sim/coroutine.h"
#include "sim/function.h"
#include "sim/heap.h"
#include "sim/jobs.h"
#include "sim/object.h"
#include "sim/sim.h"
#include "sim/value.h"

namespace desugar::sim {

// ---- non-local exits, as C++ exceptions
struct Throw {  // a JavaScript exception (a throw completion)
  Value value;
};
struct GeneratorReturn {  // generator.return(v) delivered at a `yield`
  Value value;
};
struct Refusal {  // the program does something the simulator does not model
  std::uint32_t pos;
  std::string message;
};
struct ProcessExit {  // process.exit(), or Node terminating on an uncaught error
  int code;
};
struct ShortCircuit {};  // an optional chain met null/undefined

enum class Flow : std::uint8_t { Normal, Break, Continue, Return };

struct Activation;

// The running function's state on the native stack (an execution context's code evaluation
// state, #sec-execution-contexts).
struct Frame {
  Env* env = nullptr;
  Value ret;
  Str* label = nullptr;          // target of a pending break/continue
  Activation* act = nullptr;     // generator/async activation, for yield and await
  const FunctionCode* code = nullptr;
};

enum class ErrorType : std::uint8_t { Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError, AggregateError };

struct Names {
#define DESUGAR_SIM_NAMES(X)                                                                      \
  X(length) X(name) X(prototype) X(constructor) X(then) X(message) X(value) X(done) X(next)      \
  X(return_, "return") X(throw_, "throw") X(get) X(set) X(writable) X(enumerable)                \
  X(configurable) X(toString) X(valueOf) X(toJSON) X(callee) X(caller) X(arguments) X(errors)    \
  X(cause) X(stack) X(resolve) X(reject) X(status) X(reason) X(fulfilled, "fulfilled")           \
  X(rejected, "rejected") X(index) X(input) X(default_, "default") X(undefined) X(null_, "null") \
  X(object) X(function) X(number) X(string) X(boolean) X(symbol) X(bigint) X(empty, "")          \
  X(anonymous) X(exports) X(raw) X(log) X(true_, "true") X(false_, "false") X(NaN) X(Infinity)   \
  X(neg_infinity, "-Infinity") X(zero, "0") X(join) X(catch_, "catch") X(finally_, "finally")
#define X_DECL(n, ...) Str* n = nullptr;
  DESUGAR_SIM_NAMES(X_DECL)
#undef X_DECL
};

struct Realm {
  Object* global = nullptr;
  Object* object_proto = nullptr;
  Object* function_proto = nullptr;
  Object* array_proto = nullptr;
  Object* string_proto = nullptr;
  Object* number_proto = nullptr;
  Object* boolean_proto = nullptr;
  Object* symbol_proto = nullptr;
  Object* error_proto = nullptr;
  Object* error_protos[8] = {};  // by ErrorType
  Object* error_ctors[8] = {};
  Object* promise_proto = nullptr;
  Object* promise_ctor = nullptr;
  Object* promise_then = nullptr;  // %Promise.prototype.then%
  Object* iterator_proto = nullptr;
  Object* async_iterator_proto = nullptr;
  Object* array_iterator_proto = nullptr;
  Object* map_iterator_proto = nullptr;
  Object* set_iterator_proto = nullptr;
  Object* string_iterator_proto = nullptr;
  Object* generator_function_proto = nullptr;  // %GeneratorFunction.prototype%
  Object* generator_proto = nullptr;           // %GeneratorFunction.prototype.prototype%
  Object* async_function_proto = nullptr;
  Object* async_generator_function_proto = nullptr;
  Object* async_generator_proto = nullptr;
  Object* async_from_sync_iterator_proto = nullptr;
  Object* map_proto = nullptr;
  Object* set_proto = nullptr;
  Object* weakmap_proto = nullptr;
  Object* weakset_proto = nullptr;
  Object* date_proto = nullptr;
  Object* object_ctor = nullptr;
  Object* array_ctor = nullptr;
  Object* function_ctor = nullptr;
  Object* throw_type_error = nullptr;
  Object* array_proto_values = nullptr;
  Object* module_exports = nullptr;
  Symbol* sym_iterator = nullptr;
  Symbol* sym_async_iterator = nullptr;
  Symbol* sym_species = nullptr;
  Symbol* sym_to_string_tag = nullptr;
  Symbol* sym_has_instance = nullptr;
  Symbol* sym_to_primitive = nullptr;
  Symbol* sym_is_concat_spreadable = nullptr;
  Symbol* sym_unscopables = nullptr;
  Symbol* sym_match = nullptr;
  Symbol* sym_inspect_custom = nullptr;
};

// #sec-promisecapability-records
struct Capability {
  Value promise, resolve, reject;
};

struct PromiseObj;
struct Activation;

class Interp {
 public:
  Interp(const SimOptions& options, std::string_view source);
  ~Interp();
  Interp(const Interp&) = delete;
  Interp& operator=(const Interp&) = delete;

  // ---- the whole run (predict.cpp, host.cpp)
  void run(const Code* program_body, const FunctionCode* top);

  Heap heap;
  StackPool stacks;
  const SimOptions& opts;
  std::string_view source;
  Names n;
  Realm r;

  // ---- strings and keys (interp.cpp)
  Str* intern(std::string_view s);
  Str* intern(Str* s);
  Str* new_string(std::string s);
  Value string_value(std::string s) { return Value::string(new_string(std::move(s))); }
  Value atom_value(std::string_view s) { return Value::string(intern(s)); }
  Key key_from_index(std::uint32_t i);
  Symbol* new_symbol(Value description);

  // ---- errors and refusals (interp.cpp)
  [[noreturn]] void throw_error(ErrorType type, std::string message, bool exact = true);
  [[noreturn]] void throw_type_error(std::string message, bool exact = true) {
    throw_error(ErrorType::TypeError, std::move(message), exact);
  }
  [[noreturn]] void refuse(std::string message);
  [[noreturn]] void refuse_at(std::uint32_t pos, std::string message);
  Object* make_error(ErrorType type, std::string message, bool exact = true);
  void step() {
    if (++steps_ > opts.max_steps) budget_exceeded();
  }
  [[noreturn]] void budget_exceeded();
  void check_stack();  // refuses when the native or JS stack would overflow
  std::uint32_t pos = 0;  // the source offset being evaluated (for diagnostics and job sites)

  // ---- type conversion (convert.cpp), #sec-type-conversion
  bool to_boolean(Value v);
  double to_number(Value v);
  Value to_numeric(Value v) { return Value::number(to_number(v)); }
  Str* to_string(Value v);
  std::string to_std_string(Value v) { return to_string(v)->data; }
  Value to_primitive(Value v, int hint = 0);  // 0 default, 1 number, 2 string
  Object* to_object(Value v);
  Key to_property_key(Value v);
  double to_integer_or_infinity(Value v);
  std::int32_t to_int32(Value v);
  std::uint32_t to_uint32(Value v);
  std::int64_t to_length(Value v);
  std::string number_to_string(double d);
  Str* number_to_str(double d);
  bool is_strictly_equal(Value a, Value b);
  bool is_loosely_equal(Value a, Value b);
  bool same_value(Value a, Value b);
  bool same_value_zero(Value a, Value b);
  Str* type_of(Value v);
  std::int64_t string_length(Str* s);  // in UTF-16 code units

  // ---- objects (object_ops.cpp), #sec-operations-on-objects
  Object* new_object(Object* proto = nullptr);  // default: %Object.prototype%
  ArrayObj* new_array(std::size_t n = 0);
  Value create_array_from_list(const std::vector<Value>& items);
  bool get_own_property(Object* o, Key k, PropertyDescriptor& out);
  bool define_own_property(Object* o, Key k, const PropertyDescriptor& d);
  void define_property_or_throw(Object* o, Key k, const PropertyDescriptor& d);
  bool create_data_property(Object* o, Key k, Value v);
  void create_data_property_or_throw(Object* o, Key k, Value v);
  bool has_property(Object* o, Key k);
  bool has_own_property(Object* o, Key k);
  Value get(Object* o, Key k, Value receiver);
  Value get(Object* o, Key k) { return get(o, k, Value::object(o)); }
  Value get_v(Value v, Key k);  // GetV: primitives use their prototype
  bool set(Object* o, Key k, Value v, Value receiver);
  void put_value(Value base, Key k, Value v, bool strict);  // o.k = v with strict-mode failure
  void set_or_throw(Object* o, Key k, Value v) { put_value(Value::object(o), k, v, true); }
  bool delete_property(Object* o, Key k);
  std::vector<Key> own_property_keys(Object* o);
  bool set_prototype_of(Object* o, Object* proto);
  bool prevent_extensions(Object* o);
  Value get_method(Value v, Key k);
  bool is_callable(Value v) { return v.is_object() && v.obj()->is_callable; }
  bool is_constructor(Value v);
  bool is_array(Value v);
  std::int64_t length_of_array_like(Object* o);
  Value invoke(Value v, Key k, std::vector<Value> args);
  bool instance_of(Value v, Value target);
  bool ordinary_has_instance(Value c, Value o);
  Object* species_constructor(Object* o, Object* default_ctor);
  Object* get_prototype_from_constructor(Value ctor, Object* fallback);
  std::vector<Value> create_list_from_array_like(Value v);
  Value array_get(ArrayObj* a, std::uint32_t i);

  // ---- functions (call.cpp)
  Value call(Value f, Value this_value, const Value* argv, std::uint32_t argc);
  Value call(Value f, Value this_value, std::initializer_list<Value> args) {
    return call(f, this_value, args.begin(), static_cast<std::uint32_t>(args.size()));
  }
  Value call(Value f, Value this_value, const std::vector<Value>& args) {
    return call(f, this_value, args.data(), static_cast<std::uint32_t>(args.size()));
  }
  Value construct(Value f, const Value* argv, std::uint32_t argc, Value new_target);
  Value construct(Value f, const std::vector<Value>& args) {
    return construct(f, args.data(), static_cast<std::uint32_t>(args.size()), f);
  }
  NativeFunction* make_native(std::string_view name, std::uint32_t length, NativeFn fn,
                              Object* proto = nullptr);
  NativeFunction* add_method(Object* target, std::string_view name, std::uint32_t length, NativeFn fn);
  NativeFunction* add_method(Object* target, Key key, std::string_view name, std::uint32_t length, NativeFn fn);
  void add_getter(Object* target, Key key, std::string_view name, NativeFn fn);
  UserFunction* make_closure(const FunctionCode* code, Env* env, Object* home = nullptr);
  void set_function_name(Object* f, Value name, std::string_view prefix = {});
  Value evaluate_class(const ClassCode* cls, Frame& f, Str* inferred_name);
  void initialize_instance_elements(Object* o, UserFunction* ctor);
  Value call_user(UserFunction* fn, Value this_value, const Value* argv, std::uint32_t argc,
                  Value new_target);
  void bind_parameters(UserFunction* fn, Frame& f, const Value* argv, std::uint32_t argc);
  Flow run_body(const FunctionCode* code, Frame& f);
  Env* new_env(Env* parent, const ScopeCode* scope);
  void instantiate_functions(const ScopeCode* scope, Env* env);
  std::uint32_t depth = 0;  // JS call depth

  // ---- evaluation (eval_expr.cpp, exec_stmt.cpp, patterns.cpp)
  Value eval(const Code* c, Frame& f);
  Flow exec(const Code* c, Frame& f);
  Flow exec_list(Code* const* list, std::uint32_t n, Frame& f);
  Value& local(const Code* c, Frame& f);
  Value get_local(const Code* c, Frame& f);
  void set_local(const Code* c, Frame& f, Value v, bool init);
  Value eval_call(const Code* c, Frame& f);
  void eval_args(const Code* c, Frame& f, std::vector<Value>& out);
  Value eval_member_key(const Code* c, Frame& f, Value& base, Key& key);
  void bind_pattern(const Code* target, Value v, Frame& f, bool init);
  void assign_to(const Code* target, Value v, Frame& f);
  Value super_base(const Code* c, Frame& f);
  Value this_value_of(const Code* c, Frame& f);
  Value binary_op(BinOp op, Value a, Value b);
  Object* make_template_object(const Code* c);
  std::unordered_map<const Code*, Object*> template_cache;

  // ---- iteration (iterate.cpp), #sec-operations-on-iterator-objects
  struct IteratorRecord {
    Value iterator, next_method;
    bool done = false;
  };
  IteratorRecord get_iterator(Value v, bool async = false);
  IteratorRecord get_iterator_from_method(Value v, Value method);
  bool iterator_step(IteratorRecord& it, Value& out);  // false when done
  void iterator_close(IteratorRecord& it);             // after a normal completion
  void iterator_close_on_throw(IteratorRecord& it);    // after a throw: errors ignored
  Value create_iter_result(Value v, bool done);
  std::vector<Value> iterate_to_list(Value iterable);
  Object* create_builtin_iterator(Object* proto, Value target, int kind);  // arrays, maps, sets, strings

  // ---- generators and async functions (generator.cpp, async.cpp)
  Value start_generator(UserFunction* fn, Frame& prepared);
  Value generator_resume(Value gen, Value v, int mode, const char* method);
  Value yield_value(Value v, Frame& f);
  Value yield_delegate(Value iterable, Frame& f);
  Value start_async(UserFunction* fn, Value this_value, const Value* argv, std::uint32_t argc);
  Value await_value(Value v, Frame& f);
  void resume_activation(Activation* act, Value v, bool is_throw);
  Value start_async_generator(UserFunction* fn, Frame& prepared);
  Activation* current_activation = nullptr;
  Coroutine* current_coroutine = nullptr;

  // ---- promises (promise.cpp), #sec-promise-objects
  PromiseObj* new_promise(Object* proto = nullptr);
  bool is_promise(Value v);
  Capability new_promise_capability(Value c);
  void create_resolving_functions(PromiseObj* p, Value& resolve, Value& reject);
  void resolve_promise(PromiseObj* p, Value resolution);  // the body of Promise Resolve Functions
  void fulfill_promise(PromiseObj* p, Value v);
  void reject_promise(PromiseObj* p, Value reason);
  void trigger_promise_reactions(std::vector<PromiseReaction>& reactions, Value argument);
  void host_promise_rejection_tracker(PromiseObj* p, bool handle);
  Value perform_promise_then(PromiseObj* p, Value on_fulfilled, Value on_rejected,
                             const Capability* cap);
  void perform_promise_then_await(PromiseObj* p, Activation* act);
  Value promise_resolve(Object* c, Value x);
  void call_capability(const Capability& cap, bool reject, Value v);
  void enqueue_reaction_job(const PromiseReaction& reaction, Value argument);
  void run_reaction_job(Job& job);
  void run_resolve_thenable_job(Job& job);

  // ---- host (host.cpp): jobs, ticks, timers, immediates, console
  void host_enqueue_promise_job(Job job);
  void enqueue_next_tick(Value callback, std::vector<Value> args);
  Value set_timer(Value callback, double delay, bool repeat, std::vector<Value> args);
  void clear_timer(Value handle);
  Value set_immediate(Value callback, std::vector<Value> args);
  void clear_immediate(Value handle);
  void write_stdout(std::string text);
  void write_stderr(std::string text);
  double now_ms();  // the virtual clock, as Date.now() sees it
  void advance_clock(double ms) { clock_ += ms; }
  bool module_mode = false;

  // ---- printing (inspect.cpp)
  std::string inspect(Value v, int depth_limit = 2);
  std::string format_log_args(const NativeArgs& args);

  // ---- builtins (builtins_*.cpp)
  void init_realm();

  // ---- results
  Prediction* result = nullptr;
  std::uint64_t steps() const { return steps_; }
  std::uint64_t jobs_run = 0;

  // Internal state for the host and the trace.
  HostState host;

 private:
  friend class Tracer;
  void trace_roots(Tracer& t);
  std::unordered_map<std::string_view, Str*> atoms_;
  std::vector<Str*> index_atoms_;
  std::uint64_t steps_ = 0;
  double clock_ = 0;

 public:
  // Stack bounds of the native stack currently running (main thread or a coroutine).
  const char* stack_limit = nullptr;
  std::vector<Activation*> activations;  // live activations (for root scanning)
};

// Casts with checks for builtins.
template <typename T>
T* as(Value v) {
  return static_cast<T*>(v.obj());
}

}  // namespace desugar::sim
