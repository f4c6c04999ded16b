// 1e5-iteration for loop awaiting every 1000th iteration must not overflow the stack
'use strict';
async function f() {
  let sum = 0;
  for (let i = 0; i < 100000; i++) {
    if (i % 1000 === 0) sum += await 1;
    else sum += 2;
  }
  return sum;
}
f().then(v => console.log('sum', v));
console.log('started');
