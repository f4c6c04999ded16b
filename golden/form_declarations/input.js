// async function declarations: hoisting (called before the declaration), return values, throws
console.log('before', typeof early);
early().then((v) => console.log('early resolved', v));
async function early() {
  console.log('early body runs synchronously');
  await null;
  return 'E';
}
async function thrower() {
  throw new Error('boom');
}
thrower().catch((e) => console.log('thrower rejected', e.message));
async function returnsPromise() {
  return Promise.resolve('P');
}
async function returnsAwaited() {
  return await Promise.resolve('A');
}
returnsPromise().then((v) => console.log('return promise', v));
returnsAwaited().then((v) => console.log('return await', v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('t' + i));
console.log('sync end');
