
// async arrows capture this, arguments and new.target lexically across awaits
function Outer(a, b) {
  this.tag = 'outer-this';
  const nt = new.target === Outer;
  const arrow = async () => {
    await null;
    console.log('this.tag', this.tag);
    console.log('arguments', arguments.length, arguments[0], arguments[1]);
    await null;
    console.log('new.target captured', nt, new.target === Outer);
  };
  this.done = arrow();
}
const o = new Outer('x', 'y');
o.done.then(() => console.log('arrow finished'));
const obj = {
  name: 'obj',
  method() { return (async () => { await 1; return this.name + ':' + arguments[0]; })(); },
};
obj.method('arg0').then(v => console.log(v));
