// recursive nextTicks all run before any promise job in CommonJS
let n = 0;
function tick() { n++; console.log('tick', n); if (n < 4) process.nextTick(tick); }
Promise.resolve().then(() => console.log('promise job'));
(async () => { await null; console.log('await continuation'); })();
process.nextTick(tick);
console.log('sync');
