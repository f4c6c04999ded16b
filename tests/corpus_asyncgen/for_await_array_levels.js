// for await over a plain array and over an array of promises: after-loop level 6
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
(async () => { for await (const x of ['a', 'b']) console.log('plain', x); console.log('plain after'); })();
(async () => { for await (const x of [Promise.resolve('a'), Promise.resolve('b')]) console.log('promises', x); console.log('promises after'); })();
