// from seed 000 (精选留言, comment by zgy: generator consumed by for...of)
const foo = function*() {
  yield 'a';
  console.log('1');
  yield 'b';
  console.log('2');
  yield 'c';
  console.log('3');
};

let str = '';
for (const val of foo()) {
  str = str + val;
}

console.log(str); // abc
