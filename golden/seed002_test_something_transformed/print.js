// adapted from seed 002: section "梳理总体的例子", the hand-written transformation of test()
// ("可以通过对关键点 1 和关键点 2 的转化来理解").
// Changes: the article shows only the rewritten `async function test()`; testSometing,
// testAsync and the driver code (test(); promiseFn ...; console.log("test end...")) are
// copied unchanged from the preceding "再来一题" program so that it runs.
function testSometing() {
  console.log("in testSomething");
  return "return testSomething";
}

async function testAsync() {
  console.log("in testAsync");
  return Promise.resolve("hello async");
}

async function test() {
  console.log("test start...");

  // 关键点1
  // const testFn1 = await testSometing();
  // console.log(testFn1);

  // 关键点2
  // const testFn2 = await testAsync();
  // console.log(testFn2);
  // console.log(testFn1, testFn2);

  const p1 = testSometing();

  // 将p1的回调推入微任务队列
  Promise.resolve(p1).then((res1) => {
    console.log(res1);
    const p2 = testAsync();

    // 将p2的回调推入微任务队列
    Promise.resolve(p2).then((res2) => {
      console.log(res2);
      console.log(res1, res2);
    });
  });
}

test();

const promiseFn = new Promise((resolve) => {
  console.log("promise start");
  resolve("promise resolve");
});
promiseFn.then((val) => console.log(val));

console.log("test end...");
