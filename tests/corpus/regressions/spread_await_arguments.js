// a spread of an awaited value among other awaits: each spread iterates when reached (issue 9)
'use strict';
function sum(...xs) { return xs.join(','); }
function logged(name, values) {
  return { [Symbol.iterator]() { console.log('iterate', name); return values[Symbol.iterator](); } };
}
const p = Promise.resolve(logged('p', [1, 2]));
async function f() {
  console.log(sum(...await p, await 4, ...[await 5]));
  console.log(sum(...await p, ...logged('q', [await 6]), await 7));
  const arr = [...await p, await 8, ...(await Promise.resolve([9]))];
  console.log(arr.join(','));
  const obj = { ...(await Promise.resolve({ a: 1 })), b: await 2, ...{ c: await 3 } };
  console.log(JSON.stringify(obj));
  console.log(new Array(...await p, await 10).length);
  return sum(...await p);
}
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
f().then((v) => console.log('result', v));
