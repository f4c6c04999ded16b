// spreading generators into arrays and arguments, destructuring closes the iterator early
function* count(n) { try { for (let i = 0; i < n; i++) { console.log('produce', i); yield i; } } finally { console.log('closed at end or early'); } }
console.log([...count(3)].join(','));
console.log(Math.max(...count(2)));
const [a, b] = count(10);
console.log('destructured', a, b);
for (const x of count(5)) { if (x === 1) break; }
console.log(Array.from(count(2), x => x * 10).join(','));
