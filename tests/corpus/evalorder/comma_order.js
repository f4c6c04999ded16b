// comma operator evaluates every operand in order around awaits and yields the last
let i = 0;
(async () => {
  const r = (i++, await i, i++, await i, i++);
  console.log('r', r, 'i', i);
})();
i = 10;
console.log('sync i', i);
