
// puzzle: resolve called with an async function result inside an executor, vs await of the same
async function inner() { console.log('inner'); return 'x'; }
new Promise(resolve => { console.log('executor'); resolve(inner()); }).then(() => console.log('outer resolved'));
(async () => { await inner(); console.log('await inner done'); })();
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d'));
