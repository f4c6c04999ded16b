
// o.m(await x) captures both the base object and the method before suspending
const o = { name: 'o', m(v) { return 'old m on ' + this.name + ' with ' + v; } };
let ref = o;
(async () => { console.log(ref.m(await 'v')); })();
ref = { name: 'other', m() { return 'wrong'; } };
o.m = function (v) { return 'new m on ' + this.name + ' ' + v; };
(async () => { console.log(o.m(await 'w')); })();
