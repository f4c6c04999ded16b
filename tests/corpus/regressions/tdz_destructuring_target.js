// a write to a let before its declaration through a destructuring or for-of target throws at the engine's step (issue 9)
function logged(values) {
  return { [Symbol.iterator]() { let i = 0; return { next() { console.log('next', i); return { done: i >= values.length, value: values[i++] }; }, return() { console.log('return'); return {}; } }; } };
}
async function f() {
  await null;
  try { [x] = logged([1, 2]); } catch (e) { console.log(e.name, e.message); }
  try { ({ x } = { x: 3 }); } catch (e) { console.log(e.name, e.message); }
  try { ({ k: x = await 4 } = {}); } catch (e) { console.log(e.name, e.message); }
  try { [, ...x] = [5, 6]; } catch (e) { console.log(e.name, e.message); }
  try { for (x of logged([7])) console.log('body'); } catch (e) { console.log(e.name, e.message); }
  let x;
  [x] = [8];
  console.log('x', x);
  for (x of [9]) console.log('x', x);
  return x;
}
f().then((v) => console.log('resolved', v));
Promise.resolve().then(() => console.log('tick'));
