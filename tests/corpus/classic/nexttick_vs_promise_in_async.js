// puzzle (CommonJS): nextTick and promise inside async functions started at top level
async function f() {
  console.log('f start');
  process.nextTick(() => console.log('tick in f'));
  await null;
  console.log('f after await');
  process.nextTick(() => console.log('tick after await'));
  Promise.resolve().then(() => console.log('promise after await'));
}
f();
process.nextTick(() => console.log('top tick'));
Promise.resolve().then(() => console.log('top promise'));
console.log('top end');
