// throw() during yield*: forwarded to inner throw; without one, return() then a TypeError; sync inner without throw
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log("t" + i)); }
const log = (k) => [(r) => console.log(k, JSON.stringify(r)), (e) => console.log(k, 'rejected', e && e.message || e)];
async function* inner() { try { yield 1; } catch (e) { console.log('inner caught', e); yield 'inner-recovered'; } }
async function* outer() { yield* inner(); yield 'outer-after'; }
const noThrow = { [Symbol.asyncIterator]() { return { next() { return { value: 'nt', done: false }; }, return() { console.log('noThrow.return'); return {}; } }; } };
async function* outer2() { try { yield* noThrow; } catch (e) { console.log('outer2 caught', e.constructor.name, e.message); yield 'o2'; } }
const syncNoThrow = { [Symbol.iterator]() { return { next() { return { value: 'snt', done: false }; }, return() { console.log('sync return'); return {}; } }; } };
async function* outer3() { try { yield* syncNoThrow; } catch (e) { console.log('outer3 caught', e); } }
function* syncWithThrow() { try { yield 'swt'; } catch (e) { console.log('sync caught', e); yield Promise.resolve('sync-recovered'); } }
async function* outer4() { yield* syncWithThrow(); }
ticker(30);
const a = outer(); a.next().then(...log('a1')); a.throw('TA').then(...log('a2')); a.next().then(...log('a3'));
const b = outer2(); b.next().then(...log('b1')); b.throw('TB').then(...log('b2'));
const c = outer3(); c.next().then(...log('c1')); c.throw('TC').then(...log('c2'));
const d = outer4(); d.next().then(...log('d1')); d.throw('TD').then(...log('d2'));
