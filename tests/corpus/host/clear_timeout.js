// clearTimeout from an async continuation cancels a pending timer; args passed to timers
const t1 = setTimeout(() => console.log('should not run'), 5);
setTimeout((a, b) => console.log('args', a, b), 1, 'x', 'y');
(async () => {
  await null;
  clearTimeout(t1);
  console.log('cleared');
  const v = await new Promise(r => setTimeout(r, 2, 'resolved via timer arg'));
  console.log(v);
})();
