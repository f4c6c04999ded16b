
// loop that awaits only on some iterations: continuation levels depend on which iterations await
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function f() {
  for (let i = 0; i < 10; i++) {
    if (i % 3 === 0) { await null; console.log('awaited at', i); }
    else if (i === 5) continue;
    else console.log('sync at', i);
  }
  console.log('f end');
}
f();
console.log('sync');
