
// await on a rejected native promise throws into the async function at level 1
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(5);
async function f() {
  try {
    await Promise.reject(new Error('nope'));
    console.log('unreachable');
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log('after try');
}
f().then(() => console.log('f fulfilled'));
console.log('sync');
