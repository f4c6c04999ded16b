// throw() in each state: suspended-start, suspended-yield (caught and uncaught), executing, completed
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
ticker(25);
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', String(e))];
async function* g(tag) {
  try { yield 1; yield 2; } catch (e) { console.log(tag, 'caught', e); yield 'recovered'; }
}
const s = g('start'); s.throw('t0').then(...log('start.throw')); s.next().then(...log('start.next'));
const y = g('yield'); y.next().then(...log('yield.next')); y.throw('t1').then(...log('yield.throw')); y.next().then(...log('yield.next2')); y.next().then(...log('yield.next3'));
async function* plain() { yield 1; }
const u = plain(); u.next().then(...log('u.next')); u.throw('t2').then(...log('u.throw')); u.next().then(...log('u.after'));
let self;
async function* ex() { self.throw('inside').then(...log('executing.throw')); yield 'first'; }
self = ex(); self.next().then(...log('executing.next'));
const c = plain(); c.next(); c.next().then(() => c.throw('t3').then(...log('completed.throw')));
