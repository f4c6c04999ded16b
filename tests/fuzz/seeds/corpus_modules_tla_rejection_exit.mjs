	// an uncaught rejection from top-level await fails the module: exit code 1
console.log('start');
await null;
console.log('before rejection');
await Promise.reject(new Error('tla failure'));
console.log('never printed');
