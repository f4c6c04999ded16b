// the request queue: next/return/throw before the first settles, and in each state
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i));
}
async function* g(tag) {
  try {
    yield tag + 1;
    yield tag + 2;
  } finally {
    console.log(tag, 'finally');
  }
}
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', e)];
ticker(15);
const a = g('a');
a.next().then(...log('a.next'));
a.next().then(...log('a.next'));
a.return('R').then(...log('a.return'));
a.next().then(...log('a.next after return'));
const b = g('b');
b.throw('T').then(...log('b.throw before start'));
const c = g('c');
c.return(Promise.resolve('early')).then(...log('c.return before start'));
const d = g('d');
d.next().then(...log('d.next'));
d.throw('T').then(...log('d.throw at yield'));
