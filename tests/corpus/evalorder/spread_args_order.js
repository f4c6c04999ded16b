// spread arguments are iterated before later awaits; generators observe when iteration happens
function* g(tag) { console.log('iterate', tag, 'start'); yield 1; yield 2; console.log('iterate', tag, 'end'); }
const f = (...args) => args.join(',');
(async () => {
  console.log(f(...g('first'), await 'w', ...g('second')));
})();
console.log('sync');
