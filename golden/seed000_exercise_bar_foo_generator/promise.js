// from seed 000 (精选留言, comment by Geek_aa1c31: hand-written generator equivalent "相当于" of the exercise program)
function* foo() {
  console.log('foo');
}

function* bar() {
  console.log('bar start');
  yield new Promise((resolve) => {
    resolve(foo().next());
  });
  console.log('bar end');
}
console.log('script start');

setTimeout(() => {
  console.log('setTimeout');
}, 0);

const genBar = bar();
genBar.next().value.then((v) => {
  genBar.next(v);
});

new Promise((resolve) => {
  console.log('promise executor');
  resolve();
}).then(() => {
  console.log('promise then');
});
console.log('script end');
