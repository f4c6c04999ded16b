// for-of over a 1e5-element array with an await on a few elements only
const arr = Array.from({ length: 100000 }, (_, i) => i);
(async () => {
  let s = 0;
  for (const x of arr) {
    s += x % 3 === 0 && x % 20000 === 0 ? await x : x;
  }
  console.log('s', s);
})();
