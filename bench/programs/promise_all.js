// A 1e5-wide Promise.all of async calls (each awaits twice), repeated ROUNDS times.
'use strict';
const WIDTH = 1e5;
const ROUNDS = 5;

async function leaf(i) {
  const a = await i;
  const b = await (a % 7);
  return (a * 31 + b) % 1000003;
}

async function round(r) {
  const calls = [];
  for (let i = 0; i < WIDTH; i++) calls.push(leaf(i + r));
  const values = await Promise.all(calls);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum = (sum + values[i] * (i % 13 + 1)) % 1000000007;
  return sum;
}

async function main() {
  let checksum = 0;
  for (let r = 0; r < ROUNDS; r++) checksum = (checksum * 17 + await round(r)) % 1000000007;
  console.log('checksum ' + checksum);
}

main();
