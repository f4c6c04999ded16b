// await on a native promise vs p.then registered earlier/later on the same promise: FIFO (checklist 15)
let res;
const p = new Promise(r => { res = r; });
p.then(v => console.log('then-1', v));
(async () => { const v = await p; console.log('await-1', v); })();
p.then(v => console.log('then-2', v));
(async () => { const v = await p; console.log('await-2', v); })();
const q = Promise.resolve('q');
(async () => { console.log('await-q-1', await q); })();
q.then(v => console.log('then-q', v));
(async () => { console.log('await-q-2', await q); })();
res('p');
console.log('sync');
