// await in for-loop init, test, update and body
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(14);
(async function () {
  for (let i = await 0; i < await 2; i = await (i + 1)) {
    console.log('body', i);
  }
  console.log('for done');
  for (let k = 0; k < 2; k++) { console.log('plain body', k); }
  console.log('plain done');
})();
