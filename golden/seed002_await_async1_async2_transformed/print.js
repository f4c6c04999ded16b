// from seed 002 (await 在等什么?: "即上述例子代码可转化为", hand-written Promise transformation)
async function async1() {
  console.log("async1 start");
  const p = async2();
  return Promise.resolve(p).then(() => {
    console.log("async1 end");
  });
}

async function async2() {
  console.log("async2");
}
async1();
console.log("script start");
