// No layout shift on any entry (docs/performance.md): the start page, a
// question link, a result link, an error link, and each mode (embed,
// presentation, kiosk), in a French and an English browser, on a phone and
// a desktop screen. The wasm is held back (the page that was written at
// build time is painted, as on a slow connection), then released; a
// PerformanceObserver sums every layout shift from the first paint until the
// app has started and painted its first screen. Not a timing: the sum must
// stay below 0.01 (Google's "good" is 0.1).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSlow, servedApp, at, AFTER_ORALS, ENTRIES } from './lib.mjs';

const app = servedApp();

const LIMIT = 0.01;

const OBSERVE = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value,
        input: e.hadRecentInput,
        at: e.startTime,
        sources: (e.sources ?? []).map((s) => {
          const n = s.node;
          const what = n ? `${n.nodeName.toLowerCase()}${n.id ? '#' + n.id : ''}${n.className?.baseVal === undefined && n.className ? '.' + String(n.className).split(' ').join('.') : ''}` : '?';
          return `${what} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

const frames = (page, n = 3) =>
  page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
        step(n);
      }),
    n,
  );

for (const viewport of [
  { width: 412, height: 823 }, // Lighthouse's phone
  { width: 1280, height: 800 },
]) {
  for (const locale of ['fr-FR', 'en-US']) {
    test(`no layout shift on any entry, ${locale}, ${viewport.width}x${viewport.height}`, async () => {
      const report = [];
      for (const [name, path] of ENTRIES) {
        // A fixed day, one intake open to everyone: the result link shows a result.
        const rec = await openSlow(app.server, app.browser, path, { locale, viewport, init: OBSERVE, clock: new Date(at(AFTER_ORALS)) });
        const { page } = rec;
        try {
          await page.waitForLoadState('load').catch(() => {});
          await frames(page);
          const painted = await page.evaluate(() => document.getElementById('deass-eligibility').getAttribute('data-static'));
          assert.ok(painted, `${name}: the page written at build time is shown (data-static)`);
          rec.release();
          await page.waitForFunction(
            () => window.wasmBindings && !document.getElementById('deass-eligibility').hasAttribute('data-static') && document.querySelector('h1'),
          );
          await frames(page, 5);
          await page.waitForTimeout(200);
          const shifts = await page.evaluate(() => window.__shifts);
          const total = shifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0);
          report.push(`${name}: ${total.toFixed(4)}`);
          assert.ok(
            total < LIMIT,
            `${name} (${path || 'no query'}), ${locale} ${viewport.width}px: cumulative layout shift ${total.toFixed(4)} >= ${LIMIT}\n` +
              shifts.map((s) => `  ${s.value.toFixed(4)} at ${s.at.toFixed(0)} ms: ${s.sources.join('; ')}`).join('\n'),
          );
          const problems = [...rec.pageErrors, ...rec.consoleErrors];
          assert.deepEqual(problems, [], problems.join('\n'));
        } finally {
          await rec.close();
        }
      }
      console.log(`layout shift, ${locale} ${viewport.width}x${viewport.height}: ${report.join(', ')}`);
    });
  }
}
