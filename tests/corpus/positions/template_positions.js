// await inside template literal substitutions and tagged templates
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
const tag = (strs, ...vals) => strs.raw.join('|') + ' :: ' + vals.join(',');
(async () => {
  console.log(`a=${await 1} b=${2} c=${await Promise.resolve(3)}`);
  console.log(tag`x${await 'X'}y${'Y'}z${await 'Z'}`);
  console.log((await tag)`only ${4}`);
})();
