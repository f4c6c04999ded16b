// a constructor getter that returns a different class makes await treat the promise as a thenable
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
class Other extends Promise {}
ticker(6);
const p = Promise.resolve('val');
let reads = 0;
Object.defineProperty(p, 'constructor', { get() { reads++; return Other; } });
(async () => { const v = await p; console.log('resumed', v, 'reads', reads); })();
console.log('sync reads', reads);
