// top-level await inside try/catch/finally and loops in a module
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) await Promise.reject(new Error('iteration ' + i));
    console.log('ok', await i);
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    await null;
    console.log('finally', i);
  }
}
console.log('loop done');
