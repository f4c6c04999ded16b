// the then getter is read synchronously during resolve(); a throwing getter rejects before earlier thenables settle (checklist 10)
const thenable = { get then() { console.log('get then'); return (res) => { console.log('then called'); res(7); }; } };
new Promise(r => { r(thenable); console.log('after resolve()'); }).then(v => console.log('value', v));
console.log('sync end');
const bad = { get then() { throw new Error('boom'); } };
new Promise(r => r(bad)).catch(e => console.log('rejected:', e.message));
(async () => { try { await bad; } catch (e) { console.log('await rejected:', e.message); } })();
