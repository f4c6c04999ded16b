// from seed 000 (精选留言, comment by Geek_aa1c31: hand-written generator equivalent "相当于" of async foo / await 100)
function* foo() {
  console.log(1);
  const a = yield new Promise((resolve) => {
    resolve(100);
  });
  console.log(a);
  console.log(2);
}
console.log(0);
const gen = foo();
gen.next().value.then((v) => {
  gen.next(v);
});
console.log(3);
