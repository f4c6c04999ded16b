// timers scheduled from inside async functions and timer callbacks chain causally
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function worker(name, delays) {
  for (const d of delays) {
    await sleep(d);
    console.log(name, 'woke after', d);
  }
  return name;
}
(async () => {
  const a = await worker('A', [1, 2]);
  const nestedDone = new Promise(resolve => {
    setTimeout(() => {
      console.log('timer from continuation');
      setTimeout(() => { console.log('nested timer'); resolve('nested'); }, 1);
      Promise.resolve().then(() => console.log('micro in timer'));
    }, 1);
  });
  console.log('waiting for', await nestedDone);
  const b = await worker('B', [3, 1]);
  console.log('done', a, b);
})();
