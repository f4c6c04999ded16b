// The interpreter: one agent with one realm (#sec-agents, #sec-code-realms) that walks the
// compiled Code tree, plus the host (jobs, timers, console) around it. Declarations only; the
// operations live in files named after what they do (convert.cpp, object_ops.cpp, call.cpp,
// eval_expr.cpp, exec_stmt.cpp, promise.cpp, host.cpp, ...).
#pragma once
#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sim/code.h"
#include "sim/coroutine.h"
#include "sim/function.h"
#include "sim/heap.h"
#include "sim/host.h"
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
inline constexpr std::size_t kMaxStringBytes = std::size_t{256} << 20;

enum class Flow : std::uint8_t { Normal, Break, Continue, Return };

struct Activation;

// The running function's state on the native stack (an execution context's code evaluation
// state, #sec-execution-contexts).
struct Frame {
  Env* env = nullptr;
  Value ret;
  Str* label = nullptr;       // target of a pending break/continue
  Activation* act = nullptr;  // generator/async activation, for yield and await
  const FunctionCode* code = nullptr;
};

enum class ErrorType : std::uint8_t {
  Error,
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
  AggregateError
};

struct Names {
// clang-format off
#define DESUGAR_SIM_NAMES(X)                                                                      \
  X(length) X(name) X(prototype) X(constructor) X(then) X(message) X(value) X(done) X(next)      \
  X(return_, "return") X(throw_, "throw") X(get) X(set) X(writable) X(enumerable)                \
  X(configurable) X(toString) X(valueOf) X(toJSON) X(callee) X(caller) X(arguments) X(errors)    \
  X(cause) X(stack) X(resolve) X(reject) X(status) X(reason) X(fulfilled, "fulfilled")           \
  X(rejected, "rejected") X(index) X(input) X(default_, "default") X(undefined) X(null_, "null") \
  X(object) X(function) X(number) X(string) X(boolean) X(symbol) X(bigint) X(empty, "")          \
  X(anonymous) X(exports) X(raw) X(log) X(true_, "true") X(false_, "false") X(NaN) X(Infinity)   \
  X(neg_infinity, "-Infinity") X(zero, "0") X(join) X(catch_, "catch") X(finally_, "finally")
// clang-format on
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
  Object* promise_then = nullptr;            // %Promise.prototype.then%
  Object* promise_species_getter = nullptr;  // get %Promise%[@@species]
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
  Object* bigint_proto = nullptr;
  Object* timeout_proto = nullptr;
  Object* immediate_proto = nullptr;
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

  StackPool stacks;  // before heap: activations return their stacks when the heap is destroyed
  Heap heap;
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
  // The cheap native stack check of the evaluator's recursion.
  void check_stack_fast() {
    if (static_cast<const char*>(__builtin_frame_address(0)) < stack_limit) check_stack();
  }
  static constexpr std::size_t kPageOutThreshold = 131072;
  [[noreturn]] void budget_exceeded();
  void check_stack();          // refuses when the native or JS stack would overflow
  std::uint32_t pos = 0;       // the source offset being evaluated (for diagnostics and job sites)
  std::uint32_t call_end = 0;  // end of the call expression at `pos`
  std::uint32_t site = 0;      // where the current call names its callee (o.then( → `then`)

  // ---- V8's texts in iteration TypeErrors (v8_text.cpp); false: not modelled exactly
  bool v8_primitive_text(Value v, std::string& out);      // String(v), symbols too
  bool v8_describe(Value v, std::string& out);            // "number 5", "string \"a\"", "object"
  bool v8_receiver_text(Value v, std::string& out);       // "5", "#<Object>"
  bool v8_operand_text(const Code* c, std::string& out);  // "xs", "o.p", "f(...)"

  // ---- type conversion (convert.cpp), #sec-type-conversion
  bool ToBoolean(Value v);
  double ToNumber(Value v);
  Value to_numeric(Value v) { return Value::number(ToNumber(v)); }
  Str* ToString(Value v);
  std::string to_std_string(Value v) { return ToString(v)->data; }
  std::string to_std_string(Str* s) { return s->data; }
  Value ToPrimitive(Value v, int hint = 0);  // 0 default, 1 number, 2 string
  Object* ToObject(Value v);
  Key ToPropertyKey(Value v);
  double ToIntegerOrInfinity(Value v);
  std::int32_t ToInt32(Value v);
  std::uint32_t ToUint32(Value v);
  std::int64_t ToLength(Value v);
  std::string number_to_string(double d);
  Str* number_to_str(double d);
  bool IsStrictlyEqual(Value a, Value b);
  bool IsLooselyEqual(Value a, Value b);
  bool SameValue(Value a, Value b);
  bool SameValueZero(Value a, Value b);
  Str* typeof_string(Value v);         // the `typeof` operator
  std::int64_t string_length(Str* s);  // in UTF-16 code units

  // ---- objects (object_ops.cpp), #sec-operations-on-objects
  Object* new_object(Object* proto = nullptr);  // default: %Object.prototype%
  ArrayObj* new_array(std::size_t n = 0);
  Value CreateArrayFromList(const std::vector<Value>& items);
  bool get_own_property(Object* o, Key k, PropertyDescriptor& out);
  bool define_own_property(Object* o, Key k, const PropertyDescriptor& d);
  void DefinePropertyOrThrow(Object* o, Key k, const PropertyDescriptor& d);
  bool CreateDataProperty(Object* o, Key k, Value v);
  void CreateDataPropertyOrThrow(Object* o, Key k, Value v);
  bool HasProperty(Object* o, Key k);
  bool HasOwnProperty(Object* o, Key k);
  Value get(Object* o, Key k, Value receiver);
  Value get(Object* o, Key k) { return get(o, k, Value::object(o)); }
  Value GetV(Value v, Key k);  // GetV: primitives use their prototype
  bool set(Object* o, Key k, Value v, Value receiver);
  void put_value(Value base, Key k, Value v, bool strict);  // o.k = v with strict-mode failure
  void set_or_throw(Object* o, Key k, Value v) { put_value(Value::object(o), k, v, true); }
  bool delete_property(Object* o, Key k);
  std::vector<Key> own_property_keys(Object* o);
  bool set_prototype_of(Object* o, Object* proto);
  bool prevent_extensions(Object* o);
  Value GetMethod(Value v, Key k);
  bool IsCallable(Value v) { return v.is_object() && v.obj()->is_callable; }
  bool IsConstructor(Value v);
  bool IsArray(Value v);
  std::int64_t LengthOfArrayLike(Object* o);
  Value Invoke(Value v, Key k, std::vector<Value> args);
  bool InstanceofOperator(Value v, Value target);
  bool OrdinaryHasInstance(Value c, Value o);
  Object* SpeciesConstructor(Object* o, Object* default_ctor);
  Object* GetPrototypeFromConstructor(Value ctor, Object* fallback);
  std::vector<Value> CreateListFromArrayLike(Value v);
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
  NativeFunction* add_method(Object* target, std::string_view name, std::uint32_t length,
                             NativeFn fn);
  NativeFunction* add_method(Object* target, Key key, std::string_view name, std::uint32_t length,
                             NativeFn fn);
  void add_getter(Object* target, Key key, std::string_view name, NativeFn fn);
  UserFunction* make_closure(const FunctionCode* code, Env* env, Object* home = nullptr);
  void SetFunctionName(Object* f, Value name, std::string_view prefix = {});
  Value ClassDefinitionEvaluation(const ClassCode* cls, Frame& f, Str* inferred_name);
  void InitializeInstanceElements(Object* o, UserFunction* ctor);
  void prepare_frame(UserFunction* fn, Frame& f, Value this_value, Value new_target);
  void switch_into(Activation* act);
  Coroutine* new_coroutine(Coroutine::Entry entry, void* arg);
  // Garbage collection at safe points: when the heap has grown, or when many coroutine stacks
  // (memory outside the heap) are held by possibly dead activations.
  bool gc_due() const { return heap.should_collect() || stacks.live() > coroutine_gc_mark_; }
  void collect_garbage() {
    heap.collect();
    coroutine_gc_mark_ = std::max<std::size_t>(4096, 2 * stacks.live());
  }
  std::size_t coroutine_gc_mark_ = 4096;
  Value call_user(UserFunction* fn, Value this_value, const Value* argv, std::uint32_t argc,
                  Value new_target);
  void bind_parameters(UserFunction* fn, Frame& f, const Value* argv, std::uint32_t argc);
  Flow run_body(const FunctionCode* code, Frame& f);
  Env* new_env(Env* parent, const ScopeCode* scope);
  void instantiate_functions(const ScopeCode* scope, Env* env);
  std::uint32_t depth = 0;            // JS call depth
  FunctionCode default_base_ctor;     // constructor() {}
  FunctionCode default_derived_ctor;  // constructor(...args) { super(...args); }
  ScopeCode default_ctor_scope;
  std::vector<Cell*> extra_roots;
  std::unordered_map<Str*, Symbol*> symbol_registry;
  std::vector<Object*> join_stack;
  int group_indent = 0;
  std::map<std::string, int> console_counts;
  Object* process_object = nullptr;
  std::size_t stdout_lines_ = 0;
  std::unordered_map<std::uint32_t, std::size_t> print_index_;
  std::size_t row_stdout_start = 0;

  // ---- evaluation (eval_expr.cpp, exec_stmt.cpp, patterns.cpp)
  Value eval(const Code* c, Frame& f);
  Flow exec(const Code* c, Frame& f);
  Flow exec_list(Code* const* list, std::uint32_t n, Frame& f);
  Flow exec_for(const Code* c, Frame& f);
  Flow exec_for_of(const Code* c, Frame& f);
  Flow exec_for_await_of(const Code* c, Frame& f);
  Flow exec_for_in(const Code* c, Frame& f);
  Flow exec_switch(const Code* c, Frame& f);
  Flow exec_try(const Code* c, Frame& f);
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
  Value binary_op(AstOp op, Value a, Value b);
  Value get_global(const Code* c);
  void set_global(const Code* c, Value v);
  Value eval_update(const Code* c, Frame& f);
  Value eval_assign(const Code* c, Frame& f);
  Value eval_super_call(const Code* c, Frame& f);
  Value eval_object_literal(const Code* c, Frame& f);
  void CopyDataProperties(Object* target, Value source, const std::vector<Key>& excluded);
  bool IsLessThan(Value a, Value b, bool left_first, bool& undefined_result);
  std::unordered_set<Cell*> unmodelled_globals;
  // Calls fn(v) for each value of an iterable (spread), with a fast path for arrays whose
  // iteration is unmodified.
  template <typename F>
  void spread_into(Value iterable, F&& fn) {
    if (array_iteration_is_pristine(iterable)) {
      auto* a = static_cast<ArrayObj*>(iterable.obj());
      for (std::size_t i = 0; i < a->elements.size(); ++i) {
        fn(array_get(a, static_cast<std::uint32_t>(i)));
      }
      return;
    }
    IteratorRecord it = GetIterator(iterable);
    Value v;
    while (IteratorStep(it, v)) fn(v);
  }
  bool array_iteration_is_pristine(Value v);
  Object* make_template_object(const Code* c);
  std::unordered_map<const Code*, Object*> template_cache;

  // ---- iteration (iterate.cpp), #sec-operations-on-iterator-objects
  struct IteratorRecord {
    Value iterator, next_method;
    bool done = false;
  };
  IteratorRecord GetIterator(Value v, bool async = false);
  IteratorRecord GetIteratorFromMethod(Value v, Value method);
  // GetIterator(v, async); `operand` is the `for await` operand V8's messages name (null: yield*).
  IteratorRecord get_async_iterator(Value v, const Code* operand);
  Value get_iterator_method(Value v, Key k);  // GetMethod naming the value as V8 does
  [[noreturn]] void throw_iterator_result_not_object(Value result);
  [[noreturn]] void throw_nullish_access(Value base, Value key, bool write);
  bool IteratorStep(IteratorRecord& it, Value& out);  // false when done
  void IteratorClose(IteratorRecord& it);             // after a normal completion
  void IteratorCloseOnThrow(IteratorRecord& it);      // after a throw: errors ignored
  Value CreateIteratorResultObject(Value v, bool done);
  std::vector<Value> iterate_to_list(Value iterable);
  Object* create_builtin_iterator(Object* proto, Value target,
                                  int kind);  // arrays, maps, sets, strings

  // ---- generators and async functions (generator.cpp, async.cpp)
  Value GeneratorStart(UserFunction* fn, Frame& prepared);
  Value GeneratorResume(Value gen, Value v, int mode, const char* method);
  Value Yield(Value v, Frame& f);
  Value yield_delegate(Value iterable, Frame& f);
  Value AsyncFunctionStart(UserFunction* fn, Value this_value, const Value* argv,
                           std::uint32_t argc);
  Value Await(Value v, Frame& f);
  void resume_activation(Activation* act, Value v, bool is_throw);
  Value AsyncGeneratorStart(UserFunction* fn, Frame& prepared);
  Value async_generator_yield(Activation* act, Value v);
  IteratorRecord CreateAsyncFromSyncIterator(IteratorRecord sync);
  Activation* current_activation = nullptr;
  NativeFunction* array_iterator_next = nullptr;
  Coroutine* current_coroutine = nullptr;

  // ---- promises (promise.cpp), #sec-promise-objects
  PromiseObj* new_promise(Object* proto = nullptr);
  bool IsPromise(Value v);
  Capability NewPromiseCapability(Value c);
  void CreateResolvingFunctions(PromiseObj* p, Value& resolve, Value& reject);
  void ResolvePromise(PromiseObj* p, Value resolution);  // the body of Promise Resolve Functions
  void FulfillPromise(PromiseObj* p, Value v);
  void RejectPromise(PromiseObj* p, Value reason);
  void TriggerPromiseReactions(PromiseObj* p, bool reject, Value argument);
  void add_reactions(PromiseObj* p, const ReactionPair& pair);
  void HostPromiseRejectionTracker(PromiseObj* p, bool handle);
  Value PerformPromiseThen(PromiseObj* p, Value on_fulfilled, Value on_rejected,
                           const Capability* cap);
  void PerformPromiseThenAwait(PromiseObj* p, Activation* act);
  Value PromiseResolve(Object* c, Value x);
  void CallCapability(const Capability& cap, bool reject, Value v);
  void NewPromiseReactionJob(const PromiseReaction& reaction, Value argument);
  void PromiseReactionJob(Job& job);
  void PromiseResolveThenableJob(Job& job);

  // ---- host (host.cpp): jobs, V8's microtask queue, callbacks, timers, the main script; the
  // host's own queues and event loop are behind `host` (sim/host.h)
  std::unique_ptr<Host> host;  // chosen once, from opts.host (interp.cpp)
  std::deque<Job> microtasks;  // V8's microtask queue (promise jobs, queueMicrotask)
  void run_program(const FunctionCode* top);
  void HostEnqueuePromiseJob(Job job);
  void enqueue_microtask(Value callback);
  void run_job(Job& job);
  void drain_microtasks();
  void after_callback();                                // the host's checkpoint
  void fatal_uncaught(Value error, bool from_promise);  // Node: throws ProcessExit{1}
  // Runs one host callback (a timer, an immediate): traced, then the host's checkpoint.
  void run_callback(const char* kind, Value callback, const std::vector<Value>& args,
                    std::uint32_t site);
  std::int64_t job_runs_location(const Job& job);
  const char* job_kind_name(const Job& job);
  Value module_promise;       // the module body's promise (top-level await)
  bool module_watch = false;  // a rejection of module_promise is fatal
  Value set_timer(Value callback, double delay, bool repeat, std::vector<Value> args);
  void clear_timer(Value handle);
  // ---- the trace (predict.cpp)
  void begin_row(const char* kind, std::int64_t queued_at, std::int64_t runs);
  void end_row();
  std::uint64_t row_step = 0;
  std::size_t row_line_start = 0;
  void write_stdout(std::string text);
  void write_stderr(std::string text);
  double now_ms();  // the virtual clock, as Date.now() sees it
  void advance_clock(double ms) { clock_ += ms; }
  void set_clock(double ms) { clock_ = ms; }  // the event loop jumps to the next timer

  // ---- printing (inspect.cpp)
  std::string inspect(Value v, int depth_limit = 2);
  std::string format_log_args(const NativeArgs& args);

  // ---- builtins (builtins_*.cpp)
  void init_realm();

  // ---- results
  Prediction* result = nullptr;
  std::uint64_t steps() const { return steps_; }
  std::uint64_t jobs_run = 0;

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
