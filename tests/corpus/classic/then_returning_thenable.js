// puzzle: then handlers returning thenables, async results and plain values race against a counter chain
Promise.resolve().then(() => ({ then(r) { console.log('thenable then'); r('T'); } })).then(v => console.log('got', v));
Promise.resolve().then(async () => 'A').then(v => console.log('got', v));
Promise.resolve().then(() => 'P').then(v => console.log('got', v));
Promise.resolve().then(() => console.log('c1')).then(() => console.log('c2')).then(() => console.log('c3')).then(() => console.log('c4')).then(() => console.log('c5'));
