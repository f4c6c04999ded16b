// nested try blocks: inner finally awaits then outer catch receives rethrown error
function ticker(n) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i)); }
ticker(12);
async function f() {
  try {
    try {
      console.log('inner try');
      await Promise.reject(new Error('E1'));
    } catch (e) {
      console.log('inner catch', e.message);
      await null;
      throw new Error('E2 from ' + e.message);
    } finally {
      console.log('inner finally');
      await null;
    }
  } catch (e) {
    console.log('outer catch', e.message);
    return 'handled';
  } finally {
    console.log('outer finally');
  }
}
f().then(v => console.log('result', v));
