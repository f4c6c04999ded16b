// break/return/throw out of for-of after an await calls the iterator return method
function makeIter(name) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { console.log(name, 'next'); return { value: i++, done: i > 5 }; },
    return() { console.log(name, 'return called'); return { done: true }; },
  };
}
async function brk() { for (const x of makeIter('brk')) { await null; if (x === 1) break; } console.log('brk after'); }
async function ret() { for (const x of makeIter('ret')) { await x; if (x === 2) return 'returned'; } }
async function thr() { for (const x of makeIter('thr')) { await null; throw new Error('thrown at ' + x); } }
(async () => {
  await brk();
  console.log(await ret());
  try { await thr(); } catch (e) { console.log(e.message); }
})();
