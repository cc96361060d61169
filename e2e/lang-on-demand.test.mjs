// English on demand (issue 21): the wasm carries the French texts only; the
// English ones are a file of their own (texts-en-HASH.txt, fetched by the
// loader with its SRI hash: scripts/csp-loader.mjs, src/browser.rs
// `with_texts`). A French visit never downloads it; an English visit gets it
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

test('the French start page loads the rest of its texts once it is up; "Commencer" then shows the first question', async () => {
  const rec = await newPage(app.browser, { locale: 'fr-FR' });
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const texts = frRequests(rec.page);
  await rec.page.goto(app.server.url);
  await started(rec.page);
  await rec.page.waitForLoadState('networkidle');
  assert.equal(texts.length, 1, 'the rest of the French texts, once, after the start page');
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
    const rec = await newPage(app.browser, { locale: 'fr-FR' });
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
