// nested with statements and closures created inside them
const outer = { a: 'outer.a', b: 'outer.b' };
const inner = { b: 'inner.b', c: 'inner.c' };
async function f() {
  const fns = [];
  with (outer) {
    fns.push(() => a + '/' + b);
    await null;
    with (inner) {
      fns.push(() => a + '/' + b + '/' + c);
      console.log(a, b, c, await c);
      b = 'set by inner';
    }
    console.log(b);
  }
  for (const fn of fns) console.log(fn());
  console.log(inner.b, outer.b);
}
f();
