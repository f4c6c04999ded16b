// default parameters are evaluated left to right synchronously at call time, before the body
let counter = 0;
const next = tag => { counter++; console.log('default', tag, counter); return counter; };
async function f(a = next('a'), b = next('b'), c = a + b) {
  console.log('body', a, b, c);
  await null;
  console.log('after await', counter);
  return [a, b, c].join(',');
}
f().then(v => console.log('f', v));
f(10).then(v => console.log('f(10)', v));
console.log('sync, counter =', counter);
