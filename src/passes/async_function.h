// Lowering of one async function (declaration, expression, arrow or method) into a wrapper that
// hands a generator to the runner. Used by the generator stage (lower_async.cpp).
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "ast/ast.h"
#include "diag/diag.h"
#include "passes/for_await.h"
#include "passes/names.h"
#include "runtime/helpers.h"

namespace desugar {

class AsyncFunctionLowering {
 public:
  AsyncFunctionLowering(ReservedNames& names, AstBuilder& b, Diagnostics& diags,
                        const RuntimeLibrary& library)
      : names_(names),
        b_(b),
        diags_(diags),
        library_(library),
        for_await_(names, b, diags, library) {}

  // An async FunctionExpr or Arrow → the expression that replaces it. `inferred_name` is the
  // name an anonymous function gets from its binding (`const f = async function () {}`).
  Node* lower(Node* fn, std::string_view inferred_name = {});
  // A Method whose function is async → the same method with a wrapper body.
  Node* lower_method(Node* method);
  // An async function of any kind → the same kind of node whose body hands a generator to the
  // runner (`function f(a) { return __ds_async(this, arguments, function* (a) {…}); }`).
  Node* lower_in_place(Node* fn);
  // An async FunctionDecl → `var f = __ds_asyncFunction(...)` (kind: var or let).
  Node* hoisted_declaration(Node* decl, std::string_view kind);

  // The promise stage: turns an async generator's body into a state machine. It gets a plain
  // FunctionExpr (the generator's parameters and captured body, with its awaits and yields) and
  // returns the function the async-generator runner drives, or null to keep the generator form.
  void set_generator_machine(std::function<Node*(Node* fn)> machine) {
    generator_machine_ = std::move(machine);
  }

  // Top-level await in a module: the module body runs as the body of an async function.
  bool has_top_level_await(const Node* program) const;
  void wrap_top_level_await(Node* program);

  // The runtime helpers the functions lowered so far call (with those of `for await`).
  HelperSet helpers() const {
    HelperSet all = helpers_;
    if (for_await_.used()) all.add(Helper::AsyncIteration);
    return all;
  }

 private:
  struct Captures {
    std::string arguments, new_target, super_get, super_set, super_call, super_ref, super_delete,
        super_tag;
  };
  enum class Form { Plain, Arrow, Method };

  Node* generator_for(Node* fn, Form form, Captures& caps);
  Node* capture(Node* n, Form form, Captures& caps);
  Node* capture_super(Node* n, Node* member, Captures& caps);
  Node* capture_target(Node* n, Form form, Captures& caps);
  Node* super_key(Node* member, Captures& caps);
  Node* super_helper_call(std::string& name, std::string_view base, Node* key, const Node* origin);
  Node* awaits_to_yields(Node* n, bool async_generator);
  Node* await_record(Node* value, const Node* origin);
  std::vector<Node*> capture_declarations(const Captures& caps, const Node* origin);
  std::vector<Node*> placeholder_params(const Node* fn);
  Node* runner_call(Node* this_arg, Node* args, Node* generator, const Node* origin);
  Node* async_function_call(std::string_view name, const Node* fn, Node* generator);
  Node* async_generator_call(Node* this_arg, Node* args, Node* generator, const Node* origin);
  bool has_use_strict(const Node* body) const;

  ReservedNames& names_;
  AstBuilder& b_;
  Diagnostics& diags_;
  const RuntimeLibrary& library_;
  HelperSet helpers_;
  ForAwaitLowering for_await_;
  std::function<Node*(Node* fn)> generator_machine_;
};

}  // namespace desugar
