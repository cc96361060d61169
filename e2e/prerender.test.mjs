// The start page written into index.html at build time (scripts/prerender.mjs,
// src/prerender.rs): shown before the WebAssembly has arrived, replaced by the
// app without losing a click or the keyboard focus, and never shown when the
// link asks for something else. Each test holds the wasm back until it has
// looked at the page, as a slow connection would.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactPath, axeScan, formatViolations, newPage, servedApp } from './lib.mjs';

const app = servedApp();

/** Opens `path` with the wasm held back; `release()` lets it through. */
async function openSlow(path = '', { locale = 'fr-FR', clock = false } = {}) {
  const rec = await newPage(app.browser, { locale, viewport: { width: 375, height: 740 } });
  if (clock) await rec.page.clock.install();
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await rec.page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  await rec.page.goto(app.server.url + path, { waitUntil: 'domcontentloaded' });
  return { ...rec, release };
}

const snapshot = (page) =>
  page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent ?? null,
    loading: document.querySelector('.dee-loading')?.textContent ?? null,
    prerendered: document.getElementById('deass-eligibility').hasAttribute('data-prerendered'),
  }));

/** Waits until the app has replaced the prerendered page. */
const appStarted = (page) =>
  page.waitForFunction(
    () => window.wasmBindings && !document.getElementById('deass-eligibility').hasAttribute('data-prerendered'),
  );

const clean = (rec) => {
  const problems = [...rec.pageErrors, ...rec.consoleErrors, ...rec.failedRequests, ...rec.failedResponses];
  assert.deepEqual(problems, [], problems.join('\n'));
};

test('before the wasm arrives, a plain visit already shows the start screen, accessible', async () => {
  const rec = await openSlow();
  const { page } = rec;
  const s = await snapshot(page);
  assert.match(s.h1, /Pouvez-vous entrer en formation/);
  assert.equal(s.loading, null, 'no "Chargement" on a plain visit');
  assert.ok(s.prerendered);
  await page.screenshot({ path: artifactPath('prerender-before-wasm-375.png'), fullPage: true });
  const v = await axeScan(page);
  assert.deepEqual(v, [], formatViolations(v));
  rec.release();
  await appStarted(page);
  assert.match((await snapshot(page)).h1, /Pouvez-vous entrer en formation/);
  // From now on the app's own button answers, and the guard stays out of it.
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.waitForFunction(() => /diplôme le plus élevé/.test(document.querySelector('h1')?.textContent ?? ''));
  const marks = await page.evaluate(() =>
    document.getElementById('deass-eligibility').getAttributeNames().filter((a) => a.startsWith('data-')),
  );
  assert.deepEqual(marks, ['data-loading'], 'no hand-over mark left on the host');
  clean(rec);
  await rec.close();
});

test('"Commencer" clicked before the app is ready still starts the questionnaire', async () => {
  const rec = await openSlow();
  const { page } = rec;
  await page.getByRole('button', { name: 'Commencer' }).click();
  assert.equal(await page.getByRole('status').textContent(), 'Chargement du simulateur…', 'the click is answered at once');
  rec.release();
  await appStarted(page);
  await page.waitForFunction(() => /diplôme le plus élevé/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.match(new URL(page.url()).search, /etape=diplome/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dee-heading', 'focus on the question');
  clean(rec);
  await rec.close();
});

test('a control focused with the keyboard before the app is ready keeps the focus', async () => {
  const rec = await openSlow();
  const { page } = rec;
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const before = await page.evaluate(() => document.activeElement?.className);
  assert.match(before, /dee-button--start/);
  rec.release();
  await appStarted(page);
  const after = await page.evaluate(() => ({
    cls: document.activeElement?.className,
    connected: document.activeElement?.isConnected,
  }));
  assert.match(after.cls, /dee-button--start/, 'the same button, now the app\'s');
  assert.ok(after.connected);
  // And it works.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /diplôme le plus élevé/.test(document.querySelector('h1')?.textContent ?? ''));
  clean(rec);
  await rec.close();
});

for (const [name, path, locale] of [
  ['a link with answers', '?diplome=bac&etape=annee_bac', 'fr-FR'],
  ['a browser in English', '', 'en-GB'],
  ['the presentation mode', '?mode=presentation', 'fr-FR'],
  ['the embedded widget', '?mode=embed', 'fr-FR'],
]) {
  test(`${name}: "Chargement" until the app starts, never the French start screen`, async () => {
    const rec = await openSlow(path, { locale });
    const { page } = rec;
    const s = await snapshot(page);
    assert.equal(s.h1, null, `no start screen shown (${s.h1})`);
    assert.equal(s.loading, 'Chargement du simulateur…');
    assert.equal(await page.locator('.dee-lang').count(), 0, 'no language link that would lose the link');
    rec.release();
    await appStarted(page);
    await page.locator('h1').first().waitFor();
    assert.equal(await page.locator('.dee-loading').count(), 0);
    clean(rec);
    await rec.close();
  });
}

const FAILED = /ne s'est pas chargé\. Rechargez la page, ou appelez le service admission .* au 02 31 54 42 08\./;

for (const [name, path, click] of [
  ['after a click on "Commencer"', '', true],
  ['on a link that needs the app', '?diplome=bac&etape=annee_bac', false],
]) {
  test(`an app that never starts ends with the phone number, ${name}`, async () => {
    // The wasm never arrives (an old browser, a broken download).
    const rec = await openSlow(path, { clock: true });
    const { page } = rec;
    if (click) await page.getByRole('button', { name: 'Commencer' }).click();
    const status = page.getByRole('status');
    assert.equal(await status.textContent(), 'Chargement du simulateur…');
    await page.clock.fastForward(29_000);
    assert.equal(await status.textContent(), 'Chargement du simulateur…', 'not before 30 s');
    await page.clock.fastForward(2_000);
    assert.match(await status.textContent(), FAILED);
    assert.equal(await status.getByRole('link', { name: '02 31 54 42 08' }).getAttribute('href'), 'tel:+33231544208');
    await page.screenshot({ path: artifactPath(`prerender-failed-${click ? 'click' : 'link'}-375.png`) });
    await rec.close();
  });
}
