// from seed 003 (Promise: 输出的顺序是 a b c)
var r = new Promise(function(resolve, reject) {
  console.log("a");
  resolve();
});
r.then(() => console.log("c"));
console.log("b");
