// nested loops with try/catch per iteration and rare awaits; exceptions thrown synchronously are caught in place
async function f() {
  let caught = 0, awaited = 0;
  for (let i = 0; i < 300; i++) {
    for (let j = 0; j < 300; j++) {
      try {
        if ((i * 300 + j) % 9973 === 0) { await null; awaited++; }
        if (j === 299 && i % 50 === 0) throw new Error('e');
      } catch (e) {
        caught++;
      }
    }
  }
  return 'caught ' + caught + ' awaited ' + awaited;
}
f().then(console.log);
