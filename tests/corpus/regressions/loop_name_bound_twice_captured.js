// a name bound twice in one loop, captured by a closure
const fns = [];
async function f() {
  for (let i = 0; i < 2; i++) {
    await null;
    { let i = 10; fns.push(() => i); }
    fns.push(() => i);
  }
}
f().then(() => console.log(fns.map((g) => g()).join(',')));
