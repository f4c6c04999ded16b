// awaits inside every control-flow form
async function flow(input) {
  const out = [];
  for (let i = 0; i < 3; i++) {
    if (i === 1) continue;
    out.push(await i);
  }
  let n = 0;
  do { n += await 1; } while (n < 2);
  outer: for (const a of ['a', 'b']) {
    for (const b of [1, 2]) {
      if (a === 'b' && b === 2) break outer;
      out.push(a + (await b));
    }
  }
  switch (await input) {
    case 'x':
      out.push('case x');
    case 'y':
      out.push('fell into y');
      break;
    default:
      out.push('default');
  }
  try {
    await Promise.reject(new Error('inner'));
  } catch (e) {
    out.push('caught ' + e.message);
  } finally {
    await null;
    out.push('finally');
  }
  return out.join(' ');
}
flow('x').then((v) => console.log(v));
let p = Promise.resolve();
for (let i = 1; i <= 20; i++) p = p.then(() => console.log('t' + i));
