
// a 1e5-iteration loop in an async function with an await that is never reached
async function f(flag) {
  let n = 0;
  for (let i = 0; i < 100000; i++) {
    if (flag && i === -1) await null;
    n += i & 1;
  }
  return n;
}
f(true).then(v => console.log('n', v));
Promise.resolve().then(() => console.log('job after call'));
console.log('call returned synchronously');
