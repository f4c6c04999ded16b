// a rest element in a destructuring pattern that awaits
async function f(src) {
  const [a = await 1, ...rest] = src;
  const { b = await 2, ...others } = { c: 3, d: 4 };
  console.log(a, rest, b, JSON.stringify(others));
}
f([undefined, 5, 6]);
