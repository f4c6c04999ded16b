// parameter errors reject the promise (async) but throw synchronously (generators)
const boom = () => {
  throw new Error('param');
};
async function af(a = boom()) {}
async function destructure({ missing: { deep } }) {
  return deep;
}
function* g(a = boom()) {}
af().catch((e) => console.log('af rejected:', e.message));
destructure({}).catch((e) => console.log('destructure rejected:', e.constructor.name));
try {
  g();
} catch (e) {
  console.log('g threw sync:', e.message);
}
const withDefaults = async (a, b = a + 1, ...rest) => [a, b, rest.length];
withDefaults(1).then((v) => console.log('defaults', v.join(',')));
console.log('lengths', af.length, withDefaults.length);
