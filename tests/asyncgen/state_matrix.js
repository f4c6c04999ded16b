// every runner state (suspended-start, suspended-yield, executing, awaiting-return, completed) times every request (next, return, throw)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', String(e))];
function make(tag) {
  let self;
  const g = async function* () {
    try {
      console.log(tag, 'body start');
      if (tag.endsWith('executing')) request(self, tag);
      const x = yield 'y1';
      console.log(tag, 'resumed with', x);
      yield 'y2';
    } catch (e) { console.log(tag, 'caught', e); yield 'from catch'; }
    finally { console.log(tag, 'finally'); }
  };
  self = g();
  return self;
}
function request(it, tag) {
  const kind = tag.split(' ')[0];
  if (kind === 'next') it.next('N').then(...log(tag));
  else if (kind === 'return') it.return(Promise.resolve('R')).then(...log(tag));
  else it.throw('T').then(...log(tag));
}
ticker(30);
for (const kind of ['next', 'return', 'throw']) {
  request(make(kind + ' suspended-start'), kind + ' suspended-start');
  const y = make(kind + ' suspended-yield'); y.next(); y.next().then(() => {});
  const y2 = make(kind + ' at-yield'); y2.next().then(() => request(y2, kind + ' at-yield'));
  make(kind + ' executing').next().then(...log(kind + ' executing first'));
  const a = make(kind + ' awaiting-return'); a.return(new Promise((r) => setTimeout(r, 1))); request(a, kind + ' awaiting-return');
  const c = make(kind + ' completed'); c.return('done').then(() => request(c, kind + ' completed'));
}
