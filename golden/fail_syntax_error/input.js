async function f() {
  const x = (1 + ;
}
