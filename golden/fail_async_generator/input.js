const ok = 1;
async function* numbers() {
  yield 1;
}
