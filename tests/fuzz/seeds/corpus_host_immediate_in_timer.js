
// inside a timer callback setImmediate runs before setTimeout(0); microtasks drain between them
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(async () => {
    console.log('immediate');
    await null;
    console.log('immediate after await');
    process.nextTick(() => console.log('tick in immediate'));
  });
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('micro'));
}, 1);
