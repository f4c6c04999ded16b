// modules are strict: top-level this is undefined, async function this is undefined
console.log('top this', typeof this);
async function f() { await null; return this === undefined; }
console.log('f this undefined', await f());
try { undeclared = 1; } catch (e) { console.log('strict assignment', e.name); }
const arrow = async () => typeof this;
console.log('arrow this', await arrow());
