// Which runtime pieces a set of helpers needs, and where each piece's text lives.
#include "runtime/helpers.h"

namespace desugar {

std::string_view core_piece_text(Piece piece);             // core_text.cpp
std::string_view async_iteration_piece_text(Piece piece);  // async_iteration_text.cpp

std::string_view piece_text(Piece piece) {
  if (piece == Piece::AsyncIteration || piece == Piece::AsyncGenerator) {
    return async_iteration_piece_text(piece);
  }
  return core_piece_text(piece);
}

std::vector<Piece> pieces_for(const HelperSet& helpers, const RuntimeOptions& options) {
  bool legacy = options.mode == AwaitMode::Legacy;
  // Every runner awaits through __ds_awaitValue.
  bool await_value = helpers.has(Helper::AwaitValue) || helpers.has(Helper::AsyncRunner) ||
                     helpers.has(Helper::PromiseAwait) || helpers.has(Helper::AsyncGenerator);
  // Legacy await with explicit jobs resolves its promise through __ds_resolvePromise.
  bool legacy_explicit = await_value && legacy && options.explicit_jobs;
  std::vector<Piece> out{Piece::Intrinsics};
  if (helpers.has(Helper::ResolvePromise) || legacy_explicit) out.push_back(Piece::ResolvePromise);
  if (await_value) {
    out.push_back(!legacy           ? Piece::AwaitModern
                  : legacy_explicit ? Piece::AwaitLegacyExplicit
                                    : Piece::AwaitLegacy);
  }
  if (helpers.has(Helper::AsyncRunner)) out.push_back(Piece::AsyncRunner);
  if (helpers.has(Helper::AsyncFunction)) out.push_back(Piece::AsyncFunction);
  if (helpers.has(Helper::PromiseAwait)) out.push_back(Piece::PromiseAwait);
  if (helpers.has(Helper::Tdz)) out.push_back(Piece::Tdz);
  bool generators = helpers.has(Helper::AsyncGenerator);
  if (helpers.has(Helper::AsyncIteration) || generators) out.push_back(Piece::AsyncIteration);
  if (generators) out.push_back(Piece::AsyncGenerator);
  if (helpers.has(Helper::CopyDataProperties)) out.push_back(Piece::CopyDataProperties);
  out.push_back(Piece::End);
  return out;
}

}  // namespace desugar
