// return() during yield*: forwarded to the inner iterator's return, or awaited when it has none
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', String(e))];
async function* inner() { try { yield 1; yield 2; } finally { console.log('inner finally'); } }
async function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
const noReturn = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 'nr', done: false }); } }; } };
async function* outer2() { yield* noReturn; }
const partial = { [Symbol.asyncIterator]() { return { next() { return { value: 'p', done: false }; }, return(v) { console.log('partial.return', v); return { value: 'not-done', done: false }; } }; } };
async function* outer3() { yield* partial; }
function* syncInner() { try { yield 's'; } finally { console.log('sync finally'); } }
async function* outer4() { yield* syncInner(); }
ticker(30);
const a = outer(); a.next().then(...log('a1')); a.return('RA').then(...log('a2')); a.next().then(...log('a3'));
const b = outer2(); b.next().then(...log('b1')); b.return(Promise.resolve('RB')).then(...log('b2'));
const c = outer3(); c.next().then(...log('c1')); c.return('RC').then(...log('c2'));
const d = outer4(); d.next().then(...log('d1')); d.return('RD').then(...log('d2'));
