// The linear form of the promise stage: for an async function whose awaits all sit in
// statements directly in its body (no branches or loops around them), the body becomes a chain
// of named continuations, the code a person writes to explain await.
//
//   async function f() { console.log('a'); const v = await g(); console.log(v); }
//     => function f() {
//          return new Promise((resolve, reject) => {
//            console.log('a');
//            __ds_await(g(), after_await_L1, reject);
//            function after_await_L1(v) {
//              console.log(v);
//              resolve();
//            }
//          });
//        }
#pragma once
#include <string>
#include <vector>

#include "passes/promise/lowering_context.h"

namespace desugar::promise {

// True when `body` (a Block) can take the linear form.
bool linear_form_fits(Node* body, const AwaitIndex& awaits);

// Writes the statements of the executor for `body` in the linear form.
std::vector<Node*> linear_form(Node* body, FunctionContext& fn);

}  // namespace desugar::promise
