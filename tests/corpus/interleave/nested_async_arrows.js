// nested async arrows started at different points of an outer async function
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
(async () => {
  console.log('outer 0');
  const inner = (async () => { console.log('inner 0'); await null; console.log('inner 1'); await null; console.log('inner 2'); return 'inner'; })();
  await null;
  console.log('outer 1');
  const late = (async () => { await null; console.log('late 1'); })();
  console.log('outer got', await inner);
  await late;
  console.log('outer end');
})();
