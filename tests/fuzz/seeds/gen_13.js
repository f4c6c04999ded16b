
// desugar fuzz program, seed 13 (tests/fuzz/gen.js)
'use strict';
class Sub extends Promise {}
const f1 = async (a) => {
  console.log('f1:1', a);
  const v1 = Math.min(a, await Promise.resolve(3), await (async () => await new Promise(r => r(8)))());
  console.log('f1:2', v1);
  const v2 = await new Promise(r => r((a + 3)));
  console.log('f1:3', v2);
  await (async () => {
    console.log('f1:4', v2);
  })();
  return await new Sub(r => queueMicrotask(() => r(0)));
};
const f2 = async (a, b) => {
  console.log('f2:1', a, b);
  let w3 = 0;
  while (w3 < 1) {
    w3++;
    const v4 = await f1((b + 2));
    console.log('f2:2', v4);
    try {
      try {
        if (v4 < 6) return await w3;
        if (2 > 6) throw new Error('f2!:1');
      } catch (e5) {
        console.log('f2:3', e5.message);
        const v6 = await (a + 1);
        console.log('f2:4', v6);
        const v7 = await f1(0);
        console.log('f2:5', v7);
      } finally {
        console.log('f2:6');
      }
      if (0 > 2) throw new Error('f2!:2');
    } finally {
      console.log('f2:7');
      let v8 = await f1(6);
      console.log('f2:8', v8);
    }
  }
  return f1(b);
};
f2(4, 6).then(x => console.log('m:1', x), e => console.log('m:1', e.message));
if (4 !== 0) {
  if (2 !== 4) {
    f2(6, 3).then(x => console.log('m:2', x), e => console.log('m:2', e.message));
  }
} else if (3 > 2) {
  f1(1).catch(e => console.log('m:3', e.message));
}
f1(4).then(x => console.log('m:4', x), e => console.log('m:4', e.message));
f1(0).finally(() => console.log('m:5')).catch(e => console.log('m:5', e.message));
console.log('m:6', 7);
console.log('m:sync');
