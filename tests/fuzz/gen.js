#!/usr/bin/env node
'use strict';
// Random async/await program generator for desugar's differential tests.
// generate(seed) -> source of a CommonJS program whose stdout and exit code are
// deterministic under Node v20. See README.md in this folder.

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ind = (lines, n = 1) => lines.map(l => '  '.repeat(n) + l);
const MIN_LINES = 20;
const MAX_LINES = 120;

// ---------------------------------------------------------------------------
// Runtime helpers copied into programs that use them.

const H_TICKER = [
  'function ticker(n) {',
  '  let p = Promise.resolve();',
  "  for (let i = 1; i <= n; i++) p = p.then(() => console.log('t' + i));",
  '}',
];
const H_DEFER = [
  'function defer() {',
  '  let resolve, reject;',
  '  const p = new Promise((res, rej) => { resolve = res; reject = rej; });',
  '  p.catch(() => {});',
  '  return { p, resolve, reject };',
  '}',
];
// Virtual-time timers: fire order is (virtual due time, creation order), and
// only one real timer is ever pending, so the order never depends on how long
// the main script or a callback took. setImmediate called synchronously from a
// timeout() callback runs before the next timeout() callback.
const H_TIMERS = [
  '// timeout(fn, ms): setTimeout with virtual time (deterministic order).',
  'const timers = [];',
  'let vnow = 0, tseq = 0, armed = false;',
  'function timeout(fn, ms) {',
  '  timers.push({ at: vnow + Math.max(1, ms), seq: tseq++, fn });',
  '  timers.sort((x, y) => x.at - y.at || x.seq - y.seq);',
  '  if (!armed) { armed = true; setTimeout(fire, 1); }',
  '}',
  'function fire() {',
  '  const t = timers.shift();',
  '  vnow = t.at;',
  '  armed = timers.length > 0;',
  '  if (armed) setTimeout(fire, 1);',
  '  t.fn();',
  '}',
];
const H_SLEEP = ['const sleep = (ms, v) => new Promise(res => timeout(() => res(v), ms));'];
const H_SLEEPFAIL = ['const sleepFail = (ms, m) => new Promise((_, rej) => timeout(() => rej(new Error(m)), ms));'];
const H_BOOM = ['function boom(m) { throw new Error(m); }'];
const H_SUB = ['class Sub extends Promise {}'];
const H_SUBLOG = [
  'class Sub extends Promise {',
  "  then(f, r) { console.log('Sub.then'); return super.then(f, r); }",
  '}',
];

class Gen {
  constructor(seed, attempt, options = {}) {
    this.seed = seed;
    this.rng = mulberry32(((seed >>> 0) ^ Math.imul(attempt + 1, 0x9E3779B1)) >>> 0);
    this.scale = [1, 0.8, 0.6, 0.45, 0.35, 0.25, 0.2, 0.15][attempt] || 0.15;
    this.nVar = 0;
    this.labs = {};
    this.funcs = [];
    this.gates = [];
    this.use = {};
    const c = p => this.chance(p);
    this.F = {
      strict: c(0.3), ticker: c(0.75), tickerFirst: c(0.8), thenables: c(0.55), sub: c(0.35),
      subLog: c(0.35), timers: c(0.55), gates: c(0.35), classes: c(0.45), objects: c(0.4),
      combinators: c(0.45), ticks: c(0.55), loops: c(0.7), tries: c(0.8), chains: c(0.55),
      shared: c(0.25), unhandled: c(0.05),
    };
    const s = () => 0.3 + this.rng() * 1.7;
    this.W = { if: s(), loop: s(), try: s(), call: s(), sw: s(), expr: s(), misc: s(), rej: s() };
    this.maxDepth = this.int(1, 3);
    this.cap = 36;
    // Async iteration switches come from a stream of their own, so seeds without them generate
    // the same programs as before.
    const ra = mulberry32(((seed >>> 0) ^ 0xA5A5F00D ^ Math.imul(attempt + 1, 0x85EBCA6B)) >>> 0);
    const ca = p => ra() < p;
    this.AI = { asyncGen: ca(0.35), forAwait: ca(0.6), yieldStar: ca(0.6), early: ca(0.6), requests: ca(0.8) };
    // `for await` in async functions: only on request (options.forAwaitInAsyncFunctions), since the
    // promise stage still keeps the generator form for those functions.
    this.AI.forAwaitFn = ca(0.5) && !!options.forAwaitInAsyncFunctions;
    this.agens = [];
  }

  // ---- randomness --------------------------------------------------------
  r() { return this.rng(); }
  int(a, b) { return a + Math.floor(this.rng() * (b - a + 1)); }
  chance(p) { return this.rng() < p; }
  pick(a) { return a[Math.floor(this.rng() * a.length)]; }
  wpick(table) {
    let tot = 0;
    for (const [w] of table) tot += Math.max(0, w);
    let x = this.rng() * tot;
    for (const [w, v] of table) { if (w <= 0) continue; x -= w; if (x < 0) return v; }
    for (let i = table.length - 1; i >= 0; i--) if (table[i][0] > 0) return table[i][1];
    throw new Error('empty table');
  }
  shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }

  // ---- names ---------------------------------------------------------------
  v(p) { return p + (++this.nVar); }
  lab(p) { const n = (this.labs[p] = (this.labs[p] || 0) + 1); return `'${p}:${n}'`; }
  log(ctx, ...args) { this.addW(ctx, 1); return `console.log(${[this.lab(ctx.fn), ...args].join(', ')});`; }
  err(ctx) { return `new Error(${this.lab(ctx.fn + '!')})`; }

  // ---- contexts --------------------------------------------------------------
  mkCtx(fn, o) {
    return Object.assign({
      fn, async: true, depth: 0, loops: [], vars: [], lets: [], hasThis: false, argsOk: false,
      inTry: false, timerCb: false, top: false, tdepth: 0, mult: 1,
      st: { weight: 0, rej: false, budget: 6 },
    }, o);
  }
  sub(ctx, o) { return Object.assign({}, ctx, { vars: ctx.vars.slice(), lets: ctx.lets.slice() }, o || {}); }
  // a fresh function body nested in ctx (closures still see ctx.vars)
  fnCtx(ctx, o) {
    return this.sub(ctx, Object.assign({ loops: [], depth: ctx.depth + 1, argsOk: false, timerCb: false, inTry: false }, o || {}));
  }
  addW(ctx, n) { ctx.st.weight += n * ctx.mult; }
  deep(ctx) { return ctx.depth >= this.maxDepth; }

  // ---- values ----------------------------------------------------------------
  val(ctx) {
    const k = this.r();
    if (ctx.vars.length && k < 0.5) {
      const x = this.pick(ctx.vars);
      return this.chance(0.35) ? `(${x} + ${this.int(1, 4)})` : x;
    }
    if (ctx.hasThis && k < 0.6) return 'this.k';
    return String(this.int(0, 9));
  }
  valNT(ctx) { return this.val(this.sub(ctx, { hasThis: false })); }
  cond(ctx) {
    const x = ctx.vars.length && this.chance(0.8) ? this.pick(ctx.vars) : String(this.int(0, 5));
    return `${x} ${this.pick(['>', '<', '===', '!==', '>=', '<='])} ${this.int(0, 6)}`;
  }
  ms() { return this.int(0, 10); }

  // ---- await operands --------------------------------------------------------
  // Returns { c: code, rej: may reject }. Code is safe as operand of `await`.
  op(ctx, o = {}) {
    const F = this.F;
    if (!o.noRej && this.chance((ctx.inTry ? 0.3 : 0.05) * this.W.rej)) return this.rejOp(ctx, o);
    const canCall = this.callables(ctx).length > 0 && !o.noCall;
    const kind = this.wpick([
      [o.promiseOnly ? 0 : 3, 'lit'], [4, 'presolve'], [1.2, 'newP'], [F.ticks ? 1 : 0.3, 'newPmicro'],
      [F.ticks ? 0.7 : 0, 'newPtick'], [0.6, 'newPresP'], [F.thenables ? 4 : 0, 'thenable'],
      [F.sub ? 2.5 : 0, 'sub'], [F.gates && this.gates.length ? 2 : 0, 'gate'], [F.timers ? 2 : 0, 'sleep'],
      [canCall ? 3 * this.W.call : 0, 'call'], [ctx.depth < 3 ? 0.8 : 0, 'iife'],
      [F.chains && ctx.depth < 3 ? 1 : 0, 'chain'], [F.combinators && ctx.depth < 3 ? 0.8 : 0, 'race'],
    ]);
    const V = () => this.val(ctx);
    switch (kind) {
      case 'lit': return { c: this.chance(0.15) ? this.pick(['null', 'undefined']) : V(), rej: false };
      case 'presolve': return { c: `Promise.resolve(${V()})`, rej: false };
      case 'newP': return { c: `new Promise(r => r(${V()}))`, rej: false };
      case 'newPmicro': return { c: `new Promise(r => queueMicrotask(() => r(${V()})))`, rej: false };
      case 'newPtick': return { c: `new Promise(r => process.nextTick(r, ${V()}))`, rej: false };
      case 'newPresP': return { c: `new Promise(r => r(Promise.resolve(${V()})))`, rej: false };
      case 'thenable': return this.thenable(ctx, false);
      case 'sub': {
        this.use.sub = true;
        const t = [
          () => `Sub.resolve(${V()})`, () => `new Sub(r => r(${V()}))`,
          () => `new Sub(r => queueMicrotask(() => r(${V()})))`,
        ];
        if (F.timers) t.push(() => { this.use.timers = true; return `new Sub(r => timeout(() => r(${V()}), ${this.ms()}))`; });
        return { c: this.pick(t)(), rej: false };
      }
      case 'gate': {
        const cands = o.noRej ? this.gates.filter(g => !g.rejects) : this.gates;
        if (!cands.length) return { c: `Promise.resolve(${V()})`, rej: false };
        const g = this.pick(cands);
        return { c: `${g.name}.p`, rej: g.rejects };
      }
      case 'sleep': this.use.timers = this.use.sleep = true; return { c: `sleep(${this.ms()}, ${V()})`, rej: false };
      case 'call': {
        const f = this.pickCallable(ctx, o.noRej);
        if (!f) return { c: `Promise.resolve(${V()})`, rej: false };
        return { c: this.callExpr(ctx, f), rej: f.rej };
      }
      case 'iife': {
        const x = this.pick([
          () => ({ c: `(async () => ${V()})()`, rej: false }),
          () => ({ c: `(async () => { await null; return ${V()}; })()`, rej: false }),
          () => { const i = this.op(this.sub(ctx, { depth: ctx.depth + 1 }), o); return { c: `(async () => await ${i.c})()`, rej: i.rej }; },
          () => { const i = this.op(this.sub(ctx, { depth: ctx.depth + 1 }), o); return { c: `(async (x) => x + await ${i.c})(${V()})`, rej: i.rej }; },
        ]);
        return x();
      }
      case 'chain': {
        const h = this.op(this.sub(ctx, { depth: ctx.depth + 1 }), { promiseOnly: true, noRej: o.noRej });
        const link = this.pick([
          'x => x + 1', 'x => Promise.resolve(x)', 'x => ({ then(r) { r(x); } })', 'x => x * 2',
          "x => (console.log('then', x), x)", 'async x => (await x) + 1',
        ]);
        const head = /^(Promise|Sub)\.|^sleep\(|\.p$|^new (Promise|Sub)\(/.test(h.c) ? h.c : `Promise.resolve(${h.c})`;
        let c = `${head}.then(${link})`;
        if (this.chance(0.25)) c += `.finally(() => console.log(${this.lab('fin')}))`;
        if (h.rej && this.chance(0.5)) return { c: `${c}.catch(e => e.message)`, rej: false };
        return { c, rej: h.rej };
      }
      case 'race': {
        const sub = this.sub(ctx, { depth: ctx.depth + 1 });
        const n = this.int(1, 3);
        const els = [];
        let rej = 0;
        for (let i = 0; i < n; i++) { const e = this.op(sub, o); els.push(e.c); if (e.rej) rej++; }
        const any = this.chance(0.35);
        return { c: `Promise.${any ? 'any' : 'race'}([${els.join(', ')}])`, rej: any ? rej === n : rej > 0 };
      }
    }
    throw new Error('op ' + kind);
  }

  rejOp(ctx, o = {}) {
    const F = this.F;
    const E = () => this.err(ctx);
    const kind = this.wpick([
      [3, 'preject'], [1, 'newPrej'], [1, 'newPthrow'], [F.thenables ? 2 : 0, 'thenable'],
      [F.sub ? 1 : 0, 'subrej'], [F.timers ? 1.5 : 0, 'sleepFail'], [1, 'asyncThrow'], [1, 'thenThrow'],
      [F.combinators ? 0.6 : 0, 'allRej'], [F.combinators ? 0.4 : 0, 'anyRej'],
    ]);
    switch (kind) {
      case 'preject': return { c: `Promise.reject(${E()})`, rej: true };
      case 'newPrej': return { c: `new Promise((_, rej) => rej(${E()}))`, rej: true };
      case 'newPthrow': return { c: `new Promise(() => { throw ${E()}; })`, rej: true };
      case 'thenable': return this.thenable(ctx, true);
      case 'subrej': this.use.sub = true; return { c: `Sub.reject(${E()})`, rej: true };
      case 'sleepFail': this.use.timers = this.use.sleepFail = true; return { c: `sleepFail(${this.ms()}, ${this.lab(ctx.fn + '!')})`, rej: true };
      case 'asyncThrow': return { c: `(async () => { await null; throw ${E()}; })()`, rej: true };
      case 'thenThrow': return { c: `Promise.resolve().then(() => { throw ${E()}; })`, rej: true };
      case 'allRej': return { c: `Promise.all([${this.val(ctx)}, Promise.reject(${E()})])`, rej: true };
      case 'anyRej': return { c: `Promise.any([Promise.reject(${E()}), Promise.reject(${E()})])`, rej: true };
    }
    throw new Error('rejOp');
  }

  thenable(ctx, rejecting) {
    const c2 = this.sub(ctx, { hasThis: false });
    const V = () => this.val(c2);
    const L = () => this.lab('th');
    if (rejecting) {
      const t = this.pick([
        () => `{ then(_, rej) { rej(${this.err(ctx)}); } }`,
        () => `{ then() { throw ${this.err(ctx)}; } }`,
        () => `{ then(_, rej) { queueMicrotask(() => rej(${this.err(ctx)})); } }`,
        () => `{ get then() { throw ${this.err(ctx)}; } }`,
      ]);
      return { c: t(), rej: true };
    }
    const t = [
      () => `{ then(res) { res(${V()}); } }`,
      () => `{ then(res) { console.log(${L()}); res(${V()}); } }`,
      () => `{ then(res) { queueMicrotask(() => res(${V()})); } }`,
      () => `{ then(res) { process.nextTick(res, ${V()}); } }`,
      () => `{ then(res) { res(Promise.resolve(${V()})); } }`,
      () => `{ then(res) { res({ then(r2) { r2(${V()}); } }); } }`,
      () => `{ get then() { console.log(${L()}); return res => res(${V()}); } }`,
      () => `{ then(res, rej) { res(${V()}); rej(new Error('ignored')); } }`,
      () => `{ then(res) { res(${V()}); throw new Error('ignored'); } }`,
    ];
    if (this.F.timers) t.push(() => { this.use.timers = true; return `{ then(res) { timeout(() => res(${V()}), ${this.ms()}); } }`; });
    if (this.F.sub) t.push(() => { this.use.sub = true; return `{ then(res) { res(Sub.resolve(${V()})); } }`; });
    return { c: this.pick(t)(), rej: false };
  }

  // ---- callables -------------------------------------------------------------
  callables(ctx) { return this.funcs.filter(f => ctx.st.weight + ctx.mult * f.weight <= this.cap); }
  pickCallable(ctx, noRej) {
    let c = this.callables(ctx);
    if (noRej) c = c.filter(f => !f.rej);
    if (!c.length) return null;
    return this.pick(c);
  }
  callExpr(ctx, f) {
    f.called = true;
    this.addW(ctx, f.weight);
    const args = [];
    for (let i = 0; i < f.argc; i++) args.push(this.val(ctx));
    return f.call(args.join(', '));
  }
  handlers(ctx) {
    const L = this.lab(ctx.fn);
    this.addW(ctx, 1);
    return this.pick([
      () => `.then(x => console.log(${L}, x), e => console.log(${L}, e.message))`,
      () => `.then(x => console.log(${L}, x)).catch(e => console.log(${L}, e.message))`,
      () => `.catch(e => console.log(${L}, e.message))`,
      () => `.finally(() => console.log(${L})).catch(e => console.log(${L}, e.message))`,
    ])();
  }

  // ---- statements ------------------------------------------------------------
  stmts(ctx, n) {
    const out = [];
    for (let i = 0; i < n; i++) {
      out.push(...this.stmt(ctx));
      if (ctx.st.budget <= 0 && i >= 0) break;
    }
    return out;
  }
  blockN() { return this.int(1, 3); }

  stmt(ctx) {
    ctx.st.budget--;
    const F = this.F, W = this.W, A = ctx.async;
    const deep = this.deep(ctx) || ctx.st.budget <= 0;
    const hasLoop = ctx.loops.some(l => l.kind !== 'block');
    const kind = this.wpick([
      [1.5, 'log'],
      [A ? 5 : 0, 'awaitDecl'],
      [A ? 4 * W.expr : 0, 'awaitExpr'],
      [A && ctx.lets.length ? 1.5 : 0, 'compound'],
      [A && F.shared ? 1.2 : 0, 'shared'],
      [A ? 1 * W.expr : 0, 'member'],
      [A ? 0.6 * W.expr : 0, 'destructure'],
      [!deep ? 2 * W.if : 0, 'if'],
      [!deep && F.loops && A ? 1.2 * W.loop : 0, 'for'],
      [!deep && F.loops && A ? 0.8 * W.loop : 0, 'while'],
      [!deep && F.loops && A ? 0.5 * W.loop : 0, 'doWhile'],
      [!deep && F.loops && A ? 1 * W.loop : 0, 'forOf'],
      [!deep && F.loops && A ? 0.5 * W.loop : 0, 'forIn'],
      [!deep && F.loops && A ? 0.8 * W.loop : 0, 'labelled'],
      [!deep && F.loops && !A ? 0.3 * W.loop : 0, 'syncFor'],
      [!deep && A ? 0.8 * W.sw : 0, 'switch'],
      [!deep && F.tries && A ? 4.5 * W.try : 0, 'try'],
      [hasLoop || ctx.loops.length ? 1.5 : 0, 'jump'],
      [A ? 0.7 * W.rej : 0, 'throwIf'],
      [A ? 0.5 : 0, 'returnIf'],
      [this.callables(ctx).length ? 2 * W.call : 0, 'call'],
      [F.chains ? 1.3 : 0, 'chain'],
      [F.combinators ? 1.3 : 0, 'combinator'],
      [F.ticks ? 1 * W.misc : 0, 'schedule'],
      [F.gates && this.gates.length ? 0.5 : 0, 'gateResolve'],
      [F.timers && ctx.tdepth < 2 && !deep ? 0.8 * W.misc : 0, 'timer'],
      [!deep && ctx.depth < 3 ? (A ? 0.7 : 1) : 0, 'iife'],
      [A ? 0.5 : 0, 'awaitAwait'],
      [A && ctx.hasThis ? 1 : 0, 'thisArrow'],
      [A && ctx.argsOk ? 0.4 : 0, 'arguments'],
      [A && this.callables(ctx).length ? 0.6 : 0, 'deferred'],
      [ctx.timerCb ? 3 : 0, 'immediate'],
      [!deep && F.loops && A && this.AI.forAwaitFn ? 2 * W.loop : 0, 'forAwait'],
    ]);
    return this['s_' + kind](ctx);
  }

  markRej(ctx, r) { if (r) ctx.st.rej = true; }
  opM(ctx, o) { const x = this.op(ctx, o); this.markRej(ctx, x.rej); return x.c; }
  declVar(ctx, numeric) { const n = this.v('v'); if (numeric) ctx.vars.push(n); return n; }

  s_log(ctx) { return [this.log(ctx, this.val(ctx))]; }
  s_forAwait(ctx) { return this.forAwaitStmt(ctx, false); }

  s_awaitDecl(ctx) {
    const o = this.opM(ctx);
    const n = this.declVar(ctx, true);
    const kw = this.chance(0.7) ? 'const' : 'let';
    if (kw === 'let') ctx.lets.push(n);
    return [`${kw} ${n} = await ${o};`, this.log(ctx, n)];
  }

  awaitExpr(ctx) {
    const A = () => this.opM(ctx);
    const V = () => this.val(ctx);
    const forms = [
      [1, () => [`(await ${A()}) + (await ${A()})`, true]],
      [1, () => [`${V()} + await ${A()}`, true]],
      [1, () => [`await ${A()} - ${V()}`, true]],
      [0.7, () => [`Math.max(await ${A()}, ${V()})`, true]],
      [0.5, () => [`Math.min(${V()}, await ${A()}, await ${A()})`, true]],
      [0.5, () => [`String(await ${A()})`, false]],
      [0.8, () => [`JSON.stringify([await ${A()}, ${V()}, await ${A()}])`, false]],
      [0.8, () => [`JSON.stringify({ a: await ${A()}, b: ${V()} })`, false]],
      [0.8, () => ['`${await ' + A() + '}|${' + V() + '}`', false]],
      [0.8, () => [`${this.cond(ctx)} ? await ${A()} : await ${A()}`, true]],
      [0.6, () => [`(await ${A()}) > ${this.int(0, 5)} ? 'hi' : 'lo'`, false]],
      [0.6, () => [`${V()} && await ${A()}`, true]],
      [0.6, () => [`(await ${A()}) || ${V()}`, true]],
      [0.6, () => [`${this.pick(['null', 'undefined', V()])} ?? await ${A()}`, true]],
      [0.4, () => [`-(await ${A()})`, true]],
      [0.4, () => [`typeof await ${A()}`, false]],
      [0.4, () => [`!(await ${A()})`, false]],
      [0.3, () => [`void await ${A()}`, false]],
      [0.5, () => [`(await ${A()}) === ${V()}`, false]],
      [0.5, () => [`(await Promise.resolve([${V()}, ${V()}, ${V()}]))[${this.int(0, 2)}]`, true]],
      [0.5, () => [`(await Promise.resolve({ x: ${V()} })).x`, true]],
      [0.4, () => [`(${V()}, await ${A()})`, true]],
      [0.6, () => [`await (${this.cond(ctx)} ? ${A()} : ${A()})`, true]],
      [0.6, () => [`(await ${A()}) * 2 + (await ${A()})`, true]],
      [0.4, () => [`[await ${A()}, await ${A()}].length`, true]],
    ];
    const f = this.pickCallable(ctx);
    if (f) forms.push([1, () => { this.markRej(ctx, f.rej); return [`await ${this.callExpr(ctx, f)} + 1`, true]; }]);
    const f2 = this.pickCallable(ctx);
    if (f2) {
      forms.push([1, () => {
        const inner = A();
        this.markRej(ctx, f2.rej);
        f2.called = true; this.addW(ctx, f2.weight);
        const extra = [];
        for (let i = 1; i < f2.argc; i++) extra.push(V());
        return [`await ${f2.call([`await ${inner}`, ...extra].join(', '))}`, true];
      }]);
    }
    return this.wpick(forms)();
  }

  s_awaitExpr(ctx) {
    const [e, num] = this.awaitExpr(ctx);
    if (this.chance(0.35)) return [this.log(ctx, e)];
    const n = this.declVar(ctx, num);
    return [`const ${n} = ${e};`, this.log(ctx, n)];
  }

  s_compound(ctx) {
    const x = this.pick(ctx.lets);
    const o = this.opM(ctx);
    const form = this.pick([`${x} += await ${o};`, `${x} -= await ${o};`, `${x} = ${x} + await ${o};`,
      `${x} = (await ${o}) + ${x};`, `${x} ||= await ${o};`, `${x} ??= await ${o};`]);
    return [form, this.log(ctx, x)];
  }

  s_shared(ctx) {
    this.use.shared = true;
    const o = this.opM(ctx);
    const form = this.pick([`shared += await ${o};`, `shared = shared + await ${o};`, `shared = (await ${o}) + shared;`,
      `shared -= await ${o};`]);
    return [form, this.log(ctx, 'shared')];
  }

  s_member(ctx) {
    const ob = this.v('o');
    const out = [`const ${ob} = { n: ${this.val(ctx)} };`];
    const n = this.int(1, 2);
    for (let i = 0; i < n; i++) {
      const o = this.opM(ctx);
      out.push(this.pick([
        () => `${ob}.n += await ${o};`,
        () => `${ob}[${this.pick(["'k'", "'n'", `'k' + ${this.val(ctx)}`])}] = await ${o};`,
        () => `${ob}.m = await ${o};`,
        () => `${ob}[await ${o}] = ${this.val(ctx)};`,
        () => `${ob}.n = ${ob}.n * 2 + await ${o};`,
      ])());
    }
    out.push(this.log(ctx, `JSON.stringify(${ob})`));
    return out;
  }

  s_destructure(ctx) {
    const a = this.v('v'), b = this.v('v');
    const lines = this.pick([
      () => { const x = this.opM(ctx), y = this.opM(ctx); return [`const [${a}, ${b}] = await Promise.all([${x}, ${y}]);`]; },
      () => [`const { x: ${a}, y: ${b} = ${this.val(ctx)} } = await Promise.resolve({ x: ${this.val(ctx)} });`],
      () => [`const [${a} = ${this.val(ctx)}, ${b}] = [await ${this.opM(ctx)}, ${this.val(ctx)}];`],
      () => [`const { ${a} = 7, ${b} } = { ${a}: await ${this.opM(ctx)}, ${b}: ${this.val(ctx)} };`],
    ])();
    ctx.vars.push(a, b);
    return [...lines, this.log(ctx, a, b)];
  }

  s_if(ctx) {
    const A = ctx.async;
    const c = A && this.chance(0.45) ? `(await ${this.opM(ctx)}) ${this.pick(['>', '<', '!==', '==='])} ${this.int(0, 5)}` : this.cond(ctx);
    const inner = () => this.stmts(this.sub(ctx, { depth: ctx.depth + 1 }), this.blockN());
    const out = [`if (${c}) {`, ...ind(inner())];
    const k = this.r();
    if (k < 0.45) out.push('} else {', ...ind(inner()));
    else if (k < 0.6) {
      out.push(`} else if (${this.cond(ctx)}) {`, ...ind(inner()));
      if (this.chance(0.5)) out.push('} else {', ...ind(inner()));
    }
    out.push('}');
    return out;
  }

  loopBody(ctx, iters, extra) {
    const c = this.sub(ctx, Object.assign({ depth: ctx.depth + 1, mult: ctx.mult * iters }, extra));
    c.loops = ctx.loops.concat([{ kind: 'loop', label: extra && extra.label }]);
    delete c.label;
    return c;
  }
  jumpMaybe(ctx) {
    if (!this.chance(0.35)) return [];
    return [`if (${this.cond(ctx)}) ${this.pick(['break', 'continue'])};`];
  }

  s_for(ctx) {
    const i = this.v('i'), n = this.int(1, 3);
    const test = ctx.async && this.chance(0.25) ? `await (${i} < ${n})` : `${i} < ${n}`;
    const upd = ctx.async && this.chance(0.15) ? `${i} += await 1` : `${i}++`;
    const c = this.loopBody(ctx, n);
    c.vars.push(i);
    return [`for (let ${i} = 0; ${test}; ${upd}) {`, ...ind([...this.jumpMaybe(c), ...this.stmts(c, this.blockN())]), '}'];
  }

  s_while(ctx) {
    const w = this.v('w'), n = this.int(1, 3);
    const c = this.loopBody(ctx, n);
    c.vars.push(w);
    const form = this.r();
    if (form < 0.4) {
      return [`let ${w} = 0;`, `while (await (${w} < ${n})) {`, ...ind([`${w}++;`, ...this.jumpMaybe(c), ...this.stmts(c, this.blockN())]), '}'];
    }
    if (form < 0.6) {
      return [`let ${w} = 0;`, `while ((await ${this.opM(c, {})}) !== undefined && ${w} < ${n}) {`, ...ind([`${w}++;`, ...this.stmts(c, this.blockN())]), '}'];
    }
    return [`let ${w} = 0;`, `while (${w} < ${n}) {`, ...ind([`${w}++;`, ...this.jumpMaybe(c), ...this.stmts(c, this.blockN())]), '}'];
  }

  s_doWhile(ctx) {
    const d = this.v('d'), n = this.int(1, 3);
    const c = this.loopBody(ctx, n);
    c.vars.push(d);
    const test = this.chance(0.5) ? `${d} < ${n} && await ${this.opM(c, { noRej: true })} !== 'stop'` : `${d} < ${n}`;
    return [`let ${d} = 0;`, 'do {', ...ind([`${d}++;`, ...this.jumpMaybe(c), ...this.stmts(c, this.blockN())]), `} while (${test});`];
  }

  s_forOf(ctx) {
    const x = this.v('x');
    const form = this.r();
    if (form < 0.4) {
      // array of pre-created promises/thenables: must not reject (handled only when awaited)
      const n = this.int(1, 3);
      const els = [];
      for (let i = 0; i < n; i++) els.push(this.op(ctx, { noRej: true, noCall: true }).c);
      const c = this.loopBody(ctx, n);
      const y = this.declVar(c, true);
      return [`for (const ${x} of [${els.join(', ')}]) {`, ...ind([`const ${y} = await ${x};`, ...this.jumpMaybe(c), this.log(c, y), ...this.stmts(c, this.int(0, 2))]), '}'];
    }
    if (form < 0.7) {
      const n = this.int(1, 3);
      const arr = [];
      for (let i = 0; i < n; i++) arr.push(this.int(0, 9));
      const src = this.chance(0.5) ? `await Promise.resolve([${arr}])` : `[${arr}]`;
      const c = this.loopBody(ctx, n);
      c.vars.push(x);
      return [`for (const ${x} of ${src}) {`, ...ind([...this.jumpMaybe(c), ...this.stmts(c, this.blockN())]), '}'];
    }
    const k = this.v('k'), n = this.int(1, 2);
    const ent = [];
    for (let i = 0; i < n; i++) ent.push(`${String.fromCharCode(97 + i)}: ${this.val(ctx)}`);
    const c = this.loopBody(ctx, n);
    c.vars.push(x);
    return [`for (const [${k}, ${x}] of Object.entries({ ${ent.join(', ')} })) {`, ...ind([this.log(c, k, `await ${this.opM(c)}`), ...this.stmts(c, this.int(0, 2))]), '}'];
  }

  s_forIn(ctx) {
    const k = this.v('k'), n = this.int(1, 3);
    const ent = [];
    for (let i = 0; i < n; i++) ent.push(`${String.fromCharCode(112 + i)}: ${this.val(ctx)}`);
    const c = this.loopBody(ctx, n);
    return [`for (const ${k} in { ${ent.join(', ')} }) {`, ...ind([`await ${this.opM(c)};`, this.log(c, k), ...this.jumpMaybe(c), ...this.stmts(c, this.int(0, 2))]), '}'];
  }

  s_labelled(ctx) {
    const L = this.v('lp');
    if (this.chance(0.3)) {
      const c = this.sub(ctx, { depth: ctx.depth + 1 });
      c.loops = ctx.loops.concat([{ kind: 'block', label: L }]);
      return [`${L}: {`, ...ind([...this.stmts(c, this.int(1, 2)), `if (${this.cond(c)}) break ${L};`, ...this.stmts(c, 1)]), '}'];
    }
    const i = this.v('i'), j = this.v('j'), n = this.int(1, 3), m = this.int(1, 2);
    const outer = this.loopBody(ctx, n, { label: L });
    outer.vars.push(i);
    const inner = this.loopBody(outer, m);
    inner.vars.push(j);
    const body = [
      `if (${j} ${this.pick(['>=', '===', '<='])} ${this.int(0, 1)} && ${this.cond(inner)}) ${this.pick(['continue', 'break'])} ${L};`,
      ...this.stmts(inner, this.blockN()),
    ];
    if (this.chance(0.5)) body.splice(1, 0, ...this.stmts(inner, 1));
    return [`${L}: for (let ${i} = 0; ${i} < ${n}; ${i}++) {`, ...ind([`for (let ${j} = 0; ${j} < ${m}; ${j}++) {`, ...ind(body), '}']), '}'];
  }

  s_syncFor(ctx) {
    const i = this.v('i'), n = this.int(1, 2);
    const c = this.loopBody(ctx, n);
    c.vars.push(i);
    return [`for (let ${i} = 0; ${i} < ${n}; ${i}++) {`, ...ind(this.stmts(c, this.int(1, 2))), '}'];
  }

  s_switch(ctx) {
    const disc = this.chance(0.6) ? `await ${this.opM(ctx)}` : this.val(ctx);
    const c = this.sub(ctx, { depth: ctx.depth + 1 });
    c.loops = ctx.loops.concat([{ kind: 'switch' }]);
    const out = [`switch (${disc}) {`];
    const n = this.int(1, 3);
    for (let i = 0; i < n; i++) {
      const test = this.chance(0.25) ? `await ${this.opM(ctx, { noRej: true })}` : String(this.int(0, 9));
      const body = this.stmts(this.sub(c), this.int(1, 2));
      if (this.chance(0.65)) body.push('break;');
      out.push(`  case ${test}: {`, ...ind(body, 2), '  }');
    }
    if (this.chance(0.6)) out.push('  default: {', ...ind(this.stmts(this.sub(c), 1), 2), '  }');
    out.push('}');
    return out;
  }

  s_try(ctx) {
    const variant = this.wpick([[3, 'tc'], [1.5, 'tf'], [2.5, 'tcf']]);
    const hasCatch = variant !== 'tf';
    const tctx = this.sub(ctx, { depth: ctx.depth + 1, inTry: hasCatch || ctx.inTry });
    const body = this.stmts(tctx, this.int(1, 3));
    if (this.chance(0.4)) body.push(`if (${this.cond(tctx)}) throw ${this.err(ctx)};`);
    else if (this.chance(0.15)) body.push(`throw ${this.err(ctx)};`);
    if (!hasCatch) this.markRej(ctx, true);
    const out = ['try {', ...ind(body)];
    if (hasCatch) {
      const e = this.v('e');
      const cctx = this.sub(ctx, { depth: ctx.depth + 1 });
      const bind = this.chance(0.85);
      const cb = [bind ? this.log(cctx, `${e}.message`) : this.log(cctx)];
      cb.push(...this.stmts(cctx, this.int(0, 2)));
      if (bind && this.chance(0.12)) { cb.push(`throw ${e};`); this.markRej(ctx, true); } else if (this.chance(0.1)) cb.push(`return ${this.val(cctx)};`);
      out.push(bind ? `} catch (${e}) {` : '} catch {', ...ind(cb));
    }
    if (variant !== 'tc') {
      const fctx = this.sub(ctx, { depth: ctx.depth + 1 });
      const fb = [this.log(fctx)];
      if (this.chance(0.6)) fb.push(...this.stmts(fctx, this.int(1, 2)));
      if (this.chance(0.07)) fb.push(`return ${this.val(fctx)};`);
      out.push('} finally {', ...ind(fb));
    }
    out.push('}');
    return out;
  }

  s_jump(ctx) {
    const loops = ctx.loops;
    const opts = [];
    const inner = loops[loops.length - 1];
    if (loops.some(l => l.kind !== 'block')) opts.push('break');
    if (loops.some(l => l.kind === 'loop')) opts.push('continue');
    for (const l of loops) if (l.label) { opts.push('break ' + l.label); if (l.kind === 'loop') opts.push('continue ' + l.label); }
    if (!opts.length) return this.s_log(ctx);
    return [`if (${this.cond(ctx)}) ${this.pick(opts)};`];
  }

  s_throwIf(ctx) {
    this.markRej(ctx, true);
    if (ctx.async && this.chance(0.3)) return [`if ((await ${this.opM(ctx, { noRej: true })}) ${this.pick(['>', '<', '==='])} ${this.int(0, 6)}) throw ${this.err(ctx)};`];
    return [`if (${this.cond(ctx)}) throw ${this.err(ctx)};`];
  }

  s_returnIf(ctx) {
    const r = this.pick([
      () => this.val(ctx), () => `await ${this.opM(ctx)}`, () => this.opM(ctx, { promiseOnly: true }), () => '',
    ])();
    return [`if (${this.cond(ctx)}) return${r ? ' ' + r : ''};`];
  }

  s_call(ctx) {
    const f = this.pickCallable(ctx);
    if (!f) return this.s_log(ctx);
    if (ctx.async && this.chance(0.65)) {
      this.markRej(ctx, f.rej);
      const call = this.callExpr(ctx, f);
      if (this.chance(0.3)) return [`await ${call};`];
      const n = this.declVar(ctx, true);
      return [`const ${n} = await ${call};`, this.log(ctx, n)];
    }
    const call = this.callExpr(ctx, f);
    return [`${call}${this.handlers(ctx)};`];
  }

  s_deferred(ctx) {
    const f = this.pickCallable(ctx);
    if (!f) return this.s_log(ctx);
    const p = this.v('p');
    const out = [`const ${p} = ${this.callExpr(ctx, f)};`];
    if (f.rej) { out.push(`${p}.catch(() => {});`); this.markRej(ctx, true); }
    out.push(...this.stmts(this.sub(ctx), this.int(1, 2)));
    out.push(this.log(ctx, `await ${p}`));
    return out;
  }

  chainLinks(ctx, n) {
    const out = [];
    const L = () => this.lab('c');
    const cc = this.fnCtx(ctx, { async: false });
    for (let i = 0; i < n; i++) {
      const f = this.pickCallable(ctx);
      out.push(this.wpick([
        [3, () => { this.addW(ctx, 1); return `.then(x => { console.log(${L()}, x); return x + ${this.int(1, 3)}; })`; }],
        [1, () => '.then(x => x * 2)'],
        [1.2, () => `.then(x => Promise.resolve(x + ${this.int(0, 2)}))`],
        [this.F.thenables ? 1 : 0.2, () => '.then(x => ({ then(r) { r(x + 1); } }))'],
        [f ? 1 : 0, () => { f.called = true; this.addW(ctx, f.weight); return `.then(x => ${f.call(Array(f.argc).fill('x').join(', '))})`; }],
        [0.8 * this.W.rej, () => { this.addW(ctx, 1); return `.then(x => { if (x ${this.pick(['>', '<'])} ${this.int(0, 6)}) throw new Error(${L()}); return x; })`; }],
        [0.4 * this.W.rej, () => `.then(() => Promise.reject(new Error(${L()})))`],
        [1.5, () => { this.addW(ctx, 1); return `.catch(e => { console.log(${L()}, e.message); return ${this.int(0, 9)}; })`; }],
        [1, () => { this.addW(ctx, 1); return `.finally(() => console.log(${L()}))`; }],
        [0.4, () => `.finally(() => ${this.pick(['Promise.resolve(0)', '({ then(r) { r(0); } })', 'new Promise(r => queueMicrotask(r))'])})`],
        [0.6, () => { this.addW(ctx, 1); return `.then(x => x, e => { console.log(${L()}, e.message); return -1; })`; }],
        [0.7, () => { this.addW(ctx, 1); return `.then(async x => { console.log(${L()}, x); await ${this.op(cc, { noRej: true, noCall: true }).c}; return x; })`; }],
        [0.3, () => this.pick(['.then()', '.then(null)', '.catch()'])],
        [this.F.ticks ? 0.5 : 0, () => `.then(x => new Promise(r => process.nextTick(r, x)))`],
      ])());
    }
    return out;
  }

  chainHead(ctx) {
    const V = () => this.val(ctx);
    const f = this.pickCallable(ctx);
    const t = [
      [3, () => `Promise.resolve(${V()})`], [1 * this.W.rej, () => `Promise.reject(${this.err(ctx)})`],
      [f ? 2 : 0, () => this.callExpr(ctx, f)], [1, () => `new Promise(r => r(${V()}))`],
      [this.F.sub ? 1 : 0, () => { this.use.sub = true; return `Sub.resolve(${V()})`; }],
      [this.F.timers ? 1 : 0, () => { this.use.timers = this.use.sleep = true; return `sleep(${this.ms()}, ${V()})`; }],
      [this.F.gates && this.gates.length ? 1 : 0, () => `${this.pick(this.gates).name}.p`],
      [this.F.thenables ? 0.7 : 0, () => `Promise.resolve(${this.thenable(ctx, false).c})`],
      [0.5, () => `(async () => ${V()})()`],
    ];
    return this.wpick(t)();
  }

  s_chain(ctx) {
    const head = this.chainHead(ctx);
    const links = this.chainLinks(ctx, this.int(1, 3)).join('');
    if (ctx.async && this.chance(0.45)) {
      this.markRej(ctx, true);
      const n = this.declVar(ctx, true);
      return [`const ${n} = await ${head}${links};`, this.log(ctx, n)];
    }
    return [`${head}${links}${this.handlers(ctx)};`];
  }

  s_combinator(ctx) {
    const which = this.wpick([[3, 'all'], [2, 'allSettled'], [1.5, 'race'], [1.2, 'any']]);
    const n = this.chance(0.08) ? 0 : this.int(1, 3);
    const els = [];
    const ec = this.sub(ctx, { depth: ctx.depth + 1 });
    for (let i = 0; i < n; i++) {
      const f = this.chance(0.3) && this.pickCallable(ctx);
      els.push(f ? this.callExpr(ctx, f) : this.op(ec).c);
    }
    const agg = `Promise.${which}([${els.join(', ')}])`;
    const show = which === 'allSettled'
      ? (x) => `JSON.stringify(${x}.map(s => s.status === 'fulfilled' ? s.value : s.reason.message))`
      : which === 'all' ? (x) => `JSON.stringify(${x})` : (x) => x;
    if (which === 'race' && n === 0) return this.s_log(ctx); // never settles
    if (ctx.async && this.chance(0.55)) {
      this.markRej(ctx, which !== 'allSettled');
      const r = this.declVar(ctx, which === 'race' || which === 'any');
      return [`const ${r} = await ${agg};`, this.log(ctx, show(r))];
    }
    const L = this.lab(ctx.fn);
    this.addW(ctx, 1);
    return [`${agg}.then(r => console.log(${L}, ${show('r')}), e => console.log(${L}, e.message));`];
  }

  s_schedule(ctx) {
    const L = () => this.lab('q');
    this.addW(ctx, 1);
    return [this.pick([
      () => `process.nextTick(() => console.log(${L()}));`,
      () => `queueMicrotask(() => console.log(${L()}));`,
      () => `process.nextTick(() => { console.log(${L()}); queueMicrotask(() => console.log(${L()})); });`,
      () => `queueMicrotask(() => { console.log(${L()}); process.nextTick(() => console.log(${L()})); });`,
      () => `process.nextTick(x => console.log(${L()}, x), ${this.val(ctx)});`,
      () => `Promise.resolve().then(() => console.log(${L()}));`,
      () => `Promise.resolve().then(() => process.nextTick(() => console.log(${L()})));`,
    ])()];
  }

  s_gateResolve(ctx) {
    const g = this.pick(this.gates);
    return [`${g.name}.resolve(${this.pick([() => this.val(ctx), () => `Promise.resolve(${this.val(ctx)})`, () => `{ then(r) { r(${this.valNT(ctx)}); } }`])()});`];
  }

  s_timer(ctx) {
    this.use.timers = true;
    const tctx = this.fnCtx(ctx, { async: false, timerCb: true, tdepth: ctx.tdepth + 1, fn: 'T', st: ctx.st });
    if (this.chance(0.2)) {
      // async timer callback: its own try/catch keeps the returned promise fulfilled
      const a = this.fnCtx(ctx, { async: true, tdepth: ctx.tdepth + 1, fn: 'T', inTry: true, hasThis: ctx.hasThis });
      const e = this.v('e');
      const body = [this.log(a), ...this.stmts(a, this.int(1, 2))];
      return [`timeout(async () => {`, '  try {', ...ind(body, 2), `  } catch (${e}) {`, `    ${this.log(a, e + '.message')}`, '  }', `}, ${this.ms()});`];
    }
    const body = [this.log(tctx), ...this.stmts(tctx, this.int(1, 3))];
    return [`timeout(() => {`, ...ind(body), `}, ${this.ms()});`];
  }

  s_immediate(ctx) {
    const ic = this.fnCtx(ctx, { async: false, timerCb: false, fn: 'I', st: ctx.st });
    const body = [this.log(ic), ...this.stmts(ic, this.int(0, 2))];
    return ['setImmediate(() => {', ...ind(body), '});'];
  }

  s_iife(ctx) {
    const ic = this.fnCtx(ctx, { async: true });
    const body = this.stmts(ic, this.int(1, 3));
    if (ctx.async) {
      if (this.chance(0.5)) {
        body.push(`return ${this.val(ic)};`);
        this.markRej(ctx, ic.st.rej);
        const n = this.declVar(ctx, true);
        return [`const ${n} = await (async () => {`, ...ind(body), '})();', this.log(ctx, n)];
      }
      return ['await (async () => {', ...ind(body), '})();'];
    }
    return ['(async () => {', ...ind(body), `})()${this.handlers(ctx)};`];
  }

  s_awaitAwait(ctx) {
    const o = this.opM(ctx);
    const n = this.declVar(ctx, true);
    return [`const ${n} = await await ${o};`, this.log(ctx, n)];
  }

  s_thisArrow(ctx) {
    const h = this.v('h');
    const ac = this.fnCtx(ctx, { async: true });
    const o = this.op(ac);
    this.markRej(ctx, o.rej);
    const form = this.pick([
      `const ${h} = async (x) => this.k + (await ${o.c}) + x;`,
      `const ${h} = async (x) => { await null; return this.k * x + await ${o.c}; };`,
    ]);
    const arg = this.val(ctx);
    const n = this.declVar(ctx, true);
    return [form, `const ${n} = await ${h}(${arg});`, this.log(ctx, n)];
  }

  s_arguments(ctx) {
    return [`await ${this.opM(ctx)};`, this.log(ctx, 'arguments.length', 'arguments[0]')];
  }

  // ---- function definitions -------------------------------------------------
  ret(ctx) {
    const k = this.wpick([[3, 'val'], [2, 'await'], [1.5, 'promise'], [1, 'none']]);
    if (k === 'val') return [`return ${this.val(ctx)};`];
    if (k === 'await') return [`return await ${this.opM(ctx)};`];
    if (k === 'promise') return [`return ${this.opM(ctx, { promiseOnly: true })};`];
    return [];
  }

  body(ctx) {
    const out = [this.log(ctx, ...ctx.vars)];
    if (this.chance(0.35)) {
      const a = this.v('acc');
      out.push(`let ${a} = ${this.val(ctx)};`);
      ctx.vars.push(a); ctx.lets.push(a);
    }
    out.push(...this.stmts(ctx, this.int(1, 4)));
    out.push(...this.ret(ctx));
    return out;
  }

  newSt() { return { weight: 0, rej: false, budget: Math.max(2, Math.round(this.int(3, 10) * this.scale)) }; }

  params() {
    const k = this.wpick([[1, 0], [3, 1], [2, 2]]);
    const ps = ['a', 'b'].slice(0, k);
    const decl = ps.slice();
    let argc = k, rej = false;
    if (k === 2 && this.chance(0.25)) { decl[1] = `b = a + ${this.int(1, 3)}`; argc = this.chance(0.5) ? 1 : 2; }
    else if (k === 2 && this.chance(0.08)) { decl[1] = `b = boom('${'default'}')`; argc = 1; rej = true; this.use.boom = true; }
    return { ps, decl: decl.join(', '), argc, rej };
  }

  defFunction(i) {
    const F = this.F;
    const kind = this.wpick([[4, 'decl'], [1.5, 'expr'], [2, 'arrow'], [1, 'concise'],
      [F.objects ? 2.5 : 0, 'obj'], [F.classes ? 3 : 0, 'class']]);
    if (kind === 'obj') return this.defObject(i);
    if (kind === 'class') return this.defClass(i);
    const name = `f${i}`;
    const st = this.newSt();
    const p = this.params();
    const ctx = this.mkCtx(name, { vars: p.ps.slice(), st, argsOk: kind === 'decl' || kind === 'expr' });
    let lines;
    if (kind === 'concise') {
      const [e] = this.awaitExpr(ctx);
      lines = [`const ${name} = async (${p.decl}) => ${/^[{]/.test(e) ? '(' + e + ')' : e};`];
    } else {
      const b = ind(this.body(ctx));
      if (kind === 'decl') lines = [`async function ${name}(${p.decl}) {`, ...b, '}'];
      else if (kind === 'expr') lines = [`const ${name} = async function ${this.chance(0.5) ? name + 'x' : ''}(${p.decl}) {`, ...b, '};'];
      else lines = [`const ${name} = async (${p.decl}) => {`, ...b, '};'];
    }
    this.funcs.push({ name, argc: p.argc, weight: st.weight, rej: st.rej || p.rej, call: a => `${name}(${a})` });
    return lines;
  }

  defObject(i) {
    const name = `o${i}`;
    const out = [`const ${name} = {`, `  k: ${this.int(1, 9)},`];
    const n = this.int(1, 2);
    const recs = [];
    for (let m = 0; m < n; m++) {
      const mn = ['m', 'n'][m];
      const st = this.newSt();
      const p = this.params();
      const ctx = this.mkCtx(`${name}.${mn}`, { vars: p.ps.slice(), st, hasThis: true, argsOk: true });
      out.push(`  async ${mn}(${p.decl}) {`, ...ind(this.body(ctx), 2), '  },');
      recs.push({ name: `${name}.${mn}`, argc: p.argc, weight: st.weight, rej: st.rej || p.rej, call: a => `${name}.${mn}(${a})` });
    }
    out.push('};');
    this.funcs.push(...recs);
    return out;
  }

  defClass(i) {
    const name = `C${i}`;
    const out = [`class ${name} {`, `  constructor(k) { this.k = k; }`];
    const recs = [];
    {
      const st = this.newSt();
      const p = this.params();
      const ctx = this.mkCtx(`${name}.m`, { vars: p.ps.slice(), st, hasThis: true, argsOk: true });
      out.push(`  async m(${p.decl}) {`, ...ind(this.body(ctx), 2), '  }');
      recs.push({ name: `${name}#m`, argc: p.argc, weight: st.weight, rej: st.rej || p.rej, call: a => `new ${name}(${this.int(0, 9)}).m(${a})`, m: p });
    }
    if (this.chance(0.6)) {
      const st = this.newSt();
      const p = this.params();
      const ctx = this.mkCtx(`${name}.s`, { vars: p.ps.slice(), st, argsOk: true });
      out.push(`  static async s(${p.decl}) {`, ...ind(this.body(ctx), 2), '  }');
      recs.push({ name: `${name}.s`, argc: p.argc, weight: st.weight, rej: st.rej || p.rej, call: a => `${name}.s(${a})` });
    }
    out.push('}');
    if (this.chance(0.6)) {
      const base = recs[0];
      const dn = `D${i}`;
      const st = this.newSt();
      const ctx = this.mkCtx(`${dn}.m`, { vars: ['a'], st, hasThis: true, argsOk: true });
      const o = this.opM(ctx);
      const r = this.v('v');
      const args = base.argc === 2 ? 'a + 1, a' : base.argc === 1 ? 'a + 1' : '';
      const sup = this.chance(0.3)
        ? [`const ${r} = await (async () => super.m(${args}))();`]
        : [`const ${r} = await super.m(${args});`];
      const b = [this.log(ctx, 'a'), `await ${o};`, ...sup, this.log(ctx, r), `return ${r} + this.k;`];
      out.push(`class ${dn} extends ${name} {`, '  async m(a) {', ...ind(b, 2), '  }', '}');
      this.addW(ctx, base.weight);
      recs.push({ name: `${dn}#m`, argc: 1, weight: st.weight, rej: st.rej || base.rej, call: a => `new ${dn}(${this.int(0, 9)}).m(${a})`, sup: base });
    }
    this.funcs.push(...recs);
    return out;
  }


  // ---- async iteration ---------------------------------------------------------
  // A statement for an async generator body: yield, yield await, yield*, or try/finally around yields.
  yieldStmt(ctx) {
    const AI = this.AI;
    const kind = this.wpick([
      [3, 'yield'], [1.5, 'recv'], [1, 'yieldAwait'], [AI.yieldStar ? 1 : 0, 'starArray'],
      [AI.yieldStar && this.agens.length ? 1.2 : 0, 'starGen'], [AI.yieldStar ? 0.8 : 0, 'starSync'],
      [this.deep(ctx) ? 0 : 1, 'tryFinally'], [AI.forAwait && !this.deep(ctx) ? 1.2 : 0, 'forAwait'],
    ]);
    switch (kind) {
      case 'yield': return [`yield ${this.opM(ctx)};`];
      case 'recv': { const n = this.v('y'); return [`const ${n} = yield ${this.opM(ctx)};`, this.log(ctx, n)]; }
      case 'yieldAwait': return [`yield await ${this.opM(ctx)};`];
      case 'starArray': return [`yield* [${this.opM(ctx)}, ${this.opM(ctx)}];`];
      case 'starGen': {
        const g = this.pick(this.agens);
        if (g.rej) this.markRej(ctx, true);
        const n = this.v('r');
        return [`const ${n} = yield* ${g.call(this.val(ctx))};`, this.log(ctx, n)];
      }
      case 'starSync': {
        const n = this.v('r');
        return [`const ${n} = yield* (function* () { yield ${this.valNT(ctx)}; return ${this.valNT(ctx)}; })();`, this.log(ctx, n)];
      }
      case 'tryFinally': {
        const inner = this.sub(ctx, { depth: ctx.depth + 1 });
        const fin = [this.log(ctx, this.val(ctx))];
        if (this.chance(0.4)) fin.push(`await ${this.opM(ctx, { noRej: true })};`);
        if (this.chance(0.2)) fin.push(`yield ${this.val(ctx)};`);
        return ['try {', ...ind([...this.yieldStmt(inner), ...this.yieldStmt(inner)]), '} finally {', ...ind(fin), '}'];
      }
      case 'forAwait': return this.forAwaitStmt(ctx, true);
    }
    throw new Error('yieldStmt ' + kind);
  }

  // for await over an async generator, an array of operands or a sync generator, with early exits.
  forAwaitStmt(ctx, inGenerator) {
    const srcs = [[2, 'array'], [1, 'sync']];
    if (this.agens.length) srcs.push([3, 'gen']);
    const k = this.wpick(srcs);
    let src;
    if (k === 'gen') { const g = this.pick(this.agens); if (g.rej) this.markRej(ctx, true); src = g.call(this.val(ctx)); }
    else if (k === 'array') src = `[${this.opM(ctx)}, ${this.opM(ctx)}, ${this.opM(ctx)}]`;
    else src = `(function* () { yield ${this.opM(ctx)}; yield ${this.valNT(ctx)}; })()`;
    const x = this.v('x');
    const head = this.pick(['const', 'let', 'var']);
    const body = this.fnCtx(ctx, { depth: ctx.depth + 1, fn: ctx.fn });
    body.loops = [{ kind: 'loop' }];
    const lines = [this.log(body, x)];
    if (this.AI.early && this.chance(0.7)) {
      const c = `${x} ${this.pick(['>', '<', '===', '!=='])} ${this.int(0, 6)}`;
      lines.push(this.pick([
        () => `if (${c}) break;`, () => `if (${c}) continue;`,
        () => `if (${c}) return ${this.val(ctx)};`,
        () => { this.markRej(ctx, true); return `if (${c}) throw ${this.err(ctx)};`; },
      ])());
    }
    if (inGenerator && this.chance(0.5)) lines.push(`yield ${x};`);
    if (this.chance(0.4)) lines.push(`await ${this.opM(body, { noRej: true })};`);
    return [`for await (${head} ${x} of ${src}) {`, ...ind(lines), '}'];
  }

  defAsyncGenerator(i) {
    const F = this.F;
    const form = this.wpick([[3, 'decl'], [1, 'expr'], [F.objects ? 1.5 : 0.5, 'obj'], [F.classes ? 1.5 : 0.5, 'class'], [0.8, 'static']]);
    const name = `ag${i}`;
    const st = this.newSt();
    const ctx = this.mkCtx(name, { vars: ['a'], st, hasThis: form === 'obj' || form === 'class', argsOk: true });
    const body = [];
    const n = this.int(2, 5);
    for (let j = 0; j < n; j++) body.push(...(this.chance(0.55) || j === 0 ? this.yieldStmt(ctx) : this.stmt(ctx)));
    if (this.chance(0.3)) body.push(`return ${this.opM(ctx)};`);
    const b = ind(body, form === 'decl' || form === 'expr' ? 1 : 2);
    let lines, call;
    if (form === 'decl') { lines = [`async function* ${name}(a) {`, ...b, '}']; call = a => `${name}(${a})`; }
    else if (form === 'expr') { lines = [`const ${name} = async function* (a) {`, ...b, '};']; call = a => `${name}(${a})`; }
    else if (form === 'obj') { lines = [`const ${name} = {`, `  k: ${this.int(1, 9)},`, '  async *gen(a) {', ...b, '  },', '};']; call = a => `${name}.gen(${a})`; }
    else if (form === 'class') {
      const k = this.int(0, 9);
      lines = [`class ${name} {`, '  constructor(k) { this.k = k; }', '  async *gen(a) {', ...b, '  }', '}'];
      call = a => `new ${name}(${k}).gen(${a})`;
    } else { lines = [`class ${name} {`, '  static async *gen(a) {', ...b, '  }', '}']; call = a => `${name}.gen(${a})`; }
    this.agens.push({ name, call, rej: st.rej });
    return lines;
  }

  // The driver's use of an async generator: requests made at once (next, return, throw), each
  // settled promise logged.
  consumeAsyncGenerator(ctx, g) {
    const it = this.v('it');
    const out = [`const ${it} = ${g.call(this.val(ctx))};`];
    const n = this.AI.requests ? this.int(2, 5) : 3;
    for (let j = 0; j < n; j++) {
      const L = this.lab('it');
      const req = this.AI.requests ? this.wpick([[4, 'next'], [1, 'return'], [0.8, 'throw']]) : 'next';
      const arg = req === 'throw' ? this.err(ctx) : req === 'return' && this.chance(0.5) ? this.op(ctx, { noRej: true, noCall: true }).c : this.val(ctx);
      out.push(`${it}.${req}(${arg}).then(r => console.log(${L}, JSON.stringify(r)), e => console.log(${L}, String(e && e.message)));`);
    }
    return out;
  }

  // ---- program ---------------------------------------------------------------
  gateDriverResolve(ctx, g) {
    const act = g.rejects ? `${g.name}.reject(new Error('${g.name}'))` : `${g.name}.resolve(${this.int(0, 9)})`;
    const where = this.wpick([[this.F.timers ? 3 : 0, 'timer'], [1, 'sync'], [1, 'micro'], [this.F.ticks ? 0.6 : 0, 'tick']]);
    if (where === 'timer') {
      this.use.timers = true;
      const L = this.lab('T');
      return [`timeout(() => { console.log(${L}); ${act}; }, ${this.ms()});`];
    }
    if (where === 'micro') return [`queueMicrotask(() => ${act});`];
    if (where === 'tick') return [`process.nextTick(() => ${act});`];
    return [`${act};`];
  }

  unhandled(ctx) {
    this.use.unhandled = true;
    return this.pick([
      () => ["Promise.reject(new Error('unhandled'));"],
      () => [`(async () => { await ${this.op(ctx, { noRej: true, noCall: true }).c}; throw new Error('unhandled'); })();`],
      () => [`Promise.resolve(${this.int(0, 9)}).then(x => { throw new Error('unhandled'); });`],
      () => this.F.timers
        ? (this.use.timers = true, [`timeout(() => { console.log('T:u'); Promise.reject(new Error('unhandled')); }, ${this.ms()});`])
        : ["queueMicrotask(() => Promise.reject(new Error('unhandled')));"],
    ])();
  }

  build() {
    const F = this.F;
    const defs = [];
    if (F.gates) {
      const n = this.int(1, 3);
      for (let i = 1; i <= n; i++) this.gates.push({ name: `g${i}`, rejects: this.chance(0.25) });
    }
    const nf = Math.max(1, Math.round(this.int(1, 5) * this.scale));
    for (let i = 1; i <= nf; i++) defs.push(...this.defFunction(i));
    if (this.AI.asyncGen) {
      const ng = this.int(1, 3);
      for (let i = 1; i <= ng; i++) defs.push(...this.defAsyncGenerator(i));
    }

    // driver
    const ctx = this.mkCtx('m', { async: false, top: true, st: { weight: 0, rej: false, budget: 99 } });
    const items = [];
    for (const f of this.funcs) {
      if (f.called && !this.chance(0.25)) continue;
      items.push(() => [`${this.callExpr(ctx, f)}${this.handlers(ctx)};`]);
    }
    for (const g of this.agens) if (!this.chance(0.2)) items.push(() => this.consumeAsyncGenerator(ctx, g));
    const nd = Math.max(1, Math.round(this.int(1, 5) * this.scale));
    for (let i = 0; i < nd; i++) items.push(() => { ctx.st.budget = 3; ctx.st.weight = 0; return this.stmt(ctx); });
    if (this.chance(0.5)) items.push(() => [`console.log('m:sync');`]);
    if (F.timers && this.chance(0.6)) items.push(() => { ctx.st.budget = 4; ctx.st.weight = 0; return this.s_timer(ctx); });
    this.shuffle(items);
    for (const g of this.gates) items.splice(this.int(0, items.length), 0, () => this.gateDriverResolve(ctx, g));
    if (F.unhandled) items.splice(this.int(Math.floor(items.length / 2), items.length), 0, () => this.unhandled(ctx));
    if (F.ticker && !F.tickerFirst) items.splice(this.int(0, items.length), 0, () => [`ticker(${this.int(3, 12)});`]);
    const driver = [];
    for (const it of items) driver.push(...it());

    // assemble
    const out = [`// desugar fuzz program, seed ${this.seed} (tests/fuzz/gen.js)`];
    if (F.strict) out.push("'use strict';");
    if (F.ticker) out.push(...H_TICKER);
    if (this.use.timers) out.push(...H_TIMERS);
    if (this.use.sleep) out.push(...H_SLEEP);
    if (this.use.sleepFail) out.push(...H_SLEEPFAIL);
    if (this.gates.length) out.push(...H_DEFER);
    if (this.use.boom) out.push(...H_BOOM);
    if (this.use.sub) out.push(...(F.subLog ? H_SUBLOG : H_SUB));
    if (this.use.shared) out.push('let shared = 0;');
    if (F.ticker && F.tickerFirst) out.push(`ticker(${this.int(3, 12)});`);
    for (const g of this.gates) out.push(`const ${g.name} = defer();`);
    out.push(...defs, ...driver);
    return out.join('\n') + '\n';
  }
}

// options.forAwaitInAsyncFunctions: also put `for await` in async functions.
function generate(seed, options = {}) {
  seed = Number(seed) >>> 0;
  let best = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const src = new Gen(seed, attempt, options).build();
    const n = src.split('\n').length - 1;
    if (n >= MIN_LINES && n <= MAX_LINES) return src;
    if (!best || Math.abs(n - 70) < Math.abs(best.n - 70)) best = { src, n };
  }
  return best.src;
}

module.exports = { generate };

if (require.main === module) {
  const args = process.argv.slice(2);
  const get = (k, d) => { const i = args.indexOf(k); return i >= 0 && i + 1 < args.length ? args[i + 1] : d; };
  const seed = Number(get('--seed', '1'));
  const count = Number(get('--count', '1'));
  const outDir = get('--out', null);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
    console.error('usage: node gen.js --seed N [--count K --out DIR]');
    process.exit(2);
  }
  if (outDir) {
    const fs = require('fs'), path = require('path');
    fs.mkdirSync(outDir, { recursive: true });
    for (let s = seed; s < seed + count; s++) fs.writeFileSync(path.join(outDir, `fuzz_${s}.js`), generate(s));
  } else {
    for (let s = seed; s < seed + count; s++) process.stdout.write(generate(s));
  }
}
