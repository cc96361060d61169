// Lighthouse on the widget's entries, as a webmaster would run PageSpeed on
// the deployed widget (run by scripts/bench.sh --lighthouse; not a test).
//
//   node bench/lighthouse.mjs [--dist DIR] [--runs N]
//
// Lighthouse (npm, bench/package.json) drives Debian's Chromium with its
// default mobile preset (simulated throttling: 150 ms RTT, 1.6 Mbit/s, CPU
// ÷ 4; a 412 x 823 phone screen), on the entries of e2e/fixtures.mjs. The build is served as the deployment
// serves it: gzip and the strict Content-Security-Policy (e2e/lib.mjs's
// serveDist). Each entry is opened in a French and in an English browser
// (--lang, --accept-lang). With --runs N, each cell is the median
// performance run of N. Prints a Markdown table (also written to
// target/bench/lighthouse.md) for docs/performance.md.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ENTRIES } from '../e2e/fixtures.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const DIST = resolve(opt('--dist', join(ROOT, 'dist')));
const RUNS = Math.max(1, Number(opt('--runs', 1)));
const LH = join(BENCH_DIR, 'node_modules', '.bin', 'lighthouse');

// The entries a visitor lands on, shared with the end-to-end suites.
// --only NAME: one entry (e.g. --only 'result link'), for a quick check.
const LIGHTHOUSE_ENTRIES = ENTRIES.filter(([name]) => !opt('--only') || name === opt('--only'));
const LANGS = [
  ['fr', 'fr-FR'],
  ['en', 'en-US'],
];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

async function run(url, locale) {
  const dir = mkdtempSync(join(tmpdir(), 'dee-lh-'));
  const out = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      LH,
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${[...CHROME_FLAGS, `--lang=${locale}`, `--accept-lang=${locale}`].join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, maxBuffer: 64 << 20 },
    );
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const a = r.audits;
    const failed = (cat) =>
      r.categories[cat].auditRefs
        .filter((ref) => ref.weight > 0 && a[ref.id]?.score !== null && a[ref.id]?.score < 1)
        .map((ref) => ref.id);
    return {
      perf: r.categories.performance.score,
      a11y: r.categories.accessibility.score,
      bp: r.categories['best-practices'].score,
      cls: a['cumulative-layout-shift'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      notes: [...failed('accessibility'), ...failed('best-practices')],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lib = await import('../e2e/lib.mjs');
const root = mkdtempSync(join(tmpdir(), 'dee-lh-site-'));
cpSync(DIST, root, { recursive: true });
const srv = await lib.serveDist({ root, csp: lib.STRICT_CSP, compress: 'gzip' });
const rows = [];
try {
  for (const [name, path] of LIGHTHOUSE_ENTRIES) {
    for (const [lang, locale] of LANGS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(srv.url + path, locale));
      runs.sort((x, y) => x.perf - y.perf);
      const r = runs[runs.length >> 1];
      rows.push({ name, lang, ...r });
      console.log(
        `${name} (${lang}): performance ${r.perf}, accessibility ${r.a11y}, best practices ${r.bp}, CLS ${r.cls.toFixed(4)}, ` +
          `FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, TBT ${r.tbt.toFixed(0)} ms${r.notes.length ? `; below 1: ${r.notes.join(', ')}` : ''}`,
      );
    }
  }
} finally {
  await srv.close();
  rmSync(root, { recursive: true, force: true });
}
const table = [
  '| entry | browser | performance | accessibility | best practices | CLS | FCP | LCP | TBT |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.lang === 'fr' ? 'French' : 'English'} | ${r.perf.toFixed(2)} | ${r.a11y.toFixed(2)} | ${r.bp.toFixed(2)} | ${r.cls.toFixed(3)} | ${(r.fcp / 1000).toFixed(1)} s | ${(r.lcp / 1000).toFixed(1)} s | ${r.tbt.toFixed(0)} ms |`,
  ),
].join('\n');
console.log(`\n${table}`);
// Issue 21's targets: every entry at 0.98 or more, and the result link (what
// partner pages, counsellors and the QR code open) under 100 ms of blocking.
const targets = rows.every(
  (r) => r.perf >= 0.98 && r.a11y === 1 && r.bp === 1 && r.cls < 0.01 && (r.name !== 'result link' || r.tbt < 100),
);
console.log(
  `\ntargets (performance >= 0.98, accessibility 1, best practices 1, CLS < 0.01 on every entry; result link TBT < 100 ms): ${targets ? 'met' : 'NOT met'}`,
);
mkdirSync(join(ROOT, 'target', 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'target', 'bench', 'lighthouse.md'), `${table}\n`);
