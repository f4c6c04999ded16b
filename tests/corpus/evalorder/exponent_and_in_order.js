// binary operators convert operands (valueOf) only after the right operand is awaited, not before suspending
const v = n => ({ valueOf() { console.log('valueOf', n); return n; } });
(async () => {
  const r1 = v(2) + await v(3);
  console.log('r1', r1);
  const r2 = (await v(2)) ** v(3);
  console.log('r2', r2);
  const r3 = v(1) < await v(2);
  console.log('r3', r3);
})();
console.log('sync');
