// names in a with body resolve through the object before and after each await
const o = { x: 1, state: 'o.state', input: 'o.input', value: 'o.value', resolve: 'o.resolve', step: 'o.step', t1: 'o.t1' };
async function f() {
  with (o) {
    x = await x + 1;
    console.log(x, state, input, value, resolve, step, t1);
    x += await 10;
  }
  console.log(o.x);
  with (o) return x + await 1;
}
f().then((v) => console.log('ret', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
