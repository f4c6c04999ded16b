// from seed 002 (Promise.resolve: 参数为一个 thenable 对象, PromiseResolveThenableJob example)
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

new Promise((resolve) => {
  console.log("in p1");
  resolve();
}).then(() => {
  console.log("1");
}).then(() => {
  console.log("2");
}).then(() => {
  console.log("3");
}).then(() => {
  console.log("4");
});
