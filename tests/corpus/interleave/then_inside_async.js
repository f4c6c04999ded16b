// then chains created inside an async function race with its own later awaits
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(7);
async function f() {
  Promise.resolve('x').then(v => console.log('inner then', v)).then(() => console.log('inner then 2'));
  await null;
  console.log('after await 1');
  const p = Promise.resolve().then(() => { console.log('inner 3'); return 'p'; });
  console.log('awaited', await p);
  console.log('awaited again', await p);
}
f();
