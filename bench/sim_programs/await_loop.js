// 1e6 sequential awaits in one async function: 1e6 await continuations (+2 jobs).
async function run() {
  let sum = 0;
  for (let i = 0; i < 1e6; i++) sum += await i;
  return sum;
}
run().then((sum) => console.log('sum', sum));
