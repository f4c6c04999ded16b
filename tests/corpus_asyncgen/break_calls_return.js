// breaking out of for await runs the generator's finally block, which may await
async function* gen() {
  try { for (let i = 0; ; i++) { yield i; } }
  finally { console.log('finally start'); await null; console.log('finally end'); }
}
(async () => {
  for await (const x of gen()) { console.log('x', x); if (x === 2) break; }
  console.log('after break');
})();
