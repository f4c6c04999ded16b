// an error thrown inside an async continuation, rethrown from a catch block, goes unhandled: exit 1
async function f() {
  try { await Promise.reject(new Error('first')); }
  catch (e) { console.log('caught', e.message); await null; throw new Error('rethrown from catch'); }
}
f().then(() => console.log('never'));
(async () => { await null; await null; await null; console.log('other work'); })();
