
// an async finally callback delays settlement until its promise settles
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(10);
Promise.resolve('v').finally(async () => { console.log('fin start'); await null; await null; console.log('fin end'); }).then(v => console.log('after finally', v));
