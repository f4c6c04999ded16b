// entering with does ToObject: null throws, a primitive is wrapped; the object is read once
async function nil() { with (null) { await 1; } }
nil().catch((e) => console.log(e.constructor.name, e.message));
async function prim() { with ('abc') { console.log(length, await charAt(1)); } }
prim();
let reads = 0;
const holder = { get target() { reads++; return { v: reads }; } };
async function once() { with (holder.target) { console.log(v, await v, v); } console.log('reads', reads); }
once();
