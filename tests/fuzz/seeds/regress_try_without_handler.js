
// desugar fuzz program, seed 3 (tests/fuzz/gen.js)
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i));
}
function defer() {
  let resolve, reject;
  const p = new Promise((res, rej) => { resolve = res; reject = rej; });
  p.catch(() => {});
  return { p, resolve, reject };
}
const g1 = defer();
const o1 = {
  k: 1,
  async m(a, b) {
    console.log('o1.m:1', a, b);
    let acc1 = (a + 3);
    try {
      const v2 = `${await new Promise(r => queueMicrotask(() => r(6)))}|${this.k}`;
      console.log('o1.m:2', v2);
    }  },
  async n(a) {
    console.log('o1.n:1', a);
    let acc7 = 7;
    const v8 = await new Promise(r => r(a));
    console.log('o1.n:2', v8);
    const v9 = `${await v8}|${a}`;
    console.log('o1.n:3', v9);
    console.log('o1.n:4', !(await { then(res) { console.log('th:1'); res(v8); } }));
    try {
      try {
        const v10 = await this.k;
        console.log('o1.n:5', v10);
        throw new Error('o1.n!:1');
      } catch (e11) {
        console.log('o1.n:6', e11.message);
        return 8;
      }
    } catch (e12) {
      console.log('o1.n:7', e12.message);
      const o13 = { n: (a + 4) };
      o13[await new Promise(r => process.nextTick(r, 8))] = 4;
      o13['k'] = await { then(res) { res(Promise.resolve(v8)); } };
      console.log('o1.n:8', JSON.stringify(o13));
    }
    return a;
  },
};
const f2 = async (a, b) => {
  console.log('f2:1', a, b);
  let acc14 = a;
  const v15 = await undefined;
  console.log('f2:2', v15);
  let v16 = await (async () => await o1.n(6))();
  console.log('f2:3', v16);
  return { get then() { console.log('th:2'); return res => res(v16); } };
};
ticker(10);
queueMicrotask(() => g1.resolve(9));
console.log('m:1', 9);
console.log('m:sync');
o1.m(8, 2).catch(e => console.log('m:2', e.message));
f2(3, 4).then(x => console.log('m:3', x), e => console.log('m:3', e.message));
