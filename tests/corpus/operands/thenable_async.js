// await on a thenable that resolves from a timer; ticker shows it is not resolved by microtasks
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(3);
const th = { then(res) { console.log('then called'); setTimeout(() => { console.log('timer fires'); res('late'); Promise.resolve().then(() => console.log('micro after res')); }, 2); } };
async function main() {
  const v = await th;
  console.log('got', v);
  ticker(2);
  await null;
  console.log('after null');
}
main().then(() => console.log('main done'));
