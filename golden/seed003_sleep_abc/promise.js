// adapted from seed 003: section "Promise", "再来看一个稍微复杂的例子" (sleep logs "b").
// Changes: sleep(5000) shortened to sleep(20) (the article notes 5 s or 0 s gives the same order).
function sleep(duration) {
  return new Promise(function(resolve, reject) {
    console.log("b");
    setTimeout(resolve, duration);
  });
}
console.log("a");
sleep(20).then(() => console.log("c"));
