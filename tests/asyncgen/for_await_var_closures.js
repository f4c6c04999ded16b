// var heads share one binding; closures see the last value; the loop variable survives the loop
const fns = [];
(async () => {
  for await (var v of [1, 2, 3]) fns.push(() => v);
  console.log(fns.map((f) => f()).join(), v);
  for await (v of [9]) ;
  console.log(v);
})();
