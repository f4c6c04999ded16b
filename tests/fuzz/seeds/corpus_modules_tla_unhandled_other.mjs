	// an unhandled rejection from an async call in a module with top-level await pending on a timer: exit 1
(async () => { await null; throw new Error('background failure'); })();
console.log('waiting');
await new Promise(r => setTimeout(r, 5));
console.log('never printed');
