// The runtime as data: which pieces a set of helpers pulls in, and that every piece and template
// parses (the driver's library) and is copied with the output's prefix.
#include <algorithm>

#include <catch2/catch.hpp>

#include "driver/runtime_library.h"
#include "passes/runtime.h"
#include "print/printer.h"

using namespace desugar;

namespace {
bool has(const std::vector<Piece>& pieces, Piece p) {
  return std::find(pieces.begin(), pieces.end(), p) != pieces.end();
}
}  // namespace

TEST_CASE("runtime: the runner pulls in await, legacy explicit jobs the resolve functions") {
  HelperSet helpers;
  helpers.add(Helper::AsyncRunner);
  auto modern = pieces_for(helpers, {AwaitMode::Modern, true});
  CHECK(modern.front() == Piece::Intrinsics);
  CHECK(modern.back() == Piece::End);
  CHECK(has(modern, Piece::AwaitModern));
  CHECK_FALSE(has(modern, Piece::ResolvePromise));
  auto legacy = pieces_for(helpers, {AwaitMode::Legacy, true});
  CHECK(has(legacy, Piece::AwaitLegacyExplicit));
  CHECK(has(legacy, Piece::ResolvePromise));
  auto legacy_native = pieces_for(helpers, {AwaitMode::Legacy, false});
  CHECK(has(legacy_native, Piece::AwaitLegacy));
  CHECK_FALSE(has(legacy_native, Piece::ResolvePromise));
}

TEST_CASE("runtime: async generators pull in the async iteration helpers") {
  HelperSet helpers;
  helpers.add(Helper::AsyncGenerator);
  auto pieces = pieces_for(helpers, {});
  CHECK(has(pieces, Piece::AsyncIteration));
  CHECK(has(pieces, Piece::AsyncGenerator));
  CHECK(has(pieces, Piece::AwaitModern));
  HelperSet none;
  CHECK(pieces_for(none, {}) == std::vector<Piece>{Piece::Intrinsics, Piece::End});
}

TEST_CASE("runtime: every piece and template parses, and copies take the prefix") {
  const RuntimeLibrary& library = runtime_library();
  for (std::size_t i = 0; i + 1 < kPieceCount; ++i) CHECK_FALSE(library.pieces[i].empty());
  for (const Node* t : library.templates) CHECK(t != nullptr);
  Arena arena;
  AstBuilder builder(arena);
  HelperSet helpers;
  helpers.add(Helper::AsyncRunner);
  auto stmts = runtime_statements(library, helpers, {}, "__ds7_", builder);
  Node* program = builder.make(Kind::Program);
  program->list = builder.list(stmts);
  std::string text = print_js(program, {});
  CHECK(text.find("function __ds7_async(") != std::string::npos);
  CHECK(text.find("__ds_") == std::string::npos);
  // The library itself keeps "__ds_": copies never write through to it.
  auto again = runtime_statements(library, helpers, {}, "__ds_", builder);
  program->list = builder.list(again);
  CHECK(print_js(program, {}).find("function __ds_async(") != std::string::npos);
}
