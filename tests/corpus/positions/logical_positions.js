// await on the right of && || ?? is skipped when short-circuited, costing no tick
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
const side = tag => { console.log('side', tag); return tag; };
(async () => {
  console.log('A', false && await side('and-skipped'));
  console.log('B', true && await side('and-taken'));
  console.log('C', 1 || await side('or-skipped'));
  console.log('D', 0 || await side('or-taken'));
  console.log('E', 'x' ?? await side('nullish-skipped'));
  console.log('F', null ?? await side('nullish-taken'));
  console.log('G', ((await 0) || (await null)) ?? 'fallback');
})();
