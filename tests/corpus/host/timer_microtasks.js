// microtasks and nextTicks queued in timer callback 1 run before timer callback 2 (checklist 7)
'use strict';
setTimeout(async () => {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1 microtask'));
  process.nextTick(() => console.log('t1 nextTick'));
  await null;
  console.log('t1 after await');
  await new Promise(r => setTimeout(r, 5));
  console.log('t1 after nested timer');
}, 0);
setTimeout(() => console.log('t2'), 0);
