// The emitted runtime as data: the helpers a lowered program may call, what each needs, and the
// JavaScript text of every piece and template. This layer only holds text and tables; the driver
// parses each piece once (driver/runtime_library.cpp) into a RuntimeLibrary (library.h), and the
// passes copy the statements they need from it, so no pass calls the parser.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/choices.h"

namespace desugar {

enum class Helper : std::uint8_t {
  AsyncRunner,    // __ds_async(thisArg, args, body): runs a generator as an async function
  AsyncFunction,  // __ds_asyncFunction(name, length, body): a non-constructible async function
  AwaitValue,     // __ds_awaitValue(value, onFulfilled, onRejected): await as PromiseResolve + then
  PromiseAwait,   // __ds_await(value, next, onError): the same, a throw in `next` goes to onError
  ResolvePromise,  // __ds_resolvePromise(resolve, reject, value, promise): thenable job written out
  CopyDataProperties,  // __ds_copyDataProperties(source, excluded): the object of `{ a, ...rest }`
  Intrinsics,      // only the captured intrinsics (__ds_Promise, …), always part of the runtime
  Tdz,             // __ds_uninitialized, __ds_checkInitialized(value, name): let/const before init
  AsyncIteration,  // __ds_getAsyncIterator and the other helpers of a lowered `for await`
  AsyncGenerator,  // __ds_asyncGenerator(thisArg, args, body, fn): the async generator runner
  Count
};

// The helpers a lowering used: a set, so that each pass adds what it calls and one place (the
// runtime) decides what that pulls in.
class HelperSet {
 public:
  void add(Helper h) { bits_ |= bit(h); }
  void add(const HelperSet& other) { bits_ |= other.bits_; }
  bool has(Helper h) const { return (bits_ & bit(h)) != 0; }
  bool empty() const { return bits_ == 0; }

 private:
  static std::uint32_t bit(Helper h) { return 1u << static_cast<unsigned>(h); }
  std::uint32_t bits_ = 0;
};

struct RuntimeOptions {
  AwaitMode mode = AwaitMode::Modern;
  bool explicit_jobs = true;
};

// The pieces of the runtime, in the order they are emitted. A piece is a list of statements.
enum class Piece : std::uint8_t {
  Intrinsics,           // the captured intrinsics, and the runtime's opening comment
  ResolvePromise,       // the promise resolve functions with PromiseResolveThenableJob written out
  AwaitModern,          // __ds_awaitValue, ES2019+ (PromiseResolve)
  AwaitLegacyExplicit,  // __ds_awaitValue, ES2017, through __ds_resolvePromise
  AwaitLegacy,          // __ds_awaitValue, ES2017, through a native promise
  AsyncRunner,
  AsyncFunction,
  PromiseAwait,
  Tdz,
  AsyncIteration,
  AsyncGenerator,
  CopyDataProperties,
  End,  // the closing comment
  Count
};
inline constexpr std::size_t kPieceCount = static_cast<std::size_t>(Piece::Count);

// The pieces that implement `helpers` (with what they depend on), in emission order.
std::vector<Piece> pieces_for(const HelperSet& helpers, const RuntimeOptions& options);

// The text of a piece, with "__ds_" where the output uses its own prefix.
std::string_view piece_text(Piece piece);

// Code the passes instantiate, written as JS with `$name` placeholders (templates_text.cpp).
enum class Template : std::uint8_t { ForAwait, SuperRef, SuperDelete, SuperTag, Count };
inline constexpr std::size_t kTemplateCount = static_cast<std::size_t>(Template::Count);
std::string_view template_text(Template t);

}  // namespace desugar
