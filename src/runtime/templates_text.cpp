// The JavaScript text of the templates the passes instantiate: code written once as JS and copied
// into the program with its placeholders (`$name`) replaced, instead of being built node by node.
#include <string_view>

#include "runtime/helpers.h"

namespace desugar {

namespace {

// `for await` (passes/for_await.cpp): the loop inside an async function, whose `$...` names the
// pass replaces.
constexpr std::string_view kForAwait = R"JS(async function template() {
  {
    const $iterator = __ds_getAsyncIterator($right, $text);
    let $open = false; // true while the body runs: leaving it then closes the iterator
    try {
      for (;;) {
        $open = false;
        const $result = await __ds_iteratorNext($iterator);
        if (__ds_iteratorComplete($result)) break;
        const $value = $result.value;
        $open = true;
        $head;
        $body;
      }
    } catch ($error) {
      if ($open) {
        // AsyncIteratorClose with a throw completion: the throw wins over anything return() does.
        $open = false;
        try {
          const $return = $iterator.iterator.return;
          if ($return !== undefined && $return !== null) await __ds_apply($return, $iterator.iterator, []);
        } catch {}
      }
      throw $error;
    } finally {
      if ($open) {
        // AsyncIteratorClose after break, return or a continue to an outer loop
        const $return = __ds_getMethod($iterator.iterator, 'return');
        if ($return !== undefined) __ds_iteratorResultObject(await __ds_apply($return, $iterator.iterator, []));
      }
    }
  }
}
)JS";

// The helper arrows of an async method that uses `super` (passes/async_function.cpp), each inside
// a method so that `super` parses: `const $name = ...;` is taken out and renamed.
constexpr std::string_view kSuperRef =
    R"JS(class T extends Object { m() { const $name = (key) => __ds_defineProperty({}, 'value', { __proto__: null, get: () => super[key], set: (value) => { super[key] = value; } }); } })JS";
constexpr std::string_view kSuperDelete =
    R"JS(class T extends Object { m() { const $name = (key) => delete super[key]; } })JS";
constexpr std::string_view kSuperTag =
    R"JS(class T extends Object { m() { const $name = (key) => { const tag = super[key]; return (...args) => __ds_apply(tag, this, args); }; } })JS";

}  // namespace

std::string_view template_text(Template t) {
  switch (t) {
    case Template::ForAwait: return kForAwait;
    case Template::SuperRef: return kSuperRef;
    case Template::SuperDelete: return kSuperDelete;
    case Template::SuperTag: return kSuperTag;
    case Template::Count: break;
  }
  return {};
}

}  // namespace desugar
