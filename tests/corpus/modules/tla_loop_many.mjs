// a top-level loop awaiting only sometimes over many iterations (no stack growth)
let sum = 0;
for (let i = 0; i < 50000; i++) {
  if (i % 1000 === 0) sum += await i;
  else sum += i;
}
console.log('sum', sum);
