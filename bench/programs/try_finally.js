// try/finally with an await in the try block and one in the finally block, in a hot loop of 1e5
// iterations (every 10th iteration throws and is caught), repeated ROUNDS times.
'use strict';
const N = 1e5;
const ROUNDS = 5;

async function step(i, state) {
  try {
    const v = await i;
    if (v % 10 === 9) throw new Error('odd ' + v);
    state.sum = (state.sum * 7 + v) % 1000000007;
  } finally {
    state.closed += await 1;
  }
}

async function main() {
  const state = { sum: 0, closed: 0, caught: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < N; i++) {
      try {
        await step(i, state);
      } catch (e) {
        state.caught++;
      }
    }
  }
  console.log('checksum ' + state.sum + ' ' + state.closed + ' ' + state.caught);
}

main();
