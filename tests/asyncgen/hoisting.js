// hoisting of async generator declarations called before their statement
f();
async function f() { for await (const x of g()) console.log('f', x); }
console.log(typeof g, typeof h);
{ async function* h() { yield 'h'; } console.log(typeof h); }
async function* g() { yield 'g'; yield* k(); }
async function* k() { yield new.target === undefined; yield arguments.length; }
