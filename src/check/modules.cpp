// Modules: import and export only at a module's top level, import bindings declared like lexicals,
// each export name once, and every name exported without `from` declared in the module.
// Import statements and export lists reach us as Verbatim text, so they are re-read here with a
// tiny tokenizer (the grammar has already accepted them).
#include "check/checker.h"

namespace desugar::check {

namespace {
struct Token {
  enum Type : std::uint8_t { Name, String, Punct } type;
  std::string_view text;
  std::uint32_t at;
};

std::vector<Token> tokenize(std::string_view text, std::uint32_t base) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || c == '\\' || static_cast<unsigned char>(c) >= 0x80;
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (text.compare(i, 2, "//") == 0) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (text.compare(i, 2, "/*") == 0) {
      std::size_t end = text.find("*/", i + 2);
      i = end == std::string_view::npos ? text.size() : end + 2;
    } else if (c == '"' || c == '\'') {
      std::size_t j = i + 1;
      while (j < text.size() && text[j] != c) j += text[j] == '\\' ? 2 : 1;
      j = std::min(j + 1, text.size());
      out.push_back({Token::String, text.substr(i, j - i), base + static_cast<std::uint32_t>(i)});
      i = j;
    } else if (name_char(c)) {
      std::size_t j = i;
      while (j < text.size() && name_char(text[j]))
        j += text[j] == '\\' && j + 1 < text.size() ? 2 : 1;
      out.push_back({Token::Name, text.substr(i, j - i), base + static_cast<std::uint32_t>(i)});
      i = j;
    } else {
      out.push_back({Token::Punct, text.substr(i, 1), base + static_cast<std::uint32_t>(i)});
      ++i;
    }
  }
  return out;
}

std::string unquote(const Token& t) {
  if (t.type != Token::String || t.text.size() < 2) return std::string(t.text);
  return std::string(t.text.substr(1, t.text.size() - 2));
}

void bound_names(const Node* p, std::vector<const Node*>& out) {
  if (!p) return;
  switch (p->kind) {
    case Kind::Identifier: out.push_back(p); return;
    case Kind::ArrayPattern:
    case Kind::ObjectPattern:
      for (const Node* item : p->list)
        bound_names(item->kind == Kind::Property ? ast::value(item) : item, out);
      return;
    case Kind::AssignPattern:
    case Kind::Rest: bound_names(ast::target(p), out); return;
    default: return;
  }
}
}  // namespace

void Checker::module_item(const Node* v) {
  std::string_view text = v->text;
  bool is_import = text.starts_with("import"), is_export = text.starts_with("export");
  if (!is_import && !is_export) return;  // hashbang
  bool top = fns_.size() == 1 && scopes_.size() == 1;
  // #sec-scripts-static-semantics-early-errors: a script has no import or export declarations.
  if (!module_ && is_import) return error(DiagId::D0347, v->begin);
  if (!module_ || !top) {
    if (is_export) return error(DiagId::D0344, v->begin, "export");
    return error(DiagId::D0325, v->begin + 6, token_at(v->begin + 6));
  }
  std::vector<Token> toks = tokenize(text, v->begin);
  std::size_t i = 1;
  auto at = [&](std::size_t k, std::string_view s) { return k < toks.size() && toks[k].text == s; };
  auto exported = [&](const std::string& name, std::uint32_t pos) {
    // #sec-module-semantics-static-semantics-early-errors: ExportedNames has no duplicates.
    if (!exported_.insert(name).second) error(DiagId::D0346, pos, name);
  };
  if (is_import) {
    auto bind = [&](const Token& t) {
      if (t.type != Token::Name) return error(DiagId::D0325, t.at, token_at(t.at));
      name_rules(t.text, t.at, Role::Binding);
      bool escaped = false, valid = true;
      declare(decode_identifier(t.text, &escaped, &valid), Bind::Import, t.at);
    };
    if (i < toks.size() && toks[i].type == Token::Name &&
        !(at(i, "from") && i + 1 < toks.size() && toks[i + 1].type == Token::String)) {
      bind(toks[i++]);
      if (at(i, ",")) ++i;
    }
    if (at(i, "*") && at(i + 1, "as") && i + 2 < toks.size()) {
      bind(toks[i + 2]);
      i += 3;
    }
    if (at(i, "{")) {
      for (++i; i < toks.size() && !at(i, "}") && !failed_; ++i) {
        if (at(i, ",")) {
          if (at(i - 1, "{") || at(i - 1, ",")) return error(DiagId::D0344, toks[i].at, ",");
          continue;
        }
        if (at(i + 1, "as") && i + 2 < toks.size()) {
          bind(toks[i + 2]);
          i += 2;
        } else {
          bind(toks[i]);
        }
      }
    }
    return;
  }
  if (at(i, "*")) {
    if (at(i + 1, "as") && i + 2 < toks.size()) exported(unquote(toks[i + 2]), toks[i + 2].at);
    return;
  }
  if (!at(i, "{")) return;
  std::size_t close = i;
  while (close < toks.size() && !at(close, "}")) ++close;
  bool from = at(close + 1, "from");
  for (++i; i < close && !failed_; ++i) {
    if (at(i, ",")) {
      if (at(i - 1, "{") || at(i - 1, ",")) return error(DiagId::D0344, toks[i].at, ",");
      continue;
    }
    const Token& local = toks[i];
    const Token* name = &local;
    if (at(i + 1, "as") && i + 2 < close) {
      name = &toks[i + 2];
      i += 2;
    }
    if (!from) {
      if (local.type != Token::Name) return error(DiagId::D0325, local.at, "string");
      bool escaped = false, valid = true;
      std::string decoded = decode_identifier(local.text, &escaped, &valid);
      name_rules(local.text, local.at, Role::Reference);
      export_locals_.emplace_back(decoded, local.at);
    }
    exported(unquote(*name), name->at);
  }
}

void Checker::export_decl(const Node* e) {
  bool top = fns_.size() == 1 && scopes_.size() == 1;
  if (!module_ || !top) return error(DiagId::D0344, e->begin, "export");
  const Node* d = ast::declaration(e);
  if (!d) return;
  if (e->has(flag::Default)) {
    if (!exported_.insert("default").second) return error(DiagId::D0346, e->begin, "default");
    if (d->kind == Kind::ClassDecl && !ast::name(d))
      return class_node(d);  // `export default class {}`
    if (d->kind == Kind::FunctionDecl || d->kind == Kind::ClassDecl) return statement(d, Pos::List);
    if ((d->kind == Kind::FunctionExpr || d->kind == Kind::ClassExpr) && ast::name(d) &&
        !parenthesized(d)) {
      bool escaped = false, valid = true;
      declare(decode_identifier(ast::name(d)->text, &escaped, &valid), Bind::Lexical,
              ast::name(d)->begin);
    }
    return expr(d);
  }
  statement(d, Pos::List);
  std::vector<const Node*> names;
  if (d->kind == Kind::VarDecl) {
    for (const Node* decl : d->list) bound_names(ast::target(decl), names);
  } else if (ast::name(d) && ast::name(d)->kind == Kind::Identifier) {
    names.push_back(ast::name(d));
  }
  for (const Node* id : names) {
    if (failed_) return;
    bool escaped = false, valid = true;
    std::string name = decode_identifier(id->text, &escaped, &valid);
    if (!exported_.insert(name).second) return error(DiagId::D0346, id->begin, name);
  }
}

// #sec-module-semantics-static-semantics-early-errors: exported locals are declared.
void Checker::module_end() {
  for (const auto& [name, at] : export_locals_) {
    if (failed_) return;
    if (!scopes_.front().names.count(name)) error(DiagId::D0345, at, name);
  }
}

}  // namespace desugar::check
