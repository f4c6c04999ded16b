// x += await y reads x before suspending (checklist 22), for variables, properties and elements
let x = 1;
const o = { p: 1 };
const arr = [1];
(async () => { x += await 10; console.log('x', x); })();
(async () => { o.p += await 10; console.log('o.p', o.p); })();
(async () => { arr[0] *= await 10; console.log('arr[0]', arr[0]); })();
(async () => { let s = 'a'; const f = async () => { s = 'changed'; return 'b'; }; s += await f(); console.log('s', s); })();
x = 100; o.p = 100; arr[0] = 100;
console.log('sync', x, o.p, arr[0]);
