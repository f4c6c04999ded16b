// two async loops passing control back and forth through shared promises
let turnA, turnB;
let pa = new Promise(r => (turnA = r));
let pb = new Promise(r => (turnB = r));
async function A() {
  for (let i = 0; i < 4; i++) {
    const v = await pa;
    pa = new Promise(r => (turnA = r));
    console.log('A got', v);
    turnB(v + 1);
  }
}
async function B() {
  for (let i = 0; i < 4; i++) {
    const v = await pb;
    pb = new Promise(r => (turnB = r));
    console.log('B got', v);
    if (i < 3) turnA(v + 1);
  }
  console.log('B done');
}
A(); B();
turnA(0);
Promise.resolve().then(() => console.log('sentinel 1')).then(() => console.log('sentinel 2'));
