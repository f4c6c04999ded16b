// in ESM, nextTicks queued from async functions during the module body run after the microtask queue drains
async function f(tag) {
  process.nextTick(() => console.log(tag, 'tick'));
  await null;
  console.log(tag, 'resume');
  process.nextTick(() => console.log(tag, 'tick after resume'));
}
f('A');
f('B');
queueMicrotask(() => console.log('qm'));
console.log('sync');
