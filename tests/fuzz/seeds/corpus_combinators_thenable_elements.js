
// thenables as combinator elements: their then is called in a later job, one extra tick each
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const mk = (name, v) => ({ then(f) { console.log('then of', name); f(v); } });
Promise.all([mk('a', 1), mk('b', 2)]).then(v => console.log('all', v.join(',')));
Promise.all([Promise.resolve(0), mk('c', 3)]).then(v => console.log('mixed', v.join(',')));
console.log('sync');
