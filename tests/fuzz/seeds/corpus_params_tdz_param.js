
// a default referencing a later parameter hits the TDZ and rejects
async function f(a = b, b = 1) { return a; }
async function ok(a = 1, b = a + 1) { return b; }
f().catch(e => console.log('f', e.name));
ok().then(v => console.log('ok', v));
console.log('sync');
