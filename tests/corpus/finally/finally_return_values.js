// the finally callback's return value is ignored unless it throws or returns a rejected promise
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
Promise.resolve('kept').finally(() => 'ignored').then(v => console.log('1', v));
Promise.resolve('lost').finally(() => { throw new Error('finally threw'); }).catch(e => console.log('2', e.message));
Promise.resolve('lost').finally(() => Promise.reject(new Error('finally rejected'))).catch(e => console.log('3', e.message));
Promise.reject(new Error('orig')).finally(() => Promise.resolve('ignored')).catch(e => console.log('4', e.message));
