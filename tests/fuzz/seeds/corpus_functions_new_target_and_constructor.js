
// async work started from a constructor; new.target read inside an async arrow defined in it
class Widget {
  constructor(name) {
    this.name = name;
    const nt = new.target.name;
    this.ready = (async () => { await null; console.log('ready', this.name, nt, new.target === Widget || new.target === Special); return this; })();
  }
}
class Special extends Widget {}
const a = new Widget('a');
const b = new Special('b');
Promise.all([a.ready, b.ready]).then(([x, y]) => console.log(x.name, y.name));
