// Deep async recursion: each call awaits the call below it, depth 1e4, repeated REPEAT times.
// Every CHUNK levels a call first awaits null, so the synchronous descent (and the stack) stays
// CHUNK calls deep: Node's default stack does not hold 1e4 native async frames at once (nor
// 1e4 levels of any down-levelled runner). The 1e4 suspended calls and the chain of 1e4
// resolutions back up are what this measures.
'use strict';
const DEPTH = 1e4;
const CHUNK = 100;
const REPEAT = 100;

async function down(n) {
  if (n === 0) return 0;
  if (n % CHUNK === 0) await null;
  const below = await down(n - 1);
  return (below + n * 3) % 1000003;
}

async function main() {
  let checksum = 0;
  for (let r = 0; r < REPEAT; r++) checksum = (checksum * 31 + await down(DEPTH - r)) % 1000000007;
  console.log('checksum ' + checksum);
}

main();
