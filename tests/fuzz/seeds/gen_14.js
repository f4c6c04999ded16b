
// desugar fuzz program, seed 14 (tests/fuzz/gen.js)
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
class Sub extends Promise {
  then(f, r) { console.log('Sub.then'); return super.then(f, r); }
}
let shared = 0;
ticker(3);
const g1 = defer();
const o1 = {
  k: 6,
  async m(a, b) {
    console.log('o1.m:1', a, b);
    let acc1 = (a + 3);
    shared -= await (async () => await { then(res) { process.nextTick(res, a); } })();
    console.log('o1.m:2', shared);
    const v2 = await { then(res) { process.nextTick(res, 9); } } - 3;
    console.log('o1.m:3', v2);
    const v3 = -(await { then(res) { res({ then(r2) { r2(2); } }); } });
    console.log('o1.m:4', v3);
  },
  async n(a, b) {
    console.log('o1.n:1', a, b);
    let acc4 = this.k;
    let v5 = await g1.p.then(x => ({ then(r) { r(x); } })).finally(() => console.log('fin:1'));
    console.log('o1.n:2', v5);
    try {
      const v6 = await Sub.reject(new Error('o1.n!:1'));
      console.log('o1.n:3', v6);
      if (acc4 !== 4) throw new Error('o1.n!:2');
    } finally {
      console.log('o1.n:4');
    }
    const v7 = await new Promise(r => r((a + 3)));
    console.log('o1.n:5', v7);
    return await { then(res) { res(Promise.resolve(4)); } };
  },
};
async function f2(a, b = a + 3) {
  console.log('f2:1', a, b);
  let acc8 = 3;
  console.log('f2:2', 0);
  try {
    const v9 = await { then(res) { queueMicrotask(() => res(2)); } } - 2;
    console.log('f2:3', v9);
  } catch (e10) {
    console.log('f2:4', e10.message);
    console.log('f2:5', `${await g1.p}|${a}`);
  } finally {
    console.log('f2:6');
    console.log('f2:7', 1);
    return acc8;
  }
  return await { then(res) { res(Sub.resolve((b + 1))); } };
}
queueMicrotask(() => g1.resolve(3));
o1.n(7, 4).finally(() => console.log('m:1')).catch(e => console.log('m:1', e.message));
f2(8, 4).finally(() => console.log('m:2')).catch(e => console.log('m:2', e.message));
o1.m(2, 0).then(x => console.log('m:3', x)).catch(e => console.log('m:3', e.message));
console.log('m:4', 5);
o1.m(6, 1).then(x => console.log('m:5', x), e => console.log('m:5', e.message));
