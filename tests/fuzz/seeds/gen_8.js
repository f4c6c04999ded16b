
// desugar fuzz program, seed 8 (tests/fuzz/gen.js)
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i));
}
class Sub extends Promise {
  then(f, r) { console.log('Sub.then'); return super.then(f, r); }
}
ticker(10);
async function f1(a) {
  console.log('f1:1', a);
  if ((await 9) === 0) {
    const v1 = (await Promise.resolve().then(() => { throw new Error('f1!:1'); })) || a;
    console.log('f1:2', v1);
    try {
      const v2 = await Promise.resolve().then(() => { throw new Error('f1!:2'); }) - a;
      console.log('f1:3', v2);
      const v3 = await await new Promise(() => { throw new Error('f1!:3'); });
      console.log('f1:4', v3);
      const v4 = await (async () => a)();
      console.log('f1:5', v4);
      throw new Error('f1!:4');
    } catch (e5) {
      console.log('f1:6', e5.message);
    }
  } else {
    if ((await undefined) === 5) {
      let v6 = await new Sub(r => queueMicrotask(() => r(7)));
      console.log('f1:7', v6);
      const v7 = await Promise.resolve(7);
      console.log('f1:8', v7);
    } else {
      console.log('f1:9', (await Promise.resolve([(a + 3), (a + 1), a]))[2]);
    }
  }
  return await Promise.resolve(1);
}
const f2 = async () => {
  console.log('f2:1');
  if ((await new Promise(r => queueMicrotask(() => r(0)))) < 6) throw new Error('f2!:1');
  const v8 = await Promise.resolve(8);
  console.log('f2:2', v8);
};
console.log('m:1', 5);
console.log('m:sync');
f2().then(x => console.log('m:2', x)).catch(e => console.log('m:2', e.message));
f2().finally(() => console.log('m:3')).catch(e => console.log('m:3', e.message));
f1(3).then(x => console.log('m:4', x)).catch(e => console.log('m:4', e.message));
