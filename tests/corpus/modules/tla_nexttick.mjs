// top-level await with nextTick: ticks run once the microtask queue empties, between awaits that need timers
process.nextTick(() => console.log('tick 1'));
await null;
console.log('after first await');
process.nextTick(() => console.log('tick 2'));
await new Promise(r => setTimeout(r, 1));
console.log('after timer await');
process.nextTick(() => console.log('tick 3'));
await null;
console.log('end of module');
