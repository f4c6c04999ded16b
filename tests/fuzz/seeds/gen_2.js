
// desugar fuzz program, seed 2 (tests/fuzz/gen.js)
class Sub extends Promise {}
async function f1(a, b = a + 2) {
  console.log('f1:1', a, b);
  Promise.resolve((b + 1)).then(x => x * 2).catch(e => { console.log('c:1', e.message); return 3; }).then(() => Promise.reject(new Error('c:2'))).catch(e => console.log('f1:2', e.message));
  const v1 = await undefined;
  console.log('f1:3', v1);
}
class C2 {
  constructor(k) { this.k = k; }
  async m(a, b) {
    console.log('C2.m:1', a, b);
    if (a === 4) throw new Error('C2.m!:1');
    try {
      try {
        if ((await new Promise(r => process.nextTick(r, b))) < 3) throw new Error('C2.m!:2');
      } catch (e2) {
        console.log('C2.m:2', e2.message);
        if ((await f1(this.k, (a + 4))) < 3) throw new Error('C2.m!:3');
      }
    } catch (e3) {
      console.log('C2.m:3', e3.message);
    }
    return await new Promise(r => process.nextTick(r, this.k));
  }
  static async s(a, b) {
    console.log('C2.s:1', a, b);
    let acc4 = a;
    switch (9) {
      case 8: {
        const v5 = await f1(0, 4).finally(() => console.log('c:3'));
        console.log('C2.s:2', v5);
        const o6 = { n: v5 };
        o6['k'] = await Sub.reject(new Error('C2.s!:1'));
        console.log('C2.s:3', JSON.stringify(o6));
        break;
      }
      case 9: {
        try {
          console.log('C2.s:4', 7);
          const v7 = await f1(a, 3);
          console.log('C2.s:5', v7);
          if (b < 0) throw new Error('C2.s!:2');
        } catch (e8) {
          console.log('C2.s:6', e8.message);
          const v9 = await Sub.resolve(acc4).then(x => ({ then(r) { r(x); } }));
          console.log('C2.s:7', v9);
        }
        break;
      }
      case 6: {
        let v10 = await Promise.resolve(b);
        console.log('C2.s:8', v10);
      }
      default: {
        const v11 = await f1(a, a);
        console.log('C2.s:9', v11);
      }
    }
  }
}
class D2 extends C2 {
  async m(a) {
    console.log('D2.m:1', a);
    await new Sub(r => queueMicrotask(() => r(6)));
    const v12 = await super.m(a + 1, a);
    console.log('D2.m:2', v12);
    return v12 + this.k;
  }
}
f1(6, 5).finally(() => console.log('m:1')).catch(e => console.log('m:1', e.message));
C2.s(7, 1).finally(() => console.log('m:2')).catch(e => console.log('m:2', e.message));
C2.s(0, 8).catch(e => console.log('m:3', e.message));
new C2(1).m(0, 1).finally(() => console.log('m:4')).catch(e => console.log('m:4', e.message));
new D2(5).m(9).then(x => console.log('m:5', x), e => console.log('m:5', e.message));
