// from seed 004 (PromiseResolveThenableJob: 浏览器对 new Promise(resolve => resolve(thenable)) 的处理)
let thenable = {
  then(resolve, reject) {
    console.log('in thenable');
    resolve(100);
  }
};

new Promise((r) => {
  console.log('in p0');
  r(thenable);
}).then(() => {
  console.log('thenable ok');
});

new Promise((r) => {
  console.log('in p1');
  r();
}).then(() => {
  console.log('1');
}).then(() => {
  console.log('2');
}).then(() => {
  console.log('3');
}).then(() => {
  console.log('4');
});
