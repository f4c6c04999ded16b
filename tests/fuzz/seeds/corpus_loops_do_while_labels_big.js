
// do-while with labelled continue across 1e5 iterations, awaiting on a sparse schedule
async function f() {
  let i = 0, total = 0;
  outer: do {
    i++;
    for (let k = 0; k < 2; k++) {
      if (i % 7 === 0) continue outer;
      total += k;
    }
    if (i % 25000 === 0) total += await 0;
  } while (i < 100000);
  return total;
}
f().then(t => console.log('total', t));
