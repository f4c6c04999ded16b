// prefix/postfix updates mixed with awaits, with the variable modified concurrently
let n = 0;
(async () => {
  const a = n++ + await n;
  const b = ++n + (await n++);
  console.log('a', a, 'b', b, 'n', n);
})();
n = 50;
(async () => { await null; n = 1000; })();
