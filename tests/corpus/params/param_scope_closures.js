// closures in default parameters see the parameter scope, not body vars
async function f(x = 'param', getX = () => x) {
  var x;
  console.log('body x before', x);
  x = 'body';
  await null;
  console.log('closure sees', getX(), 'body sees', x);
}
f();
async function g(a, getA = () => a) { a = 'reassigned'; await null; console.log('g closure', getA()); }
g('orig');
