async function f(xs) {
  for await (const x of xs) console.log(x);
}
