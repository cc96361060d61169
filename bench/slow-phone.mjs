// The app as a person on a slow phone meets it (issue 30). Not a test: it
// times things, and is run by hand or by scripts/bench.sh.
//
//   node bench/slow-phone.mjs [--dist DIR] [--runs N] [--lang fr|en] [--json FILE]
//
// 1. Bytes of a visit, measured on the network: a start-page visit (until
//    the page is quiet, without any click) and a result-link visit, each in
//    a new browser context with the HTTP cache off and service workers
//    blocked (the worker's precache is not the visit's). Every file the page
//    requested is counted at its gzip -9 size (`gzip -9`, as
//    bench/budget.json counts); the list is printed.
// 2. Tap "Commencer" as soon as it is on screen, on a slow phone: Chrome's own
//    throttling through the DevTools protocol, 400 ms latency, 50 kB/s down
//    and up, CPU 4x slower; the files served gzip-compressed (level 6) with
//    the strict CSP, as the deployment's nginx does. An init script clicks
//    the button in the task after the frame that first painted it (a person
//    cannot tap sooner), then records every animation frame until the first
//    question is painted (a tap before the page's guard script has run
//    submits the start page's form: the question then comes in the next
//    document, and the probe keeps its times across it). Reported, median
//    of N runs (a new browser context each, a first visit):
//    - "Commencer" on screen: navigation start -> its first frame;
//    - tap -> question: the tap -> the first frame with the question's legend;
//    - longest stretch without feedback: between the tap and the question,
//      the longest time the screen showed neither a status (`.dee-loading`,
//      with its text) nor the question: from the tap (or from the first
//      frame without feedback) to the next frame with one. Under a busy
//      main thread no frame is drawn and the screen keeps the last one.
//
// Targets (issue 30): tap -> question <= 1.5 s (median); never more than
// 0.3 s after the tap without a visible status.

import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const DIST = resolve(opt('--dist', join(ROOT, 'dist')));
const RUNS = Math.max(3, Number(opt('--runs', 7)));
const LANG = opt('--lang', 'fr');
const JSON_OUT = opt('--json', null);
// A result link of the end-to-end suite (e2e/lang-on-demand.test.mjs).
const RESULT = '?diplome=titre4&annee_bac=aucun&situation=csp&contrat=aucun&blocs=aucun';
export const PROFILE = { latency: 400, bytesPerSecond: 50_000, cpu: 4 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gz = (b) => gzipSync(b, { level: 9 }).length;

/** A new first-visit context: no HTTP cache, no service worker. */
async function visitContext(browser, { throttle = false } = {}) {
  const context = await browser.newContext({
    locale: LANG === 'en' ? 'en-GB' : 'fr-FR',
    viewport: { width: 375, height: 740 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latency,
      downloadThroughput: PROFILE.bytesPerSecond,
      uploadThroughput: PROFILE.bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  }
  return { context, page };
}

// ------------------------------------------------------------ 1. bytes
/** The files a visit of `path` downloads (same origin), gzip -9 each. */
async function visitBytes(browser, srv, path) {
  const { context, page } = await visitContext(browser);
  const files = new Map();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin !== srv.origin || res.status() !== 200) return;
    const name = url.pathname === '/' ? 'index.html' : basename(url.pathname);
    const file = join(DIST, name);
    if (existsSync(file)) files.set(name, gz(readFileSync(file)));
  });
  try {
    await page.goto(srv.url + path);
    await page.waitForFunction(
      () => window.wasmBindings && !document.getElementById('deass-eligibility')?.hasAttribute('data-static'),
      null,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    // What the app fetches once idle (the next screen's files, if any).
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const list = [...files].sort((a, b) => b[1] - a[1]);
  return { total: list.reduce((s, [, n]) => s + n, 0), files: list };
}

// ------------------------------------------------------ 2. slow phone
const TAP_PROBE = () => {
  // Times on one clock across documents: a tap before the guard has run
  // submits the start page's form, and the question comes in the next
  // document (the probe's state is carried over in sessionStorage).
  const clock = () => performance.timeOrigin + performance.now();
  const saved = sessionStorage.getItem('__phone');
  const t = (window.__phone = saved
    ? { ...JSON.parse(saved), loads: JSON.parse(saved).loads + 1 }
    : { origin: performance.timeOrigin, visible: null, tap: null, question: null, frames: [], taps: [], loads: 1 });
  addEventListener('pagehide', () => sessionStorage.setItem('__phone', JSON.stringify(t)));
  const host = () => document.getElementById('deass-eligibility');
  // One tap: when and what had run by then (the guard marks the host).
  const tap = (button) => {
    const now = clock();
    t.tap ??= now;
    t.taps.push({ at: now, guard: !!host()?.hasAttribute('data-static') || !!window.wasmBindings });
    button.click();
  };
  const question = () => !!document.querySelector('fieldset legend');
  const status = () =>
    [...document.querySelectorAll('.dee-loading')].some((e) => e.textContent.trim() && e.getClientRects().length);
  const frame = () => {
    const now = clock();
    const button = document.querySelector('.dee-button--start');
    if (t.visible === null && button && button.getClientRects().length) {
      // This frame paints it; the tap comes in the task after.
      t.visible = now;
      setTimeout(() => tap(button), 0);
    }
    if (t.tap !== null) {
      const feedback = question() || status();
      t.frames.push([now, feedback]);
      if (question()) {
        t.question = now;
        return;
      }
      // A tap that nothing answered for 2 s: a person taps again.
      const last = t.taps[t.taps.length - 1].at;
      const answered = t.frames.some(([at, f]) => at >= last && f);
      const current = document.querySelector('.dee-button--start');
      if (!answered && now - last > 2000 && current) tap(current);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** The longest time, from the tap to the question, with no feedback painted. */
function longestDeadTime({ tap, frames }) {
  let longest = 0;
  let since = tap; // no feedback on screen since…
  for (const [time, feedback] of frames) {
    if (feedback) {
      if (since !== null) longest = Math.max(longest, time - since);
      since = null;
    } else if (since === null) since = time;
  }
  return longest;
}

async function slowPhoneRun(browser, srv) {
  const { context, page } = await visitContext(browser, { throttle: true });
  try {
    await page.addInitScript(TAP_PROBE);
    await page.goto(srv.url + (LANG === 'en' ? '?lang=en' : ''), { waitUntil: 'commit' });
    // Polled by hand: a page load (the form) ends a waitForFunction.
    const until = Date.now() + 120_000;
    let r = null;
    while (!(r?.question > 0) && Date.now() < until) {
      await page.waitForTimeout(100);
      r = await page.evaluate(() => window.__phone).catch(() => null);
    }
    if (!(r?.question > 0)) throw new Error('slow phone: the question never came');
    return { visible: r.visible - r.origin, tapToQuestion: r.question - r.tap, dead: longestDeadTime(r), taps: r.taps, loads: r.loads };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ main
const lib = await import('../e2e/lib.mjs');
const srv = await lib.serveDist({ root: DIST, csp: lib.STRICT_CSP, compress: 'gzip' });
const browser = await lib.launchBrowser();
const out = { date: new Date().toISOString(), dist: DIST, profile: PROFILE, lang: LANG };
try {
  console.log(`bytes of a visit (${DIST}; every file requested, gzip -9; no click, service workers blocked):`);
  for (const [what, path] of [
    ['start page', ''],
    ['result link', RESULT],
  ]) {
    const v = await visitBytes(browser, srv, path);
    out[what] = v;
    console.log(`  ${what}: ${v.total} bytes`);
    for (const [f, n] of v.files) console.log(`    ${String(n).padStart(8)}  ${f}`);
  }
  console.log(
    `\nslow phone (${PROFILE.latency} ms latency, ${PROFILE.bytesPerSecond / 1000} kB/s, CPU x${PROFILE.cpu}; ${LANG}; tap "Commencer" as soon as painted; ${RUNS} runs):`,
  );
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await slowPhoneRun(browser, srv);
    runs.push(r);
    console.log(
      `  run ${i + 1}: on screen ${r.visible.toFixed(0)} ms, tap -> question ${r.tapToQuestion.toFixed(0)} ms, longest without feedback ${r.dead.toFixed(0)} ms` +
        (r.taps.length > 1 ? ` (${r.taps.length} taps: the first one was lost${r.taps[0].guard ? '' : ', before the guard had run'})` : '') +
        (r.loads > 1 ? ' (tapped before the guard had run: the form opened the question by a page load)' : ''),
    );
  }
  const m = (k) => median(runs.map((r) => r[k]));
  out.slowPhone = { runs, visible: m('visible'), tapToQuestion: m('tapToQuestion'), dead: m('dead'), deadMax: Math.max(...runs.map((r) => r.dead)) };
  console.log(`  median: "Commencer" on screen ${m('visible').toFixed(0)} ms; tap -> question ${m('tapToQuestion').toFixed(0)} ms (target <= 1500)`);
  console.log(`  longest stretch without feedback: median ${m('dead').toFixed(0)} ms, worst ${out.slowPhone.deadMax.toFixed(0)} ms (target <= 300)`);
} finally {
  await browser.close();
  await srv.close();
}
if (JSON_OUT) {
  mkdirSync(dirname(resolve(JSON_OUT)), { recursive: true });
  writeFileSync(JSON_OUT, JSON.stringify(out, null, 2));
}
