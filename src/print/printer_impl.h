// Internal to src/print: the Printer shared by printer.cpp (statements) and print_expr.cpp
// (expressions).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "print/precedence.h"
#include "print/printer.h"

namespace desugar::print_detail {

// Context flags passed down expression printing.
inline constexpr std::uint8_t kForbidIn = 1;    // in a for-init: a top-level `in` needs parens
inline constexpr std::uint8_t kForbidCall = 2;  // in a `new` callee: a call needs parens

class Printer {
 public:
  explicit Printer(const PrintOptions& options);
  std::string take() { return std::move(out_); }
  void print_root(const Node* root);

  // ---- printer.cpp: statements and shared pieces
  void print_stmt(const Node* s);
  void print_stmt_list(const NodeList& list, bool top_level);
  void print_block(const Node* block);       // `{}` or `{` newline statements `}`
  void print_function_tail(const Node* fn);  // `(params) {body}`
  void print_class_tail(const Node* cls);    // ` extends X {members}` (after the name)
  void print_var_decl(const Node* decl, std::uint8_t flags);  // without the `;`

  // ---- print_expr.cpp: expressions and patterns
  void print_expr(const Node* e, Level level, std::uint8_t flags = 0);
  void print_method(const Node* m);
  void print_field(const Node* f);  // with the `;`
  void print_property(const Node* p);
  void print_key(const Node* key, bool computed);

 private:
  static constexpr std::size_t kNowhere = static_cast<std::size_t>(-1);

  // Output helpers.
  void put(std::string_view s) { out_.append(s); }
  void put(char c) { out_.push_back(c); }
  void put_indent() { out_.append(static_cast<std::size_t>(indent_) * 2, ' '); }
  void newline() { out_.push_back('\n'); }
  bool at(std::size_t mark) const { return out_.size() == mark; }
  // A space when the next sign would merge with the previous one (`- -x`, `+ ++x`).
  void sign_guard(char sign) {
    if (!out_.empty() && out_.back() == sign) out_.push_back(' ');
  }

  // printer.cpp
  void print_body(const Node* body);  // body of if/for/while/with/label
  void print_if(const Node* s);
  void print_for(const Node* s);
  void print_for_in(const Node* s);
  void print_switch(const Node* s);
  void print_try(const Node* s);
  void print_export(const Node* s);
  void print_function_decl(const Node* s);
  void print_class_decl(const Node* s);
  bool blank_line_between(const Node* prev, const Node* next) const;

  // print_expr.cpp
  void print_paren(const Node* e);                     // `(e)` with a fresh context
  void print_list(const NodeList& list, Level level);  // `a, b, c`
  void print_binary(const Node* e, Level level, std::uint8_t flags);
  void print_assign(const Node* e, Level level, std::uint8_t flags);
  void print_conditional(const Node* e, Level level, std::uint8_t flags);
  void print_unary(const Node* e, Level level, std::uint8_t flags);
  void print_update(const Node* e, Level level, std::uint8_t flags);
  void print_member(const Node* e, std::uint8_t flags);
  void print_call(const Node* e, Level level, std::uint8_t flags);
  void print_new(const Node* e, Level level);
  void print_tagged(const Node* e, std::uint8_t flags);
  void print_template(const Node* e);
  void print_array(const Node* e);
  void print_object(const Node* e);
  void print_function_expr(const Node* e);
  void print_class_expr(const Node* e);
  void print_arrow(const Node* e, Level level, std::uint8_t flags);
  void print_number(const Node* e, Level level);
  void print_identifier(const Node* e);
  Level binary_left_level(const Node* e) const;
  Level binary_right_level(const Node* e) const;

  std::string out_;
  std::string_view source_;
  int indent_ = 0;
  // Output offsets where an expression starts in a position with a lookahead restriction: a
  // node printed exactly there checks whether its first token would be misread.
  std::size_t stmt_start_ = kNowhere;            // expression statement
  std::size_t arrow_start_ = kNowhere;           // arrow concise body
  std::size_t export_default_start_ = kNowhere;  // export default expression
  std::size_t for_init_start_ = kNowhere;        // for (init;;), for (left in/of ...)
  std::size_t for_of_init_start_ = kNowhere;     // for (left of ...)
  std::vector<const Node*> spine_;               // scratch for left-nested binary chains
};

}  // namespace desugar::print_detail
