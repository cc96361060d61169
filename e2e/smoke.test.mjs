// Smoke test of the built app (dist/): it loads, renders, stays on 127.0.0.1
// and has no serious/critical accessibility violation.
// Run: node --test e2e/   (after `trunk build --release`)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  artifactPath,
  axeScan,
  formatViolations,
  newPage,
  servedApp,
  trackAppStart,
} from './lib.mjs';

const app = servedApp();

test('the app loads, renders its h1, stays local and passes axe', async () => {
  const s = await newPage(app.browser, { viewport: { width: 1280, height: 800 } });
  try {
    await trackAppStart(s.page);
    const response = await s.page.goto(app.server.url, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, 'GET / should answer 200');

    // The wasm app replaces the loading shell: wait until trunk has started it,
    // then for its heading.
    await s.page.waitForFunction(() => window.__appStarted === true, null, { timeout: 20_000 });
    await s.page.locator('h1').first().waitFor({ state: 'visible', timeout: 20_000 });

    await s.page.screenshot({ path: artifactPath('smoke.png'), fullPage: true });

    assert.deepEqual(s.pageErrors, [], 'no uncaught error in the page');
    assert.deepEqual(s.consoleErrors, [], 'no console error');
    assert.deepEqual(s.failedResponses, [], 'no failed response');
    assert.deepEqual(s.foreignRequests(), [], 'no request leaves 127.0.0.1');

    const violations = await axeScan(s.page);
    assert.equal(violations.length, 0, `axe serious/critical violations:\n${formatViolations(violations)}`);
  } finally {
    await s.close();
  }
});

test('the static server sends wasm as application/wasm', async () => {
  const index = await (await fetch(app.server.url)).text();
  const wasm = index.match(/["']([^"']+\.wasm)["']/)?.[1];
  assert.ok(wasm, 'index.html references a .wasm file');
  const res = await fetch(new URL(wasm, app.server.url));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/wasm');
});
