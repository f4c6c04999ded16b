// a function object with a then property is a thenable too; a primitive with Number.prototype.then is not
function fnThenable() {}
fnThenable.then = res => res('function thenable');
Number.prototype.then = function (res) { console.log('Number then should not run'); res('bad'); };
(async () => {
  console.log(await fnThenable);
  console.log('primitive', await 5);
  delete Number.prototype.then;
})();
