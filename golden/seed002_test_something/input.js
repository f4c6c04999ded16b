// from seed 002 (梳理总体的例子: "再来一题")
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
    const testFn1 = await testSometing();
    console.log(testFn1);

    // 关键点2
    const testFn2 = await testAsync();

    console.log(testFn2);
    console.log(testFn1, testFn2);
}

test();

const promiseFn = new Promise((resolve) => {
    console.log("promise start");
    resolve("promise resolve");
});
promiseFn.then((val) => console.log(val));

console.log("test end...");
