// from seed 003 (Promise: 跟 setTimeout 混用的 Promise)
var r = new Promise(function(resolve, reject) {
  console.log("a");
  resolve();
});
setTimeout(() => console.log("d"), 0);
r.then(() => console.log("c"));
console.log("b");
