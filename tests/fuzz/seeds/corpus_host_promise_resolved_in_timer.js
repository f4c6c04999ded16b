
// an async function waiting on a promise resolved in a timer; its continuations run inside that timer's microtask drain
let release;
const gate = new Promise(r => (release = r));
(async () => { await gate; console.log('A after gate'); await null; console.log('A second'); })();
(async () => { await gate; console.log('B after gate'); })();
setTimeout(() => { console.log('timer 1 releasing'); release(); console.log('timer 1 end'); }, 1);
setTimeout(() => console.log('timer 2'), 1);
