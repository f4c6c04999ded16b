
// await as an expression statement, in throw, in return, in var/let/const initializers
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function f() {
  await console.log('log inside await operand');
  var v = await 'var';
  let l = await 'let';
  const c = await 'const';
  console.log(v, l, c);
  try { throw await new Error('thrown after await'); } catch (e) { console.log(e.message); }
  return await 'ret';
}
f().then(r => console.log('result', r));
