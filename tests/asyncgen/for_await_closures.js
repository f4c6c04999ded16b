// per-iteration bindings of for await heads captured by closures; TDZ in the head expression
const fns = [];
(async () => {
  for await (const x of [1, 2, 3]) fns.push(() => x);
  for await (let y of [4, 5]) { fns.push(() => y); y *= 10; }
  console.log(fns.map((f) => f()).join());
  try { for await (const z of [z]) ; } catch (e) { console.log(e.name); }
})();
