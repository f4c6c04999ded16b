
// infinite generators consumed lazily with take, plus a generator inside an async function across awaits
function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, k) { for (const x of it) { if (k-- <= 0) return; yield x; } }
console.log([...take(naturals(), 5)].join(','));
(async () => {
  const it = naturals();
  const got = [];
  for (let i = 0; i < 3; i++) { got.push(it.next().value); await null; }
  console.log('async consumed', got.join(','));
  console.log('return', JSON.stringify(it.return('stop')), JSON.stringify(it.next()));
})();
