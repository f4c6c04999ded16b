
// classic puzzle variant: async2 awaits internally, with nextTick and setImmediate (CommonJS)
async function async1() { console.log('async1 start'); await async2(); console.log('async1 end'); }
async function async2() { console.log('async2 start'); await null; console.log('async2 end'); }
console.log('script start');
process.nextTick(() => console.log('nextTick'));
setImmediate(() => console.log('setImmediate'));
async1();
new Promise(resolve => { console.log('promise1'); resolve(); })
  .then(() => console.log('promise2'))
  .then(() => console.log('promise3'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('script end');
