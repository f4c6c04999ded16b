// default parameters and destructuring in async generator parameters, evaluated at call time
let calls = 0;
const next = () => ++calls;
async function* g(a = next(), { b = a * 10 } = {}, ...rest) { yield [a, b, rest.length]; }
const it1 = g();
const it2 = g(5, { b: 1 }, 'x', 'y');
console.log('calls after creating', calls);
(async () => { console.log(JSON.stringify((await it1.next()).value)); console.log(JSON.stringify((await it2.next()).value)); console.log(g.length); })();
