// Promise.resolve(p) === p for native p, but not for subclass instances (checklist 11)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
class Sub extends Promise {}
ticker(5);
const n = Promise.resolve(1);
const s = Sub.resolve(2);
console.log('native same', Promise.resolve(n) === n);
console.log('sub same', Promise.resolve(s) === s);
console.log('Sub.resolve(sub) same', Sub.resolve(s) === s);
Promise.resolve(s).then(() => console.log('X subclass wrapped'));
Promise.resolve(n).then(() => console.log('X native'));
console.log('then of Sub is Sub', s.then(() => {}) instanceof Sub);
