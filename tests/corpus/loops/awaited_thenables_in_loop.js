// loop awaiting many already-settled values: each await costs exactly one tick, checked against a counter
let jobs = 0;
function counter(n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => { jobs++; }); }
counter(3000);
async function f() {
  let seen = [];
  for (let i = 0; i < 2000; i++) {
    await i;
    if (i % 500 === 0) seen.push(i + '@' + jobs);
  }
  return seen.join(' ');
}
f().then(v => console.log(v, 'final jobs', jobs));
