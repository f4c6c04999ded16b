// rest parameters, default with destructuring, and iterator-based defaults evaluated lazily
'use strict';
function* gen() { console.log('iterating'); yield 1; yield 2; yield 3; }
async function f([first, ...others] = gen(), { opt = 'default opt' } = {}, ...rest) {
  await null;
  return JSON.stringify({ first, others, opt, rest });
}
f().then(console.log);
f([9], { opt: 'given' }, 'r1', 'r2').then(console.log);
console.log('sync');
