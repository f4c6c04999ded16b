// adapted from seed 003: section "Promise", 执行一个耗时 1 秒的 Promise experiment.
// Changes: the busy-wait `while (Date.now() - begin < 1000);` shortened to 20 ms
// (`< 20`); still longer than the 0 ms (= 1 ms) timer, so "d" is due before c2 is queued.
setTimeout(() => console.log("d"), 0);
var r = new Promise(function(resolve, reject) {
  resolve();
});
r.then(() => {
  var begin = Date.now();
  while (Date.now() - begin < 20);
  console.log("c1");
  new Promise(function(resolve, reject) {
    resolve();
  }).then(() => console.log("c2"));
});
