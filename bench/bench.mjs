// Benchmark of the built app (run by scripts/bench.sh; not a test: it times).
//
//   node bench/bench.mjs [--dist DIR] [--runs N] [--throttle] [--no-browser]
//
// 1. Sizes: every file of DIR raw / gzip (zlib level 9, as `gzip -9`) /
//    brotli (quality 11, window 24, as `brotli -q 11`), the first screen's
//    transfer (index.html + the scripts it loads + glue JS + wasm + CSS: a
//    French page; an English one also fetches texts-en-HASH.txt, reported
//    as the English first screen) and embed.js.
// 2. First paint, navigation start -> the first screen's heading painted,
//    for the app and for a static-start.html written into the served copy
//    (the same start screen as plain HTML with the same CSS: the physical
//    floor; never committed), interleaved in one
//    run, median of N (>= 9); twice: in a new browser context per load (a
//    first visit; the headline number), and reloading in one tab (HTTP cache
//    off, service workers blocked: every file is fetched again, but V8 keeps
//    the compiled wasm module in the renderer process, so the app's compile
//    time mostly disappears). Served with gzip and the strict CSP, as the
//    deployment's nginx does.
//    Method: an init script watches the DOM from the document's creation (a
//    MutationObserver). If #dee-heading is in the document by the first
//    contentful paint (the static page; the app's start page, prerendered
//    into index.html), that paint is when it was painted. Otherwise each
//    #dee-heading inserted gets an `elementtiming` attribute, and the
//    Element Timing API gives the time the first one was painted. Both are
//    relative to navigation start (performance.timeOrigin). As a
//    cross-check, the first animation frame after the insertion is recorded
//    too (requestAnimationFrame, ~ the frame it is painted in).
//    For the app, also "started": when it has rendered its own start screen
//    over the prerendered one (from then on "Commencer" answers at once; a
//    click before is kept and acted on then), and the next frame.
// 3. Interaction: a full persona run (Commencer, each question's answer then
//    "Continuer", "Voir le résultat" on the check page); each click is
//    timed in the page: performance.now() right before button.click(), then
//    a MutationObserver until the heading's text changes (the next screen is
//    in the DOM), and the next animation frame (the screen is about to be
//    painted). Median and worst over 3 runs of 2 personas.
//
// --throttle adds a first-paint run under a slow mobile profile (Chrome
// DevTools' "Fast 3G": 150 ms RTT, 1.6 Mbit/s down; 4x CPU slowdown).

import { gzipSync, brotliCompressSync, constants as Z } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync, cpSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join, dirname, resolve, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { PERSONAS as SHARED } from '../e2e/fixtures.mjs';
import { AFTER_ORALS, at } from '../e2e/facts.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const DIST = resolve(opt('--dist', join(ROOT, 'dist')));
const RUNS = Math.max(9, Number(opt('--runs', process.env.BENCH_RUNS ?? 11)));
const THROTTLE = args.includes('--throttle');
const BROWSER = !args.includes('--no-browser');
const BUDGET = opt('--budget', null);

const kb = (n) => (n / 1000).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) =>
  brotliCompressSync(b, {
    params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_LGWIN]: 24, [Z.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length;

// ---------------------------------------------------------------- 1. sizes
function sizes() {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} not found: build first (scripts/bench.sh does)`);
  const html = readFileSync(index, 'utf8');
  const files = readdirSync(DIST).filter((f) => statSync(join(DIST, f)).isFile() && !f.startsWith('.'));
  const row = (f) => {
    const b = readFileSync(join(DIST, f));
    return { file: f, raw: b.length, gzip: gz(b), brotli: br(b) };
  };
  const rows = files.map(row).sort((a, b) => b.raw - a.raw);
  // The first screen: index.html and what it references (scripts, preloads,
  // stylesheets), plus what the loader module imports.
  const referenced = new Set(['index.html']);
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(?:icon|manifest)"/.test(tag)) continue;
    const f = m[1].replace(/^\.?\//, '').split(/[?#]/)[0];
    if (files.includes(f)) referenced.add(f);
  }
  for (const f of [...referenced].filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(join(DIST, f), 'utf8');
    for (const m of js.matchAll(/(?:from\s*|import\s*\(\s*|new URL\(\s*)["']\.\/([^"']+)["']/g)) {
      if (files.includes(m[1])) referenced.add(m[1]);
    }
  }
  const first = rows.filter((r) => referenced.has(r.file));
  const total = (k) => first.reduce((s, r) => s + r[k], 0);
  const w = Math.max(...rows.map((r) => r.file.length), 10) + 2;
  const lines = [];
  lines.push(`sizes of ${DIST} (KB = 1000 bytes; gzip -9 / brotli -q 11):`);
  lines.push(`  ${pad('asset', w)}${lpad('raw', 10)}${lpad('gzip', 10)}${lpad('brotli', 10)}  first screen`);
  for (const r of rows) {
    lines.push(
      `  ${pad(r.file, w)}${lpad(kb(r.raw), 10)}${lpad(kb(r.gzip), 10)}${lpad(kb(r.brotli), 10)}  ${referenced.has(r.file) ? 'yes' : ''}`,
    );
  }
  lines.push(
    `  ${pad('first screen total', w)}${lpad(kb(total('raw')), 10)}${lpad(kb(total('gzip')), 10)}${lpad(kb(total('brotli')), 10)}  (${first.length} files; budget: bench/budget.json)`,
  );
  // An English page also fetches its texts (the wasm carries French only):
  // the file the loader names for it (scripts/csp-loader.mjs).
  const enTexts = rows.find((r) => /^texts-en-[0-9a-f]+\.txt$/.test(r.file));
  const english = (k) => total(k) + (enTexts?.[k] ?? 0);
  lines.push(
    `  ${pad('English first screen total', w)}${lpad(kb(english('raw')), 10)}${lpad(kb(english('gzip')), 10)}${lpad(kb(english('brotli')), 10)}  (the French one + ${enTexts?.file ?? 'no texts file'})`,
  );
  // The French texts the start page does not show: fetched beside the wasm
  // (the guard starts the download, scripts/guard.js), on the start page as
  // on any other link, such as a shared result: what a French visit
  // downloads before any click (the QR script of a result page aside).
  const frTexts = rows.find((r) => /^texts-fr-[0-9a-f]+\.txt$/.test(r.file));
  const resultLink = (k) => total(k) + (frTexts?.[k] ?? 0);
  lines.push(
    `  ${pad('result link first screen', w)}${lpad(kb(resultLink('raw')), 10)}${lpad(kb(resultLink('gzip')), 10)}${lpad(kb(resultLink('brotli')), 10)}  (the French one + ${frTexts?.file ?? 'no texts file'}, ${kb(frTexts?.gzip ?? 0)} KB gzip, fetched beside the wasm: a start visit too)`,
  );
  const embed = rows.find((r) => r.file === 'embed.js');
  lines.push(
    embed
      ? `  embed.js: ${kb(embed.raw)} KB raw, ${kb(embed.gzip)} KB gzip, ${kb(embed.brotli)} KB brotli`
      : '  embed.js: absent',
  );
  return {
    text: lines.join('\n'),
    rows,
    first,
    enTexts,
    frTexts,
    resultLink: { raw: resultLink('raw'), gzip: resultLink('gzip'), brotli: resultLink('brotli') },
    total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
    english: { raw: english('raw'), gzip: english('gzip'), brotli: english('brotli') },
  };
}

// ------------------------------------------------ static start page (floor)
/**
 * Renders the app's start screen once and writes it as a plain HTML page
 * (same head and CSS, no script) into the served copy of the build (a
 * temporary folder), as static-start.html.
 */
async function makeStaticStart(browser, lib, srv, serveRoot) {
  const rec = await lib.newPage(browser, { locale: 'fr-FR' });
  await rec.page.goto(srv.url);
  await rec.page.locator('#dee-heading').waitFor({ timeout: 20_000 });
  const body = await rec.page.evaluate(() => document.body.outerHTML);
  const lang = await rec.page.evaluate(() => document.documentElement.lang || 'fr');
  const htmlClass = await rec.page.evaluate(() => document.documentElement.className);
  const title = await rec.page.title();
  await rec.close();
  const indexHtml = readFileSync(join(serveRoot, 'index.html'), 'utf8');
  const head = indexHtml.match(/<head>([\s\S]*?)<\/head>/i)[1];
  const keep = [...head.matchAll(/<meta\b[^>]*>|<link\b[^>]*rel="(?:stylesheet|icon)"[^>]*>/gi)].map((m) => m[0]);
  const html = `<!doctype html>
<!-- Written by bench/bench.mjs from the app's rendered start screen: the
     same markup and CSS, no script. The benchmark's physical floor for the
     first paint. -->
<html lang="${lang}"${htmlClass ? ` class="${htmlClass}"` : ''}>
<head>
  ${keep.join('\n  ')}
  <title>${title.replace(/</g, '&lt;')}</title>
</head>
${body.replace(/<script\b[\s\S]*?<\/script>/gi, '')}
</html>
`;
  writeFileSync(join(serveRoot, 'static-start.html'), html);
  return html;
}

// --------------------------------------------------------- 2. first paint
const PAINT_PROBE = () => {
  // paint: when the start screen's heading was first painted. If the heading
  // was already in the document at the first contentful paint (the static
  // page, and the app's prerendered start page), that paint; otherwise the
  // Element Timing of the first heading painted. (Chrome drops the Element
  // Timing entry of a heading removed before its paint is reported, which
  // the app does when it replaces the prerendered page.)
  window.__bench = { inserted: null, frame: null, paint: null, element: null, fcp: null, ready: null };
  const HEADING = 'dee-heading';
  const settle = () => {
    const b = window.__bench;
    if (b.paint !== null) return;
    if (b.fcp !== null && b.inserted !== null && b.inserted <= b.fcp) b.paint = b.fcp;
    else if (b.element !== null) b.paint = b.element;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.identifier === 'bench-heading' && window.__bench.element === null) {
        window.__bench.element = e.renderTime || e.loadTime;
      }
    }
    settle();
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__bench.fcp = e.startTime;
    settle();
  }).observe({ type: 'paint', buffered: true });
  const marked = new WeakSet();
  const seen = () => {
    const h = document.getElementById(HEADING);
    if (!h || marked.has(h)) return;
    marked.add(h);
    h.setAttribute('elementtiming', 'bench-heading');
    if (window.__bench.inserted !== null) return;
    window.__bench.inserted = performance.now();
    requestAnimationFrame(() => {
      window.__bench.frame = performance.now();
    });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  // The app has taken over the page written at build time (it hydrated the
  // start page; src/browser.rs removes the host's data-static once its
  // first screen is rendered): from then on, "Commencer" answers at once.
  // Then the next frame.
  new MutationObserver(() => {
    const host = document.getElementById('deass-eligibility');
    if (window.__bench.ready !== null || !host || host.hasAttribute('data-static')) return;
    const t = performance.now();
    requestAnimationFrame(() => {
      window.__bench.ready = performance.now();
      window.__bench.readyDom = t;
    });
  }).observe(document, { attributes: true, attributeFilter: ['data-static'], subtree: true });
};

async function throttlePage(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/**
 * Median first paint of the app and of the static page, interleaved.
 * `fresh`: a new browser context per load (a first visit). `warm`: one tab
 * per page reloading it (same renderer process; HTTP cache disabled, service
 * workers blocked, so every file is downloaded again; V8's in-process cache
 * of compiled wasm modules still applies).
 */
async function firstPaint(browser, srv, { mode = 'fresh', throttle = false, runs = RUNS } = {}) {
  const CONTEXT = { locale: 'fr-FR', viewport: { width: 375, height: 740 }, serviceWorkers: 'block' };
  const load = async (page, path) => {
    await page.goto(srv.url + path, { waitUntil: 'commit' });
    const app = !path.startsWith('static');
    await page.waitForFunction(
      (app) => window.__bench?.paint !== null && window.__bench?.frame !== null && (!app || window.__bench?.ready !== null),
      app,
      { timeout: 60_000, polling: 20 },
    );
    return page.evaluate(() => window.__bench);
  };
  const tabs = new Map();
  const tab = async (key) => {
    if (mode === 'warm' && tabs.has(key)) return tabs.get(key);
    const context = await browser.newContext(CONTEXT);
    await context.addInitScript(PAINT_PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) await throttlePage(context, page);
    const t = { context, page };
    if (mode === 'warm') tabs.set(key, t);
    return t;
  };
  let n = 0;
  const one = async (path) => {
    const t = await tab(path);
    try {
      // page.goto() to the same address is a real navigation (a new
      // document), never a same-document one. The app's address stays
      // plain: any query makes the page show the waiting page instead of its
      // start screen written at build time (scripts/guard.js). The static
      // page gets a new query each time all the same.
      const url = path === '' ? '' : `${path}${path.includes('?') ? '&' : '?'}bench=${n}`;
      n++;
      return await load(t.page, url);
    } finally {
      if (mode !== 'warm') await t.context.close();
    }
  };
  const STATIC = 'static-start.html';
  try {
    // Warm-up (first renderer, the OS's file cache).
    await one(STATIC);
    await one('');
    const app = [];
    const stat = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, alternating which goes first.
      if (i % 2) {
        app.push(await one(''));
        stat.push(await one(STATIC));
      } else {
        stat.push(await one(STATIC));
        app.push(await one(''));
      }
    }
    const m = (xs, k) => median(xs.map((x) => x[k]));
    return {
      runs,
      app: { paint: m(app, 'paint'), frame: m(app, 'frame'), all: app.map((x) => x.paint), ready: m(app, 'ready'), allReady: app.map((x) => x.ready) },
      static: { paint: m(stat, 'paint'), frame: m(stat, 'frame'), all: stat.map((x) => x.paint) },
    };
  } finally {
    for (const t of tabs.values()) await t.context.close();
  }
}

// --------------------------------------------------------- 3. interaction
// Two of the shared personas (e2e/fixtures.mjs), clicked by their labels on
// the day the end-to-end suite fixes.
const PERSONAS = [SHARED.cdi35h, SHARED.lyceen].map((p) => ({
  name: p.name,
  steps: p.answers.map(([, , pick]) => pick),
}));

/** Clicks the button whose text starts with `label`, timed in the page. */
async function timedClick(page, label) {
  return page.evaluate(
    (label) =>
      new Promise((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(label));
        if (!button) return reject(new Error(`no button ${label}`));
        const heading = () => document.getElementById('dee-heading')?.textContent;
        const old = heading();
        const timer = setTimeout(() => reject(new Error(`no new screen after ${label}`)), 10_000);
        const mo = new MutationObserver(() => {
          if (heading() === old || heading() === undefined) return;
          const dom = performance.now() - t0;
          mo.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
        });
        mo.observe(document.body, { childList: true, subtree: true, characterData: true });
        const t0 = performance.now();
        button.click();
      }),
    label,
  );
}

async function interaction(browser, lib, srv, { rounds = 3 } = {}) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const persona of PERSONAS) {
      const rec = await lib.newPage(browser, { locale: 'fr-FR', viewport: { width: 375, height: 740 } });
      const { page } = rec;
      try {
        await page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
        await page.goto(srv.url);
        await page.locator('#dee-heading').waitFor({ timeout: 20_000 });
        samples.push({ step: 'Commencer', ...(await timedClick(page, 'Commencer')) });
        for (const step of persona.steps) {
          if (typeof step === 'string') await page.getByLabel(step, { exact: true }).check();
          else await page.getByLabel(step.type, { exact: true }).fill(step.value);
          samples.push({ step: 'Continuer', ...(await timedClick(page, 'Continuer')) });
        }
        samples.push({ step: 'Voir le résultat', ...(await timedClick(page, 'Voir le résultat')) });
        const problems = [...rec.pageErrors, ...rec.consoleErrors];
        if (problems.length) throw new Error(`errors during the persona run: ${problems.join(' | ')}`);
      } finally {
        await rec.close();
      }
    }
  }
  const cont = samples.filter((s) => s.step === 'Continuer');
  const res = samples.filter((s) => s.step === 'Voir le résultat');
  const p = (xs, k) => ({ median: median(xs.map((x) => x[k])), max: Math.max(...xs.map((x) => x[k])) });
  return {
    n: samples.length,
    all: { dom: p(samples, 'dom'), frame: p(samples, 'frame') },
    cont: { n: cont.length, dom: p(cont, 'dom'), frame: p(cont, 'frame') },
    result: { n: res.length, dom: p(res, 'dom'), frame: p(res, 'frame') },
  };
}

// ------------------------------------------------------------ byte budget
/**
 * The byte budget (a ratchet): the first screen's total and embed.js, gzip
 * -9, against `file` (bench/budget.json). Prints the table; returns false
 * when a size is over its budget, or when a budget is above every value a
 * CHANGELOG.md line announced ("byte budget … first screen N KB …
 * embed.js N KB"): lowering the budget is always allowed, raising it needs
 * a CHANGELOG line saying what the bytes buy.
 */
function checkBudget(s, file) {
  const budget = JSON.parse(readFileSync(file, 'utf8'));
  const kind = (f) =>
    f === 'index.html' ? 'html' : f.endsWith('.css') ? 'css' : f.endsWith('.wasm') ? 'wasm'
      : /^guard-/.test(f) ? 'guard' : /^loader-/.test(f) ? 'loader' : f.endsWith('.js') ? 'js (wasm-bindgen glue)' : 'other';
  const lines = [`byte budget (${file}; gzip -9 bytes, KB = 1000 bytes):`];
  const w = 26;
  lines.push(`  ${pad('part', w)}${lpad('file', 44)}${lpad('gzip', 10)}`);
  for (const r of [...s.first].sort((a, b) => a.gzip - b.gzip)) lines.push(`  ${pad(kind(r.file), w)}${lpad(r.file, 44)}${lpad(r.gzip, 10)}`);
  const embed = s.rows.find((r) => r.file === 'embed.js');
  const checks = [
    ['first screen, total', s.total.gzip, budget.first_screen_gzip],
    ['embed.js', embed?.gzip ?? Infinity, budget.embed_js_gzip],
  ];
  let ok = true;
  for (const [what, size, max] of checks) {
    const fits = Number.isFinite(max) && size <= max;
    ok &&= fits;
    lines.push(`  ${pad(what, w)}${lpad(`budget ${max}`, 44)}${lpad(size, 10)}  ${fits ? `ok (${max - size} bytes left)` : `OVER by ${size - max} bytes`}`);
  }
  // The ratchet: the largest budget the CHANGELOG announced.
  const log = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').split('\n').filter((l) => /byte budget/i.test(l));
  const announced = (re) => Math.max(0, ...log.flatMap((l) => [...l.matchAll(re)].map((m) => Math.round(Number(m[1]) * 1000))));
  const firstMax = announced(/first screen[^0-9]*([0-9]+(?:\.[0-9]+)?) KB/gi);
  const embedMax = announced(/embed\.js[^0-9]*([0-9]+(?:\.[0-9]+)?) KB/gi);
  for (const [what, value, max] of [
    ['first screen', budget.first_screen_gzip, firstMax],
    ['embed.js', budget.embed_js_gzip, embedMax],
  ]) {
    if (value > max) {
      ok = false;
      lines.push(`  the ${what} budget (${value} bytes) is above what CHANGELOG.md announced (${max} bytes): raising it needs a line there ("byte budget: ${what} ${kb(value)} KB gzip", and what the bytes buy)`);
    }
  }
  lines.push(
    `  ${pad('English first screen', w)}${lpad(`+ ${s.enTexts?.file ?? 'no texts file'}`, 44)}${lpad(s.english.gzip, 10)}  (not budgeted: the French first screen is)`,
  );
  lines.push(
    `  ${pad('start visit, result link', w)}${lpad(`+ ${s.frTexts?.file ?? 'no texts file'}`, 44)}${lpad(s.resultLink.gzip, 10)}  (not budgeted: the first screen is; node bench/slow-phone.mjs counts a visit on the network)`,
  );
  lines.push(ok ? '  within budget' : '  OVER BUDGET');
  return { ok, text: lines.join('\n') };
}

// ------------------------------------------------------------------ main
function machine() {
  const c = cpus();
  let chromium = '';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {}
  let os = '';
  try {
    os = readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]+)"/)?.[1] ?? '';
  } catch {}
  return `${c.length} x ${c[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${os}, node ${process.version}, ${chromium}`;
}
const load = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`machine: ${machine()}`);
if (BROWSER) console.log(`before: ${load()} (the timings are noisy when other work runs: compare within a run)`);
const s = sizes();
console.log(s.text);
if (BUDGET) {
  const b = checkBudget(s, resolve(BUDGET));
  console.log(`\n${b.text}`);
  if (!b.ok) process.exit(1);
}

if (BROWSER) {
  const lib = await import('../e2e/lib.mjs');
  // Serve a copy of the build plus the static page, with the strict CSP, as
  // the e2e suite does.
  const root = mkdtempSync(join(tmpdir(), 'dee-bench-'));
  cpSync(DIST, root, { recursive: true });
  // gzip level 6 and the strict CSP, as the deployment's nginx (deploy/).
  const srv = await lib.serveDist({ root, csp: lib.STRICT_CSP, compress: 'gzip' });
  const browser = await lib.launchBrowser();
  try {
    await makeStaticStart(browser, lib, srv, root);
    const report = (title, fp) => {
      console.log(`\nfirst paint, ${title} (navigation start -> start-screen heading painted: first contentful paint or Element Timing; median of ${fp.runs}, interleaved):`);
      console.log(`  static page (floor): ${ms(fp.static.paint)}   (first frame after insertion: ${ms(fp.static.frame)})`);
      console.log(`  app:                 ${ms(fp.app.paint)}   (first frame after insertion: ${ms(fp.app.frame)})`);
      console.log(`  ratio app / static:  ${(fp.app.paint / fp.static.paint).toFixed(2)}   (target <= 1.5)`);
      console.log(`  runs, static: ${fp.static.all.map((x) => x.toFixed(0)).join(' ')}`);
      console.log(`  runs, app:    ${fp.app.all.map((x) => x.toFixed(0)).join(' ')}`);
      console.log(`  app started (its own start screen rendered over the prerendered one, next frame): median ${ms(fp.app.ready)}`);
      console.log(`  runs, app started: ${fp.app.allReady.map((x) => x.toFixed(0)).join(' ')}`);
    };
    report('first visit: a new browser context for each load', await firstPaint(browser, srv, { mode: 'fresh' }));
    report('reload in the same tab (files fetched again, but V8 reuses the compiled wasm in-process)', await firstPaint(browser, srv, { mode: 'warm' }));
    if (THROTTLE) {
      report('slow mobile (150 ms RTT, 1.6 Mbit/s, CPU / 4), same tab', await firstPaint(browser, srv, { mode: 'warm', throttle: true, runs: 9 }));
    }
    const it = await interaction(browser, lib, srv);
    console.log(`\ninteraction (click -> next screen's heading in the DOM / next frame; ${it.n} clicks over 3 x ${PERSONAS.length} persona runs):`);
    console.log(`  "Continuer" (${it.cont.n}):       median ${ms(it.cont.dom.median)} / ${ms(it.cont.frame.median)}, worst ${ms(it.cont.dom.max)} / ${ms(it.cont.frame.max)}   (target <= 16 ms median)`);
    console.log(`  "Voir le résultat" (${it.result.n}): median ${ms(it.result.dom.median)} / ${ms(it.result.frame.median)}, worst ${ms(it.result.dom.max)} / ${ms(it.result.frame.max)}`);
    console.log(`  every click:            median ${ms(it.all.dom.median)} / ${ms(it.all.frame.median)}`);
  } finally {
    await browser.close();
    await srv.close();
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`after: ${load()}`);
}
