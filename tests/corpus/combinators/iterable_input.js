// combinators accept any iterable: generators, strings, Sets; iteration happens synchronously
function* gen() { console.log('gen start'); yield Promise.resolve('g1'); console.log('gen mid'); yield 'g2'; console.log('gen end'); }
Promise.all(gen()).then(v => console.log('all gen', v.join(',')));
Promise.all('ab').then(v => console.log('all string', v.join(',')));
Promise.allSettled(new Set([1, 1, 2])).then(v => console.log('set', v.length));
Promise.all(5).catch(e => console.log('non-iterable', e.name));
console.log('sync');
