// adapted from seed 002: section "Promise.prototype.then".
// Changes: the article writes `new Promise1(...)` / `new Promise2(...)`, which throws
// ReferenceError (Promise1 is not defined); both are changed to `new Promise(...)`.
// The article states the output is 1 4 2 5 3 6.
const promise1 = new Promise((resolve) => {
  resolve();
});
promise1.then(() => console.log(1)).then(() => console.log(2)).then(() => console.log(3));

const promise2 = new Promise((resolve) => {
  resolve();
});
promise2.then(() => console.log(4)).then(() => console.log(5)).then(() => console.log(6));
