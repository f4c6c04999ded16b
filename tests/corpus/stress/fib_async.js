// naive async recursive fibonacci: thousands of async calls and awaits complete deterministically
'use strict';
let calls = 0;
async function fib(n) {
  calls++;
  if (n < 2) return n;
  const a = fib(n - 1);
  const b = await fib(n - 2);
  return (await a) + b;
}
fib(15).then(v => console.log('fib', v, 'calls', calls));
