// returning a Promise subclass instance from an async function calls the subclass then
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
class Sub extends Promise {
  then(f, r) { console.log('Sub.then called'); return super.then(f, r); }
}
ticker(6);
async function f() { return Sub.resolve('sub value'); }
f().then(v => console.log('result', v));
console.log('sync');
