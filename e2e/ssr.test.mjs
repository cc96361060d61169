// The pages written into index.html at build time by the app's own
// components (Yew's server-side rendering: src/ssr.rs, scripts/ssr.mjs),
// and the guard that shows the one a visit needs before the first paint
// (scripts/guard.js): the start page in either language, hydrated by the app
// (its nodes adopted, not replaced), without losing a click or the keyboard
// focus; for any other entry, the waiting page, which the app renders over.
// Each test holds the wasm back until it has looked at the page, as a slow
// connection would.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, PUBLISHED, artifactPath, at, axeScan, formatViolations, newPage, openSlow, servedApp } from './lib.mjs';
import { hostContent, renderPages } from '../scripts/ssr.mjs';

const app = servedApp();

const snapshot = (page) =>
  page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent ?? null,
    loading: document.querySelector('.dee-loading')?.textContent ?? null,
    static: document.getElementById('deass-eligibility').getAttribute('data-static'),
    lang: document.documentElement.lang,
    header: !!document.querySelector('.dee-app > .dee-header'),
    footer: !!document.querySelector('.dee-app > .dee-footer'),
    apps: document.querySelectorAll('.dee-app').length,
    langHref: document.querySelector('.dee-lang')?.getAttribute('href') ?? null,
  }));

/** Waits until the app has hydrated or rendered its first screen. */
const appStarted = (page) =>
  page.waitForFunction(
    () => window.wasmBindings && !document.getElementById('deass-eligibility').hasAttribute('data-static'),
  );

const clean = (rec) => {
  const problems = [...rec.pageErrors, ...rec.consoleErrors, ...rec.failedRequests, ...rec.failedResponses];
  assert.deepEqual(problems, [], problems.join('\n'));
};

test('the served start pages and waiting pages are the server-side rendering of the components', () => {
  const served = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const rendered = hostContent(renderPages());
  assert.ok(
    served.includes(`<div id="deass-eligibility" data-ssr class="dee-root">${rendered}</div>`),
    'index.html holds exactly what examples/ssr.rs renders now (rebuild with trunk?)',
  );
});

const START = {
  fr: { h1: /Pouvez-vous entrer en formation/, button: 'Commencer', question: /diplôme le plus élevé/, switch: '?lang=en' },
  en: { h1: /Can you train as a social worker/, button: 'Start', question: /highest/, switch: '?lang=fr' },
};

for (const [name, path, locale, lang] of [
  ['a French browser', '', 'fr-FR', 'fr'],
  ['an English browser', '', 'en-GB', 'en'],
  ['lang=en in a French browser', '?lang=en', 'fr-FR', 'en'],
  ['lang=fr in an English browser', '?lang=fr', 'en-US', 'fr'],
]) {
  test(`${name}: the ${lang} start page before the wasm, then hydrated (the same nodes)`, async () => {
    const rec = await openSlow(app.server, app.browser, path, { locale });
    const { page } = rec;
    const s = await snapshot(page);
    assert.match(s.h1, START[lang].h1);
    assert.equal(s.loading, null, 'no status on a plain visit');
    assert.equal(s.static, 'start');
    assert.equal(s.lang, lang, '<html lang>');
    assert.equal(s.apps, 1, 'one page shown');
    assert.equal(s.langHref, START[lang].switch);
    if (lang === 'en') assert.match(await page.title(), /DEASS admission checker/);
    await page.screenshot({ path: artifactPath(`ssr-start-${lang}-${locale}-before-wasm-375.png`), fullPage: true });
    const v = await axeScan(page);
    assert.deepEqual(v, [], formatViolations(v));
    // Nodes to find again after the hydration.
    await page.evaluate(() => {
      window.__before = ['h1', '.dee-button--start', '.dee-lang', '.dee-footer a', '.dee-list li:last-child'].map((s) =>
        document.querySelector(s),
      );
      window.__text = document.getElementById('deass-eligibility').innerText;
    });
    rec.release();
    await appStarted(page);
    const after = await page.evaluate(() => ({
      same: window.__before.map((n, i) => n.isConnected && n === document.querySelectorAll(['h1', '.dee-button--start', '.dee-lang', '.dee-footer a', '.dee-list li:last-child'][i])[0]),
      text: document.getElementById('deass-eligibility').innerText === window.__text,
      templates: document.querySelectorAll('#deass-eligibility template').length,
      marks: document.getElementById('deass-eligibility').getAttributeNames().filter((a) => a.startsWith('data-')),
    }));
    assert.deepEqual(after.same, [true, true, true, true, true], 'the app adopted the nodes (hydration), none replaced');
    assert.ok(after.text, 'the same text after the hydration');
    assert.equal(after.templates, 0, 'the other pages are gone');
    assert.deepEqual(after.marks, ['data-ssr'], 'no hand-over mark left on the host');
    // From now on the app's own button answers, and the guard stays out of it.
    await page.getByRole('button', { name: START[lang].button }).click();
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('h1')?.textContent ?? ''), START[lang].question.source);
    assert.equal(await page.locator('.dee-loading').count(), 0);
    clean(rec);
    await rec.close();
  });
}

test('opened a year after the build, the start page is hydrated unchanged', async () => {
  // Whatever the build's date, the page is read later: the app, on the
  // visitor's date, must find exactly the nodes it would render.
  const rec = await openSlow(app.server, app.browser, '', { clock: new Date(at(`${PUBLISHED + 1}-11-23`)) });
  const { page } = rec;
  const before = await page.evaluate(() => document.getElementById('deass-eligibility').innerHTML);
  rec.release();
  await appStarted(page);
  await page.clock.runFor(100);
  const after = await page.evaluate(() => ({
    year: new Date().getFullYear(),
    h1: document.querySelector('h1') === document.querySelector('#dee-heading'),
    html: document.getElementById('deass-eligibility').innerHTML,
  }));
  assert.equal(after.year, PUBLISHED + 1);
  const strip = (h) => h.replace(/<!--[\s\S]*?-->/g, '').replace(/<template[\s\S]*<\/template>/g, '');
  assert.equal(strip(after.html), strip(before), 'the same DOM after the hydration');
  clean(rec);
  await rec.close();
});

test('"Commencer" clicked before the app is ready still starts the questionnaire', async () => {
  const rec = await openSlow(app.server, app.browser);
  const { page } = rec;
  await page.getByRole('button', { name: 'Commencer' }).click();
  assert.equal(await page.getByRole('status').textContent(), 'Chargement du simulateur…', 'the click is answered at once');
  rec.release();
  await appStarted(page);
  await page.waitForFunction(() => /diplôme le plus élevé/.test(document.querySelector('h1')?.textContent ?? ''));
  // Yew's scheduler may hand the browser a frame between drawing the screen
  // and running the effects that sync the address and the focus (it yields
  // every ~16 ms on a busy machine): wait for both, then check them.
  await page.waitForFunction(() => /etape=diplome/.test(location.search) && document.activeElement?.id === 'dee-heading');
  assert.match(new URL(page.url()).search, /etape=diplome/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dee-heading', 'focus on the question');
  assert.equal(await page.locator('.dee-loading').count(), 0, 'the status is gone');
  clean(rec);
  await rec.close();
});

test('"Commencer" tapped before the page\'s guard script has run opens the first question by a page load', async () => {
  // On a slow phone the start page is painted while its guard script still
  // downloads: no listener yet. The button submits a form to the first
  // question's link, so that the tap is not lost.
  const rec = await newPage(app.browser, { viewport: { width: 375, height: 740 }, locale: 'fr-FR' });
  const { page } = rec;
  // The guard and the wasm of the first document are held (the wasm too,
  // so that the app cannot answer the tap itself); the second document's
  // pass.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/(guard-[0-9a-f]+\.js|\.wasm)$/, async (route) => {
    if (new URL(route.request().frame().url()).search === '') await held;
    await route.continue().catch(() => {});
  });
  await page.goto(app.server.url, { waitUntil: 'commit' });
  const button = page.getByRole('button', { name: 'Commencer' });
  await button.waitFor();
  assert.equal(await page.evaluate(() => document.getElementById('deass-eligibility').hasAttribute('data-static')), false, 'no script has run');
  await Promise.all([page.waitForURL(/[?&]etape=diplome(&|$)/), button.click()]);
  release();
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'fr');
  await appStarted(page);
  await page.waitForFunction(() => /diplôme le plus élevé/.test(document.querySelector('h1')?.textContent ?? ''));
  // The first document's held requests were cancelled by the page load.
  rec.failedRequests.length = 0;
  clean(rec);
  await rec.close();
});

test('a control focused with the keyboard before the app is ready keeps the focus', async () => {
  const rec = await openSlow(app.server, app.browser);
  const { page } = rec;
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.evaluate(() => (window.__focused = document.activeElement));
  assert.match(await page.evaluate(() => document.activeElement?.className), /dee-button--start/);
  rec.release();
  await appStarted(page);
  assert.ok(await page.evaluate(() => document.activeElement === window.__focused && window.__focused.isConnected), 'the same button, adopted by the app, still focused');
  // And it works.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /diplôme le plus élevé/.test(document.querySelector('h1')?.textContent ?? ''));
  clean(rec);
  await rec.close();
});

for (const [name, path, locale, { lang, mode, footer = true }] of [
  ['a link with answers', '?diplome=bac&etape=annee_bac', 'fr-FR', { lang: 'fr', mode: 'standard' }],
  ['a link with answers, English browser', '?diplome=bac&etape=annee_bac', 'en-GB', { lang: 'en', mode: 'standard' }],
  ['the presentation mode', '?mode=presentation', 'fr-FR', { lang: 'fr', mode: 'presentation' }],
  ['the embedded widget', '?mode=embed&lang=en', 'fr-FR', { lang: 'en', mode: 'embed', footer: false }],
  ['the kiosk', '?mode=borne&delai=60', 'en-US', { lang: 'en', mode: 'borne' }],
]) {
  test(`${name}: the ${mode} waiting page in ${lang} until the app renders over it`, async () => {
    const rec = await openSlow(app.server, app.browser, path, { locale });
    const { page } = rec;
    const s = await snapshot(page);
    assert.equal(s.h1, null, `no start screen shown (${s.h1})`);
    assert.equal(s.loading, lang === 'fr' ? 'Chargement du simulateur…' : 'Loading the checker…');
    assert.equal(s.static, 'waiting');
    assert.equal(s.lang, lang);
    assert.equal(s.apps, 1);
    assert.ok(s.header, 'the header in place');
    assert.equal(s.footer, footer, 'the footer in place');
    assert.ok(await page.evaluate((m) => document.querySelector(`.dee-app--${m}`) && document.documentElement.classList.contains(`dee-mode-${m}`), mode));
    // The language link keeps this visit's answers.
    const href = new URLSearchParams(s.langHref.slice(1));
    for (const [k, v] of new URLSearchParams(path.slice(1))) if (k !== 'lang') assert.equal(href.get(k), v, `${k} kept in ${s.langHref}`);
    assert.equal(href.get('lang'), lang === 'fr' ? 'en' : 'fr');
    await page.screenshot({ path: artifactPath(`ssr-waiting-${mode}-${lang}-375.png`), fullPage: true });
    const v = await axeScan(page);
    assert.deepEqual(v, [], formatViolations(v));
    rec.release();
    await appStarted(page);
    await page.locator('h1').first().waitFor();
    assert.equal(await page.locator('.dee-loading').count(), 0);
    assert.equal(await page.locator('.dee-app').count(), 1);
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
    const rec = await openSlow(app.server, app.browser, path, { clock: true });
    const { page } = rec;
    if (click) await page.getByRole('button', { name: 'Commencer' }).click();
    const status = page.getByRole('status');
    assert.equal(await status.textContent(), 'Chargement du simulateur…');
    await page.clock.fastForward(29_000);
    assert.equal(await status.textContent(), 'Chargement du simulateur…', 'not before 30 s');
    await page.clock.fastForward(2_000);
    assert.match(await status.textContent(), FAILED);
    assert.equal(await status.getByRole('link', { name: '02 31 54 42 08' }).getAttribute('href'), 'tel:+33231544208');
    await page.screenshot({ path: artifactPath(`ssr-failed-${click ? 'click' : 'link'}-375.png`) });
    await rec.close();
  });
}
