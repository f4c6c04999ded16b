// from seed 004 (await 操作符做了什么: 转换4, hand-written Promise transformation of 转换1)
function async1() {
  console.log('async1 start');
  return new Promise((resolve) => resolve(async2())).then(() => {
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
