// Promise.all on native elements settles at level 2; Promise.all([]) at level 1 (checklist 14)
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(6);
Promise.all([Promise.resolve(1), Promise.resolve(2)]).then(v => console.log('all', v.join(',')));
Promise.all([]).then(v => console.log('all empty', v.length));
Promise.all([1, 'two', null]).then(v => console.log('all plain', JSON.stringify(v)));
(async () => { const v = await Promise.all([Promise.resolve('a')]); console.log('awaited all', v[0]); })();
console.log('sync');
