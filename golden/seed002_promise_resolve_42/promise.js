// adapted from seed 002: section "Promise.resolve".
// Changes: the article writes `Promise.solve(42)` (TypeError: Promise.solve is not a
// function); changed to `Promise.resolve(42)`, which is what the text describes.
new Promise(function(resolve) {
  resolve(42);
}).then((value) => {
  console.log(value);
});

// 等价于
Promise.resolve(42).then((value) => {
  console.log(value);
});
