// early return before any await, and return inside loop after some awaits
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(8);
async function find(arr, target) {
  if (arr.length === 0) return 'empty';
  for (let i = 0; i < arr.length; i++) {
    if (await arr[i] === target) return 'found at ' + i;
  }
  return 'missing';
}
find([], 1).then(console.log);
find([1, 2, 3], 2).then(console.log);
find([1, 2], 9).then(console.log);
