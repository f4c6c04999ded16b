// Promise.any: first fulfillment wins; all rejected gives AggregateError with errors list
'use strict';
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
(async () => {
  console.log('any', await Promise.any([Promise.reject(new Error('a')), Promise.resolve('b'), 'c']));
  try {
    await Promise.any([Promise.reject(new Error('e1')), Promise.reject(new Error('e2'))]);
  } catch (e) {
    console.log(e.name, e.message, e.errors.map(x => x.message).join(','), e instanceof AggregateError);
  }
  try {
    await Promise.any([]);
  } catch (e) {
    console.log('empty any', e.name, e.message, e.errors.length);
  }
})();
