// a synchronous throw in try before the first await is caught synchronously inside the call
async function f() {
  try {
    console.log('try start');
    JSON.parse('{bad');
  } catch (e) {
    console.log('caught sync', e.name);
  }
  console.log('after try (still sync)');
  await null;
  console.log('after await');
}
f();
console.log('call returned');
