// async arrows see this, arguments and new.target of the enclosing function
function Outer(a, b) {
  this.name = 'outer';
  const arrow = async (x) => {
    await null;
    console.log('this', this.name, 'arguments', arguments.length, a, b, 'x', x, 'new.target', typeof new.target);
  };
  arrow(3);
}
new Outer(1, 2);
function plain() {
  const inner = async () => {
    const got = await arguments[0];
    console.log('plain arguments', got);
  };
  return inner();
}
plain(Promise.resolve('via arguments'));
const expr = async (v) => (await v) + 1;
expr(41).then((v) => console.log('expression body', v));
