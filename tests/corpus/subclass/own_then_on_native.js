// an own then property on a native promise is ignored by await but used by Promise.resolve chains and resolve()
const p = Promise.resolve('real');
p.then = function (f) { console.log('own then called'); return Promise.prototype.then.call(this, () => f('fake')); };
(async () => { console.log('await sees', await p); })();
new Promise(r => r(p)).then(v => console.log('resolve() sees', v));
Promise.resolve(p).then(v => console.log('Promise.resolve sees', v));
