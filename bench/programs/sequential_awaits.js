// 1e6 sequential awaits in one loop (half of plain values, half of an already-resolved promise),
// the loop run ROUNDS times.
'use strict';
const N = 1e6;
const ROUNDS = 5;

async function loop(seed) {
  let sum = seed;
  const resolved = Promise.resolve(7);
  for (let i = 0; i < N; i++) {
    const v = i % 2 === 0 ? await i : await resolved;
    sum = (sum * 31 + v) % 1000000007;
  }
  return sum;
}

async function main() {
  let checksum = 0;
  for (let r = 0; r < ROUNDS; r++) checksum = await loop(checksum + r);
  console.log('checksum ' + checksum);
}

main();
