// Promise.race: first settled wins, plain values win over pending, empty race stays pending forever
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const never = new Promise(() => {});
Promise.race([never, 'plain']).then(v => console.log('race plain', v));
Promise.race([Promise.reject(new Error('fast reject')), Promise.resolve('slow')]).catch(e => console.log('race', e.message));
Promise.race([]).then(() => console.log('never printed'));
(async () => {
  const th = { then(f) { f('thenable'); } };
  console.log('race thenable vs resolved', await Promise.race([th, Promise.resolve('native')]));
})();
