// English on demand (issue 21): the wasm carries the French texts only; the
// English ones are a file of their own (texts-en-HASH.txt, fetched by the
// guard with its SRI hash: scripts/guard.js, src/browser.rs `with_texts`). A French visit never downloads it; an English visit gets it
// before the first render; the language switch loads it, then switches; the
// offline worker has it too (it precaches every file of the build once the
// page is up: those requests are the worker's, not the page's). Under the
// strict CSP, without any error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AFTER_ORALS, at, newPage, reloadOffline, servedApp } from './lib.mjs';

const app = servedApp();
const TEXTS = /\/texts-en-[0-9a-f]+\.txt$/;
const RESULT = '?diplome=titre4&annee_bac=aucun&situation=csp&contrat=aucun&blocs=aucun';

const started = (page) =>
  page.waitForFunction(
    () => window.wasmBindings && !document.getElementById('deass-eligibility').hasAttribute('data-static'),
  );

/** The page's own requests for the English texts (not the worker's precache). */
const textRequests = (page) => {
  const seen = [];
  page.on('request', (req) => {
    if (TEXTS.test(req.url())) seen.push(req.url());
  });
  return seen;
};

const clean = (rec) => {
  const problems = [...rec.pageErrors, ...rec.consoleErrors, ...rec.failedRequests, ...rec.failedResponses];
  assert.deepEqual(problems, [], problems.join('\n'));
};

for (const [what, path] of [
  ['the start page', ''],
  ['a result link', RESULT],
]) {
  test(`a French visit (${what}) downloads no English texts; the switch loads them, then shows English`, async () => {
    const rec = await newPage(app.browser, { locale: 'fr-FR' });
    await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
    const texts = textRequests(rec.page);
    await rec.page.goto(app.server.url + path);
    await started(rec.page);
    await rec.page.waitForLoadState('networkidle');
    assert.deepEqual(texts, [], 'no English texts for a French visit');
    const frenchH1 = await rec.page.locator('h1').textContent();
    await rec.page.locator('a.dee-lang').click();
    await rec.page.waitForFunction(() => document.documentElement.lang === 'en');
    const h1 = await rec.page.locator('h1').textContent();
    assert.notEqual(h1, frenchH1, 'the heading is in English now');
    assert.match(await rec.page.locator('.dee-lang').textContent(), /Français/);
    assert.equal(texts.length, 1, 'the English texts, once');
    assert.match(new URL(rec.page.url()).search, /lang=en/);
    clean(rec);
    await rec.close();
  });
}

test('an English visit fetches the English texts once, with the wasm, and renders in English', async () => {
  const rec = await newPage(app.browser, { locale: 'en-GB' });
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const texts = textRequests(rec.page);
  await rec.page.goto(app.server.url + RESULT);
  await started(rec.page);
  assert.equal(await rec.page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await rec.page.locator('h1').textContent(), /[Yy]our/);
  assert.equal(texts.length, 1, 'the English texts, once');
  clean(rec);
  await rec.close();
});

test('offline: the worker has the English texts too (a French visit, then English offline)', async () => {
  const rec = await newPage(app.browser, { locale: 'fr-FR' });
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const { page, context } = rec;
  await reloadOffline(page, context, app.server.url);
  await started(page);
  await page.locator('a.dee-lang').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForFunction(() => /highest/.test(document.querySelector('h1')?.textContent ?? ''));
  await context.setOffline(false);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

// The French texts the start page does not show are a file too
// (texts-fr-HASH.txt): the wasm carries the start page's only.
const FR_TEXTS = /\/texts-fr-[0-9a-f]+\.txt$/;
const frRequests = (page) => {
  const seen = [];
  page.on('request', (req) => {
    if (FR_TEXTS.test(req.url())) seen.push(req.url());
  });
  return seen;
};

test('the French start page loads the rest of its texts once (with the wasm); "Commencer" then shows the first question', async () => {
  const rec = await newPage(app.browser, { locale: 'fr-FR' });
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const texts = frRequests(rec.page);
  await rec.page.goto(app.server.url);
  await started(rec.page);
  await rec.page.waitForLoadState('networkidle');
  assert.equal(texts.length, 1, 'the rest of the French texts, once');
  await rec.page.locator('.dee-button--start').click();
  await rec.page.waitForSelector('fieldset legend');
  assert.notEqual((await rec.page.locator('legend').textContent()).trim(), '', 'the question has its text');
  assert.equal(texts.length, 1);
  clean(rec);
  await rec.close();
});

test('a French result link fetches the rest of the texts with the wasm and renders them', async () => {
  const rec = await newPage(app.browser, { locale: 'fr-FR' });
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const texts = frRequests(rec.page);
  await rec.page.goto(app.server.url + RESULT);
  await started(rec.page);
  assert.equal(texts.length, 1, 'the French texts, once');
  assert.match(await rec.page.locator('h1').textContent(), /\S/);
  clean(rec);
  await rec.close();
});

test('the French texts cannot be loaded: a result link says the simulator did not load; the start page stays and says so on "Commencer"', async () => {
  for (const [path, act] of [
    [RESULT, async () => {}],
    ['', async (page) => page.locator('.dee-button--start').click()],
  ]) {
    // No offline worker: its precache would answer in place of the network.
    const rec = await newPage(app.browser, { locale: 'fr-FR', serviceWorkers: 'block' });
    await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
    await rec.page.route(FR_TEXTS, (route) => route.abort());
    await rec.page.goto(app.server.url + path);
    await rec.page.waitForFunction(() => window.wasmBindings);
    await act(rec.page);
    await rec.page.waitForFunction(() => /ne s'est pas chargé/.test(document.body.textContent));
    if (path === '') assert.equal(await rec.page.locator('.dee-start h1').count(), 1, 'the start page stays');
    assert.deepEqual(rec.pageErrors, []);
    await rec.close();
  }
});

// No dead time (issue 30): the texts file is requested while the wasm is
// still downloading (the guard starts it as the page is parsed, with its SRI
// hash: scripts/guard.js), never after it.
for (const [what, path, locale, file] of [
  ['the French start page', '', 'fr-FR', FR_TEXTS],
  ['a French result link', RESULT, 'fr-FR', FR_TEXTS],
  ['the English start page', '', 'en-GB', TEXTS],
  ['an English result link', RESULT, 'en-GB', TEXTS],
]) {
  test(`${what}: the texts are requested beside the wasm, not after it`, async () => {
    const rec = await newPage(app.browser, { locale });
    await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
    let asked;
    const textsAsked = new Promise((resolve) => (asked = resolve));
    rec.page.on('request', (req) => file.test(req.url()) && asked(true));
    let heldUntilTexts = null;
    // The wasm is held until the texts are asked for (or 5 s have passed).
    await rec.page.route(/\.wasm$/, async (route) => {
      heldUntilTexts = await Promise.race([textsAsked, new Promise((r) => setTimeout(() => r(false), 5000))]);
      await route.continue();
    });
    await rec.page.goto(app.server.url + path);
    await started(rec.page);
    assert.equal(heldUntilTexts, true, 'the texts were requested while the wasm was still on its way');
    clean(rec);
    await rec.close();
  });
}

/**
 * Records, from a tap on "Commencer" until the question is on screen, every
 * animation frame that shows neither a status (`.dee-loading`, with its
 * text, laid out) nor the question: `window.__dead` (times, ms).
 */
const FRAME_WATCH = () => {
  window.__dead = [];
  const answered = () =>
    !!document.querySelector('fieldset legend') ||
    [...document.querySelectorAll('.dee-loading')].some((e) => e.textContent.trim() && e.getClientRects().length);
  const tick = () => {
    if (window.__tapped !== undefined && !answered()) window.__dead.push(performance.now() - window.__tapped);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener(
    'click',
    (e) => e.target.closest?.('.dee-button--start') && (window.__tapped ??= performance.now()),
    true,
  );
};

/** Holds the requests matching `re` until `release()`. */
const hold = async (page, re) => {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(re, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
};

const LOADING = 'Chargement du simulateur…';

for (const early of [false, true]) {
  test(`a tap on "Commencer" ${early ? 'before the wasm has arrived' : 'once the app is up'} is answered by a status until the question is on screen (slow texts)`, async () => {
    const rec = await newPage(app.browser, { locale: 'fr-FR', viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });
    const { page } = rec;
    await page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
    await page.addInitScript(FRAME_WATCH);
    const releaseTexts = await hold(page, FR_TEXTS);
    const releaseWasm = early ? await hold(page, /\.wasm$/) : () => {};
    await page.goto(app.server.url, { waitUntil: 'domcontentloaded' });
    if (!early) await started(page);
    await page.locator('.dee-button--start').click();
    assert.equal(await page.getByRole('status').textContent(), LOADING, 'the tap is answered at once');
    releaseWasm();
    await started(page);
    // The app is up, the texts are not here yet: the status is still shown.
    assert.equal(await page.getByRole('status').textContent(), LOADING, 'still loading, and saying so');
    assert.equal(await page.locator('.dee-start h1').count(), 1);
    releaseTexts();
    await page.waitForSelector('fieldset legend');
    assert.equal(await page.locator('.dee-loading').count(), 0, 'the status is gone with the start page');
    // A few frames more, then no frame without feedback since the tap.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await page.evaluate(() => window.__dead), [], 'every frame since the tap showed a status or the question');
    clean(rec);
    await rec.close();
  });
}

test('the French texts fail: "Commencer" says so with the phone as a tel: link, and a new tap tries again once the network is back', async () => {
  // No offline worker: its precache would answer in place of the network.
  const rec = await newPage(app.browser, { locale: 'fr-FR', serviceWorkers: 'block' });
  const { page } = rec;
  await page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const texts = frRequests(page);
  let down = true;
  await page.route(FR_TEXTS, (route) => (down ? route.abort() : route.continue()));
  await page.goto(app.server.url);
  await started(page);
  const failed = async () => {
    await page.waitForFunction(() => /ne s'est pas chargé/.test(document.querySelector('.dee-loading')?.textContent));
    const message = page.locator('.dee-start .dee-loading');
    assert.match(await message.textContent(), /ne s'est pas chargé.* au 02 31 54 42 08\.$/);
    assert.match(await message.locator('a').getAttribute('href'), /^tel:\+33/, 'the number calls');
    assert.equal(await page.locator('.dee-start h1').count(), 1, 'the start page stays');
  };
  await page.locator('.dee-button--start').click();
  await failed();
  // Still down: a new tap tries again, and says so again.
  const before = texts.length;
  await page.locator('.dee-button--start').click();
  await failed();
  assert.ok(texts.length > before, 'a new request for the texts');
  assert.equal(await page.locator('.dee-loading').count(), 1, 'one message, not one per tap');
  // The network is back: the next tap shows the question.
  down = false;
  await page.locator('.dee-button--start').click();
  await page.waitForSelector('fieldset legend');
  assert.notEqual((await page.locator('legend').textContent()).trim(), '', 'the question has its text');
  assert.equal(await page.locator('.dee-loading').count(), 0);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});
