// Facts the promise stage needs about a function body before splitting it at awaits.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ast/ast.h"

namespace desugar::promise {

// Which nodes contain an `await` of the function being lowered (nested functions excluded).
class AwaitIndex {
 public:
  explicit AwaitIndex(Node* body) { scan(body); }
  bool contains(const Node* n) const { return n && with_await_.count(n) != 0; }
  // Records nodes a rewrite created under `n`.
  void update(Node* n) { scan(n); }

 private:
  bool scan(Node* n);
  std::unordered_set<const Node*> with_await_;
};

// Whether reading an expression after a suspension gives what reading it before would have:
// a name nothing in the program ever assigns, or a property of a never-declared, never-assigned
// global (`console.log`) that nothing writes. Anything else left of an await is evaluated into a
// temporary before suspending, as the engine does.
class Stability {
 public:
  explicit Stability(Node* program);
  bool stable(const Node* expr) const;
  bool stable_name(std::string_view name) const;
  // A global nothing in the program assigns, declares, writes as a property or names in a string.
  bool untouched_global(std::string_view name) const {
    return stable_name(name) && !declared_.count(name) && !written_props_.count(name) &&
           !computed_writes_;
  }

 private:
  void scan(Node* n, Node* parent);
  void assigned_target(Node* target);
  std::unordered_set<std::string_view> assigned_;       // names assigned somewhere
  std::unordered_set<std::string_view> declared_;       // names declared somewhere
  std::unordered_set<std::string_view> escaped_;        // names used other than as `name.prop`
  std::unordered_set<std::string_view> written_props_;  // property names written, deleted or quoted
  bool computed_writes_ = false;  // some `o[expr] = ...` with a non-literal key
  // The bodies of `with` statements: a name there may be a property of the object, which
  // anything can change.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> with_bodies_;
  bool inside_with(const Node* e) const;
};

// True when any statement under `n` (not crossing functions) is a `return`.
bool contains_return(Node* n);

}  // namespace desugar::promise
