// top-level await resumption vs then callbacks registered before and after it
const p = Promise.resolve('v');
p.then(() => console.log('then before await'));
Promise.resolve().then(() => console.log('other job'));
const got = await p;
console.log('module resumed', got);
p.then(() => console.log('then after await'));
await null;
console.log('module resumed again');
