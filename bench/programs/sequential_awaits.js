// 1e6 sequential awaits in one loop: half of plain values, half of already-resolved promises.
'use strict';
const N = 1e6;

async function main() {
  let sum = 0;
  const resolved = Promise.resolve(7);
  for (let i = 0; i < N; i++) {
    const v = i % 2 === 0 ? await i : await resolved;
    sum = (sum * 31 + v) % 1000000007;
  }
  console.log('checksum ' + sum);
}

main();
