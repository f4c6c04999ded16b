
// await in if test, then-branch and else-branch; branches without awaits cost no tick
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
async function f(x) {
  if (await x) {
    console.log(x, 'then-branch');
    await null;
    console.log(x, 'then after await');
  } else if (x === 0) {
    console.log(x, 'else-if no await');
  } else {
    console.log(x, 'else-branch');
    await null; await null;
    console.log(x, 'else after awaits');
  }
  console.log(x, 'after if');
}
f(1); f(0); f('');
