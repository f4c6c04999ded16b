// a rejection left unhandled until a timer fires crashes before the timer runs: exit 1
const p = (async () => { await null; throw new Error('too late'); })();
setTimeout(() => p.catch(() => console.log('never reached')), 1);
(async () => { for (let i = 0; i < 3; i++) { await null; console.log('step', i); } })();
