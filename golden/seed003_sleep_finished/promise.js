// adapted from seed 003: section "Promise", Promise 的基本用法示例 (sleep).
// Changes: sleep(1000) shortened to sleep(20) (the program only waits; no other change).
function sleep(duration) {
  return new Promise(function(resolve, reject) {
    setTimeout(resolve, duration);
  });
}
sleep(20).then(() => console.log("finished"));
