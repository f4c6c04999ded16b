// IIFE forms of async functions and arrows, call/apply/bind on async functions
(async function () { console.log('iife fn', await 1); })();
(async () => console.log('iife arrow', await 2))();
!async function () { console.log('bang iife', await 3); }();
void (async () => { console.log('void iife', await 4); })();
async function withThis(a) { await null; return this.v + a; }
withThis.call({ v: 'call+' }, 'x').then(console.log);
withThis.apply({ v: 'apply+' }, ['y']).then(console.log);
withThis.bind({ v: 'bind+' })('z').then(console.log);
