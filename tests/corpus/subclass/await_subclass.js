// awaiting a Promise subclass instance costs +2 and calls the subclass then (checklist 18)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
class Sub extends Promise {
  then(f, r) { console.log('Sub.then'); return super.then(f, r); }
}
ticker(6);
(async () => { const v = await Sub.resolve('sub'); console.log('resumed', v); })();
(async () => { const v = await Promise.resolve('native'); console.log('resumed', v); })();
console.log('sync');
