// a caller awaiting a callee that awaits: the caller resumes one tick after the callee returns
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function callee(depth) {
  console.log('callee enter', depth);
  if (depth > 0) await callee(depth - 1);
  console.log('callee exit', depth);
  return depth;
}
async function caller() {
  const v = await callee(3);
  console.log('caller got', v);
}
caller();
console.log('sync');
