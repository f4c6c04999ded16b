
// for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(16);
async function w() {
  let i = 0;
  while (await (i < 3)) { console.log('while body', i); m++; }
  console.log('while done');
}
async function d() {
  let j = 0;
  do { console.log('do body', j); await null; j++; } while (j < 2 && await true);
  console.log('do done');
}
w(); d();
