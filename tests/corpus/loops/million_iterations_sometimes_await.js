// 1e6 loop iterations that await only every 100000th time: the lowered loop must not grow the stack
async function run() {
  let sum = 0;
  for (let i = 0; i < 1e6; i++) {
    if (i % 100000 === 0) sum += await i;
    else sum += 1;
  }
  let j = 0;
  while (j < 1e6) {
    j++;
    if (j === 500000) await null;
  }
  return sum + j;
}
run().then((v) => console.log('done', v));
console.log('sync');
