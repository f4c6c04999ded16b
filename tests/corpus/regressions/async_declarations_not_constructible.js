// async function declarations are not constructors and have no prototype, in every scope (issue 9)
async function plain(a, b) { return a + b; }
async function usesThis() { return this === undefined ? 'undefined' : typeof this; }
async function usesArguments() { return arguments.length; }
async function withDefaults(a, b = 2, ...rest) { return a + b + rest.length; }
for (const fn of [plain, usesThis, usesArguments, withDefaults]) {
  let constructed;
  try { new fn(); constructed = 'constructed'; } catch (e) { constructed = e.constructor.name; }
  console.log(fn.name, fn.length, 'prototype' in fn, Object.getOwnPropertyNames(fn).sort().join(','), constructed);
}
console.log(early(), typeof later);
function early() { return typeof later; }
async function later() {}
function outer() {
  async function inner() { return 1; }
  try { Reflect.construct(inner, []); } catch (e) { console.log('inner', e.constructor.name); }
  return inner;
}
outer()().then((v) => console.log('inner resolved', v));
usesArguments(1, 2, 3).then((n) => console.log('arguments', n));
usesThis().then((t) => console.log('this', t));
withDefaults(1).then((v) => console.log('defaults', v));
