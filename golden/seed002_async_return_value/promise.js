// adapted from seed 002: section "async", 例子 1.
// Changes: the article declares `asnyc1` but then calls `async1.then(...)` (ReferenceError:
// async1 is not defined); changed to `asnyc1().then(...)`, which is what the text describes
// (expected order: start -> i am from async1 function).
var asnyc1 = () => new Promise((resolve, reject) => {
  return resolve("i am from async1 function");
});
asnyc1().then((res) => {
  console.log(res);
});
console.log("start");
