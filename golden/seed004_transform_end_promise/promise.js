// from seed 004 (最终转换: 转换, End, hand-written final Promise transformation of 转换1)
function async1() {
  console.log('async1 start');
  const p = async2();
  return new Promise((resolve) => {
    Promise.resolve().then(() => {
      p.then(resolve);
    });
  }).then(() => {
    console.log('async1 end');
  });
}

function async2() {
  console.log('async2');
  return Promise.resolve();
}

async1();

new Promise((resolve) => {
  console.log(1);
  resolve();
}).then(() => {
  console.log(2);
}).then(() => {
  console.log(3);
}).then(() => {
  console.log(4);
});
