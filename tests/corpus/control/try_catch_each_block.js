// try/catch/finally with an await in each block, for fulfilled and rejected inputs (checklist 23)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
async function g(tag, x) {
  try {
    console.log(tag, 'try');
    const v = await x;
    if (v === 'bad') throw new Error('bad');
    return v;
  } catch (e) {
    console.log(tag, 'catch', e.message);
    await null;
    console.log(tag, 'catch after await');
    return 'recovered';
  } finally {
    console.log(tag, 'finally');
    await null;
    console.log(tag, 'finally after await');
  }
}
ticker(10);
g('A', Promise.resolve('ok')).then(v => console.log('A ->', v));
g('B', 'bad').then(v => console.log('B ->', v));
g('C', Promise.reject(new Error('rej'))).then(v => console.log('C ->', v));
