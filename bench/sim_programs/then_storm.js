// A then-chain storm: 1000 chains of 1000 then() each, all interleaved: 1e6 reaction jobs.
let done = 0;
for (let c = 0; c < 1000; c++) {
  let p = Promise.resolve(c);
  for (let i = 0; i < 1000; i++) p = p.then((v) => v + 1);
  p.then(() => { done++; if (done === 1000) console.log('chains done', done); });
}
