// the arguments object of an async function survives awaits, sloppy mapping and strict unmapping
async function sloppy(a, b) {
  await null;
  arguments[0] = 'changed';
  console.log('sloppy a', a, arguments.length);
  a = 'again';
  console.log('sloppy arguments[0]', arguments[0]);
}
async function strict(a) {
  'use strict';
  await null;
  arguments[0] = 'changed';
  console.log('strict a', a, arguments[0]);
}
async function rest(...xs) { await null; return xs.length + ':' + xs.join('-'); }
sloppy('orig', 2);
strict('orig');
rest(1, 2, 3).then(console.log);
