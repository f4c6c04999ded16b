// while loop with continue and break over 1e5 iterations, awaiting only three times
async function f() {
  let i = 0, hits = 0;
  while (true) {
    i++;
    if (i === 100000) break;
    if (i % 2 === 0) continue;
    if (i === 3 || i === 50001 || i === 99999) { await null; hits++; console.log('awaited at', i); }
  }
  return hits + ':' + i;
}
f().then(v => console.log('result', v));
