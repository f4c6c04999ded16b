// classes implementing Symbol.asyncIterator by hand and through an async generator method
class Countdown { constructor(n) { this.n = n; } [Symbol.asyncIterator]() { let n = this.n; return { next: async () => ({ value: n, done: n-- <= 0 }), return: async () => { console.log('countdown return'); return { done: true }; } }; } }
class Words { constructor(s) { this.s = s; } async *[Symbol.asyncIterator]() { for (const w of this.s.split(' ')) yield w; } }
(async () => {
  for await (const n of new Countdown(3)) console.log(n);
  for await (const n of new Countdown(5)) if (n < 4) break;
  for await (const w of new Words('a b c')) console.log(w);
})();
