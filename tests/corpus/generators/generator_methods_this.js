// generator methods in classes and objects, this binding, arguments object inside generators
class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  *[Symbol.iterator]() { for (let i = this.a; i < this.b; i++) yield i; }
  static *pairs() { yield* arguments; }
}
console.log([...new Range(2, 5)].join(','));
console.log([...Range.pairs('x', 'y')].join(','));
const obj = { *items() { yield this.first; yield arguments.length; }, first: 'F' };
console.log([...obj.items(1, 2, 3)].join(','));
