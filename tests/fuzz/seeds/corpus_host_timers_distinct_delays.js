
// delays 0, 1 and negative normalize to 1 ms and fire in creation order; longer delays fire later (checklist 6)
setTimeout(() => console.log('A: 1ms'), 1);
setTimeout(() => console.log('B: 0ms'), 0);
setTimeout(() => console.log('C: 1ms'), 1);
setTimeout(() => console.log('D: -5ms'), -5);
setTimeout(() => console.log('E: 1.7ms (truncated to 1)'), 1.7);
setTimeout(() => console.log('F: 4ms'), 4);
(async () => {
  await new Promise(r => setTimeout(r, 8));
  console.log('async after 8ms timer');
})();
setTimeout(() => console.log('G: 20ms'), 20);
