// await in test, consequent and alternate of the conditional operator
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function pick(flag) {
  const r = (await flag) ? await ('yes-' + flag) : 'no-' + (await flag);
  console.log('pick', r);
  return r;
}
pick(true);
pick(0);
(async () => { console.log('nested', (await 1) ? ((await 0) ? 'a' : await 'b') : 'c'); })();
