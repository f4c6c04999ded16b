// super in async generator methods: reads, calls, assignment and compound assignment
class A {
  hi() {
    return 'A.hi';
  }
}
class B extends A {
  async *g() {
    yield super.hi();
    await null;
    super.count = 1;
    super.count += await 1;
    super.x = 'x';
    yield [this.count, this.x].join();
  }
}
(async () => {
  for await (const v of new B().g()) console.log(v);
})();
