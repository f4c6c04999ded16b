// setInterval with an async callback, cleared after three runs, then a causal timeout
let n = 0;
const id = setInterval(async () => {
  n++;
  console.log('interval', n);
  await null;
  console.log('interval after await', n);
  if (n === 3) {
    clearInterval(id);
    setTimeout(() => console.log('after clear'), 2);
  }
}, 1);
