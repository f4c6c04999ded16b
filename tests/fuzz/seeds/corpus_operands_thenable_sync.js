
// await on a thenable whose then resolves synchronously costs one extra tick (level 2)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const th = { then(res) { console.log('then called'); res('thenable value'); } };
(async () => {
  console.log('before await');
  const v = await th;
  console.log('after await', v);
})();
console.log('sync end');
