// several next/return/throw calls queued before the first one settles
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
async function* g() {
  try {
    yield 'a';
    yield 'b';
    yield 'c';
  } catch (e) {
    console.log('caught', e);
    yield 'after-catch';
  } finally {
    console.log('finally');
  }
}
ticker(20);
const it = g();
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', e)];
it.next().then(...log(1));
it.next().then(...log(2));
it.throw('boom').then(...log(3));
it.next().then(...log(4));
it.return('R').then(...log(5));
it.next().then(...log(6));
it.throw('late').then(...log(7));
