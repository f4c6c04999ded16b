// adapted from seed 002: section "Promise.resolve", "上述的resolve(thenable)可转化为" snippet
// (the original and its "等价于" rewrite).
// Changes: the snippet uses `thenable` without defining it; the definition is copied
// unchanged from the article's preceding example (the one that logs "in thenable").
let thenable = {
  then(resolve, reject) {
    console.log("in thenable");
    resolve(100);
  }
};

new Promise((resolve) => {
  console.log("in p0");
  resolve(thenable);
}).then(() => {
  console.log("thenable ok");
});

// 等价于
new Promise((resolve) => {
  console.log("in p0");

  Promise.resolve().then(() => {
    thenable.then(resolve);
  });
});
