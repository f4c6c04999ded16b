// await in a class body
async function f() {
  class A { static x = 1; [await 'k']() { return 'm'; } }
  const B = class { static [await 'y'] = 2; };
  console.log(new A().k(), B.y);
}
f();
