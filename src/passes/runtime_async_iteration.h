// The async iteration part of the runtime (runtime.cpp emits it): helpers for `for await` and
// `yield*`, and the async generator runner.
#pragma once
#include <string>
#include <string_view>

namespace desugar {

// The JavaScript text (with the "__ds_" prefix): the async iteration helpers when `iteration`
// or `generators`, and the async generator runner when `generators`.
std::string async_iteration_runtime(bool iteration, bool generators);

}  // namespace desugar
