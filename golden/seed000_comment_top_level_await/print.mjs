// from seed 000 (精选留言, comment by 七月拾思: top-level await, so this case is an ES module)
async function foo() {
  console.log(1);
  let a = await 100;
  console.log(a);
  console.log(2);
  return 'hello';
}
console.log(0);
let res = await foo();
console.log(3);
console.log(res);
