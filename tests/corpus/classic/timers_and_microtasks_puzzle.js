// puzzle mixing timers with promises created inside timers and async functions
console.log('1');
setTimeout(() => {
  console.log('2');
  Promise.resolve().then(() => console.log('3'));
}, 0);
new Promise(resolve => { console.log('4'); resolve(); }).then(() => {
  console.log('5');
  setTimeout(() => console.log('6'), 0);
});
(async () => {
  console.log('7');
  await null;
  console.log('8');
  setTimeout(async () => { console.log('9'); await null; console.log('10'); }, 0);
})();
console.log('11');
