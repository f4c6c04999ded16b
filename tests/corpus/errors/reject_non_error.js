// unhandled rejection with a non-Error reason (string) still exits with code 1
async function f() { await null; console.log('rejecting with a string'); throw 'plain string reason'; }
f();
console.log('sync');
