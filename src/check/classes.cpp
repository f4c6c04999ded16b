// Class bodies: one constructor and not a special method, no static `prototype`, no field named
// `constructor`, private names declared once and used only inside a class that declares them,
// field initializers and static blocks as their own function-like contexts.
#include "check/checker.h"

#include <unordered_map>

namespace desugar::check {

namespace {
// The key's name when it is not computed: identifiers as written, strings without quotes.
std::string_view static_name(const Node* member) {
  const Node* key = child_named(member, SlotName::key);
  if (!key || member->has(flag::Computed)) return {};
  if (key->kind == Kind::Identifier || key->kind == Kind::PrivateName) return key->text;
  if (key->kind == Kind::String && key->text.size() >= 2)
    return key->text.substr(1, key->text.size() - 2);
  return {};
}

enum Accessor : std::uint8_t { kGetter = 1, kSetter = 2, kOther = 4 };
}  // namespace

// #sec-class-definitions-static-semantics-early-errors
void Checker::class_node(const Node* cls) {
  bool outer_strict = ctx().strict;
  ctx().strict = true;  // #sec-strict-mode-code: all parts of a class are strict
  if (ast::name(cls)) identifier(ast::name(cls), Role::Binding);
  heritage(ast::superclass(cls));
  if (!failed_) class_members(cls);
  ctx().strict = outer_strict;
}

void Checker::class_members(const Node* cls) {
  // Private names first: a method may use a name declared further down the body.
  PrivateScope privates;
  std::unordered_map<std::string, std::pair<std::uint8_t, bool>> seen;  // accessor bits, static
  for (const Node* m : cls->list) {
    if ((m->kind != Kind::Method && m->kind != Kind::Field) || !ast::key(m) ||
        ast::key(m)->kind != Kind::PrivateName)
      continue;
    std::string name(ast::key(m)->text);
    if (name == "#constructor") return error(DiagId::D0337, ast::key(m)->begin);
    std::uint8_t bits = m->has(flag::Getter) ? kGetter : m->has(flag::Setter) ? kSetter : kOther;
    bool is_static = m->has(flag::Static);
    auto it = seen.find(name);
    if (it == seen.end()) {
      seen.emplace(name, std::make_pair(bits, is_static));
    } else {
      auto& [old_bits, old_static] = it->second;
      bool pair =
          bits != kOther && old_bits != kOther && (old_bits & bits) == 0 && old_static == is_static;
      if (!pair) return error(DiagId::D0301, ast::key(m)->begin, name);
      old_bits |= bits;
    }
    privates.names.insert(name);
  }
  classes_.push_back(std::move(privates));
  bool derived = ast::superclass(cls) != nullptr;
  bool constructor_seen = false;
  for (const Node* m : cls->list) {
    if (failed_) break;
    std::string_view name = static_name(m);
    bool is_static = m->has(flag::Static);
    const Node* key = child_named(m, SlotName::key);
    bool private_key = key && key->kind == Kind::PrivateName;
    if (m->kind == Kind::Method) {
      property_key(m);
      const Node* fn = ast::function(m);
      FnKind kind = m->has(flag::Getter)   ? FnKind::Getter
                    : m->has(flag::Setter) ? FnKind::Setter
                                           : FnKind::Method;
      if (!private_key && !is_static && name == "constructor") {
        if (kind != FnKind::Method) return error(DiagId::D0335, ast::key(m)->begin, "an accessor");
        if (fn->has(flag::Generator))
          return error(DiagId::D0335, ast::key(m)->begin, "a generator");
        if (fn->has(flag::Async))
          return error(DiagId::D0335, ast::key(m)->begin, "an async method");
        if (constructor_seen) return error(DiagId::D0334, ast::key(m)->begin);
        constructor_seen = true;
        kind = FnKind::Constructor;
      }
      if (!private_key && is_static && name == "prototype")
        return error(DiagId::D0336, ast::key(m)->begin);
      function(fn, kind, derived);
    } else if (m->kind == Kind::Field) {
      property_key(m);
      if (!private_key && name == "constructor") return error(DiagId::D0337, ast::key(m)->begin);
      if (!private_key && is_static && name == "prototype")
        return error(DiagId::D0336, ast::key(m)->begin);
      if (!ast::value(m)) continue;
      // #sec-class-definitions-static-semantics-early-errors: an initializer is a method body.
      FunctionContext init;
      init.strict = true;
      init.new_target = init.super_property = init.class_init = true;
      init.await_reserved = module_;
      fns_.push_back(init);
      push_scope(true);
      expr(ast::value(m));
      pop_scope();
      fns_.pop_back();
    } else if (m->kind == Kind::StaticBlock) {
      // #sec-class-definitions-static-semantics-early-errors (ClassStaticBlockBody)
      FunctionContext block;
      block.strict = true;
      block.new_target = block.super_property = block.class_init = block.static_block = true;
      block.await_reserved = true;
      fns_.push_back(block);
      push_scope(true);
      statement_list(m->list);
      pop_scope();
      fns_.pop_back();
    }
  }
  classes_.pop_back();
}

// #sec-class-definitions-static-semantics-early-errors: AllPrivateIdentifiersValid
void Checker::private_use(const Node* name) {
  for (auto it = classes_.rbegin(); it != classes_.rend(); ++it) {
    if (it->names.count(std::string(name->text))) return;
  }
  error(DiagId::D0338, name->begin, name->text);
}

}  // namespace desugar::check
