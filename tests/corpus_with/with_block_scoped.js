// block-scoped declarations in a with body shadow the object's properties
const o = { y: 'o.y', z: 'o.z', i: 'o.i' };
let y = 'outer';
async function f() {
  with (o) {
    let y = 'inner';
    await null;
    console.log(y, z);
    for (let i = 0; i < 2; i++) console.log('i', i, await i);
    console.log(i);
    { const z = await 'block z'; console.log(z); }
    console.log(z);
  }
  console.log(y, o.y);
}
f();
