// Promise instances (#sec-properties-of-promise-instances).
#pragma once
#include <vector>

#include "sim/jobs.h"
#include "sim/object.h"

namespace desugar::sim {

enum class PromiseState : std::uint8_t { Pending, Fulfilled, Rejected };

struct PromiseObj final : Object {
  explicit PromiseObj(Object* proto) : Object(proto, Class::Promise) {}
  void trace(Tracer& t) override {
    Object::trace(t);
    t.value(result);
    if (has_reactions) first.trace(t);
    for (const ReactionPair& r : more) r.trace(t);
  }
  void append(const ReactionPair& r) {
    if (!has_reactions) {
      first = r;
      has_reactions = true;
    } else {
      more.push_back(r);
    }
  }
  PromiseState state = PromiseState::Pending;  // [[PromiseState]]
  bool is_handled = false;                     // [[PromiseIsHandled]]
  // The alreadyResolved record of the resolving functions made when the promise was created by
  // NewPromiseCapability(%Promise%) without exposing them (they are reachable only from the
  // capability record, so they need not be objects).
  bool capability_resolved = false;
  bool maybe_unhandled = false;  // in Node's maybeUnhandledPromises
  bool warned = false;
  bool has_reactions = false;
  Value result;  // [[PromiseResult]]
  // [[PromiseFulfillReactions]] / [[PromiseRejectReactions]], as pairs; the first one inline.
  ReactionPair first;
  std::vector<ReactionPair> more;
};

}  // namespace desugar::sim
