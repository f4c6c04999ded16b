// from seed 000 (精选留言, comment by Geek_aa1c31: async function foo / await 100)
async function foo() {
  console.log(1);
  let a = await 100;
  console.log(a);
  console.log(2);
}
console.log(0);
foo();
console.log(3);
