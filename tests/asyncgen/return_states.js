// return() in each state: suspended-start, suspended-yield, executing, after completion, while draining
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
ticker(25);
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', String(e))];
async function* g(tag) { try { console.log(tag, 'start'); yield 1; yield 2; } finally { console.log(tag, 'finally'); } }
const s = g('start'); s.return('r0').then(...log('start.return')); s.next().then(...log('start.next'));
const y = g('yield'); y.next().then(...log('yield.next')); y.return(Promise.resolve('r1')).then(...log('yield.return'));
let self;
async function* ex() { console.log('ex start'); self.return('inside').then(...log('executing.return')); await null; yield 'ex'; console.log('ex unreachable?'); }
self = ex(); self.next().then(...log('executing.next'));
const done = g('done');
done.next().then(...log('done.1')); done.next().then(...log('done.2')); done.next().then(...log('done.3'));
done.return('after').then(...log('done.return'));
done.return(Promise.reject('rejR')).then(...log('done.returnRejected'));
const t = g('thenable'); t.return({ then(r) { console.log('then of return value'); r('tv'); } }).then(...log('start.returnThenable'));
