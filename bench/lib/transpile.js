'use strict';
// The comparison compilers for bench/runtime.js, pinned in bench/package-lock.json.
const path = require('path');
const { BENCH } = require('./common');

const req = (name) => require(require.resolve(name, { paths: [BENCH] }));

// Babel with the two plugins that lower async functions all the way to ES5 state machines:
// async-to-generator, then regenerator (its runtime is inlined as helpers: no import).
function babelRegenerator(source, file) {
  const babel = req('@babel/core');
  return babel.transformSync(source, {
    babelrc: false, configFile: false, sourceType: 'script', filename: path.basename(file), compact: false,
    plugins: [req('@babel/plugin-transform-async-to-generator'), req('@babel/plugin-transform-regenerator')],
  }).code;
}

// Babel's preset-env for Node 6: node 6 has generators, so async functions become generators
// driven by the _asyncToGenerator helper (the same design as desugar's generator stage).
function babelGenerators(source, file) {
  const babel = req('@babel/core');
  return babel.transformSync(source, {
    babelrc: false, configFile: false, sourceType: 'script', filename: path.basename(file), compact: false,
    presets: [[req('@babel/preset-env'), { targets: { node: '6' } }]],
  }).code;
}

// TypeScript's emit for --target ES5 --lib es2015,dom --allowJs (__awaiter + __generator state
// machine), or ES2015 (__awaiter over native generators).
function typescript(target) {
  return (source, file) => {
    const ts = req('typescript');
    const r = ts.transpileModule(source, {
      fileName: path.basename(file),
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget[target], lib: ['lib.es2015.d.ts', 'lib.dom.d.ts'], allowJs: true },
    });
    const errors = (r.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length) throw new Error(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
    return r.outputText;
  };
}

module.exports = { babelRegenerator, babelGenerators, tsES5: typescript('ES5'), tsES2015: typescript('ES2015') };
