// End-to-end tests of the modes: embedding in a partner page (another
// origin), the counsellor's presentation mode, the kiosk mode, and offline use.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, servedApp, newPage, appReady, axeScan, formatViolations, artifactPath, at, AFTER_ORALS, reloadOffline, FULL } from './lib.mjs';

const app = servedApp();

/**
 * A partner page on another origin (another port) embedding the widget;
 * `site: 'localhost'` puts it on another site too (the widget stays on
 * 127.0.0.1), as a real partner's domain is.
 */
async function partner(attributes, { site } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'partner-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Lycée partenaire</title></head>
<body><main><h1>Orientation : les métiers du social</h1>
<p>Testez votre admission en formation d'assistant de service social :</p>
<script src="${app.server.url}embed.js" ${attributes} async></script>
</main></body></html>`);
  // A careful partner has a CSP of its own: it allows the widget's script and frame.
  const host = await serveDist({ root: dir, csp: `default-src 'self'; script-src ${app.server.origin}; frame-src ${app.server.origin}` });
  if (!site) return host;
  const url = new URL(host.url);
  url.hostname = site;
  return { ...host, url: url.href, origin: url.origin };
}

async function frameOf(page) {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await appReady(frame);
  return { handle, frame };
}

const height = (handle) => handle.evaluate((f) => f.getBoundingClientRect().height);

/** The widget's own height inside the frame (not the document's, which is at least the frame's). */
const contentHeight = (frame) => frame.evaluate(() => {
  const host = document.getElementById('deass-eligibility');
  return host.getBoundingClientRect().bottom + window.scrollY;
});

/** Waits until the iframe fits its content (±2 px). */
async function settle(page, handle, frame) {
  const fits = async () => Math.abs((await height(handle)) - (await contentHeight(frame))) <= 2;
  for (let i = 0; i < 50 && !(await fits()); i++) await page.waitForTimeout(100);
  assert.ok(await fits(), `the iframe (${await height(handle)} px) fits its content (${await contentHeight(frame)} px)`);
}

test('embedding: the iframe appears on a partner page and follows its content height', async () => {
  const host = await partner('data-lang="fr" data-couleur="#e30613"');
  const rec = await newPage(app.browser, { viewport: { width: 800, height: 900 }, locale: 'fr-FR' });
  const { page } = rec;
  await page.goto(host.url);
  const { handle, frame } = await frameOf(page);
  assert.equal(await handle.getAttribute('title'), "Simulateur d'admission DEASS");
  assert.equal(await handle.getAttribute('loading'), 'lazy');
  assert.ok(new URL(await handle.getAttribute('src')).searchParams.get('mode') === 'embed');
  // No chrome of its own and no scroll bar inside.
  assert.equal(await frame.locator('footer').count(), 0);
  assert.equal(await handle.getAttribute('scrolling'), 'no');
  // The height follows the content.
  await page.waitForFunction((f) => f.getBoundingClientRect().height > 200, handle);
  await settle(page, handle, frame);
  // Its language link is in a landmark, and its main region is named.
  assert.equal(await frame.locator('nav[aria-label=Langue] a[hreflang=en]').count(), 1);
  assert.equal(await frame.locator('main').getAttribute('aria-label'), 'Simulateur DEASS');
  await frame.getByRole('button', { name: 'Commencer' }).click();
  await frame.waitForFunction(() => /diplôme/.test(document.querySelector('h1')?.textContent ?? ''));
  await settle(page, handle, frame);
  const before = await height(handle);
  // An empty answer adds the error summary and message: the frame grows.
  await frame.getByRole('button', { name: 'Continuer' }).click();
  await frame.getByRole('alert').waitFor();
  await settle(page, handle, frame);
  const question = await height(handle);
  assert.ok(question > before + 50, `grew from ${before}px to ${question}px`);
  // The partner's colour themes the buttons, with readable text.
  const button = frame.getByRole('button', { name: 'Continuer' });
  assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(227, 6, 19)');
  assert.equal(await button.evaluate((b) => getComputedStyle(b).color), 'rgb(255, 255, 255)');
  // A forged message from the partner's own origin is ignored.
  await page.evaluate(() => window.postMessage({ type: 'deass-eligibility:height', height: 7 }, '*'));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.ok(Math.abs((await height(handle)) - question) <= 2, 'forged height ignored');
  // axe inside the iframe.
  const v = await axeScan(page);
  assert.equal(v.length, 0, formatViolations(v));
  await page.screenshot({ path: artifactPath('embed-partner.png'), fullPage: true });
  assert.deepEqual(rec.pageErrors, []);
  assert.deepEqual(rec.foreignRequests(), []);
  await rec.close();
  await host.close();
});

test('embedding on another site: "Copier le lien" copies the result link, and the iframe shrinks back after "Recommencer"', async () => {
  const host = await partner('data-lang="fr" data-diplome="titre4" data-annee-bac="aucun" data-situation="cdd" data-contrat="aucun" data-blocs="aucun"', { site: 'localhost' });
  assert.notEqual(new URL(host.url).hostname, new URL(app.server.url).hostname);
  const rec = await newPage(app.browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  for (const origin of [host.origin, app.server.origin]) {
    await rec.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const { page } = rec;
  await page.goto(host.url);
  const { handle, frame } = await frameOf(page);
  assert.equal(await handle.getAttribute('allow'), 'clipboard-write; web-share');
  const copy = frame.locator('[data-action=share]');
  await copy.waitFor();
  await settle(page, handle, frame);
  const result = await height(handle);
  assert.equal(await copy.textContent(), 'Copier le lien');
  await copy.click();
  await frame.getByRole('status').filter({ hasText: 'Lien copié' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.origin, app.server.origin);
  assert.equal(copied.searchParams.get('etape'), 'resultat');
  assert.equal(copied.searchParams.get('lang'), 'fr');
  assert.equal(copied.searchParams.get('mode'), null, 'the standard view, not the embedded one');
  assert.equal(copied.searchParams.get('situation'), 'cdd');
  // "Recommencer": the start page again, and the frame as short as it.
  await frame.getByRole('button', { name: 'Recommencer' }).click();
  await frame.waitForFunction(() => /Pouvez-vous entrer/.test(document.querySelector('h1')?.textContent ?? ''));
  await settle(page, handle, frame);
  const start = await height(handle);
  assert.ok(start < result / 2, `shrank from ${result} px to ${start} px`);
  await page.screenshot({ path: artifactPath('embed-restart-390.png'), fullPage: true });
  assert.deepEqual(rec.pageErrors, []);
  assert.deepEqual(rec.consoleErrors, []);
  await rec.close();
  await host.close();
});

test('without a script: a link button and a fixed-height iframe that scrolls, in a page that allows no script', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'partner-'));
  // What the README gives for a CMS that strips <script> (no embed.js here).
  writeFileSync(join(dir, 'index.html'), `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Association partenaire</title></head>
<body><main><h1>Devenir assistant·e de service social</h1>
<p><a id="bouton" href="${app.server.url}?lang=fr" style="display:inline-block;padding:.6em 1em;background:#0055a4;color:#fff">Puis-je entrer en formation d'assistant de service social ? Faire le test (2 minutes)</a></p>
<iframe src="${app.server.url}?mode=embed&amp;lang=fr&amp;${FULL.replace(/&/g, '&amp;')}" title="Simulateur d'admission DEASS" width="100%" height="720" loading="lazy" allow="clipboard-write; web-share" style="border:1px solid #b1b4b6"></iframe>
</main></body></html>`);
  const host = await serveDist({ root: dir, csp: `default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; frame-src ${app.server.origin}` });
  const rec = await newPage(app.browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const { page } = rec;
  await page.goto(host.url);
  const { handle, frame } = await frameOf(page);
  // The result, taller than the frame: it scrolls inside, down to its last button.
  await frame.locator('[data-outcome=funding]').waitFor();
  assert.equal(Math.round(await height(handle)), 722, 'the fixed height (and its border)');
  const restart = frame.getByRole('button', { name: 'Recommencer' });
  await restart.waitFor();
  const scroll = () => frame.evaluate(() => ({ top: document.scrollingElement.scrollTop, height: document.scrollingElement.scrollHeight, view: document.scrollingElement.clientHeight }));
  const before = await scroll();
  assert.ok(before.height > before.view + 500, `the result scrolls inside: ${JSON.stringify(before)}`);
  await frame.locator('body').hover();
  await page.mouse.wheel(0, 20000);
  await frame.waitForFunction(() => document.scrollingElement.scrollTop > 500);
  await restart.click();
  await frame.waitForFunction(() => /Pouvez-vous entrer/.test(document.querySelector('h1')?.textContent ?? ''));
  // A new screen starts at its top.
  await frame.waitForFunction(() => document.scrollingElement.scrollTop === 0);
  await frame.getByRole('button', { name: 'Commencer' }).click();
  await frame.waitForFunction(() => /diplôme/.test(document.querySelector('h1')?.textContent ?? ''));
  await page.screenshot({ path: artifactPath('embed-no-script-390.png'), fullPage: true });
  // The link button opens the widget's own page.
  await page.locator('#bouton').click();
  await page.waitForFunction(() => /Pouvez-vous entrer/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.equal(new URL(page.url()).origin, app.server.origin);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
  await host.close();
});

test('embedding: pre-filled answers from data attributes, outside links in a new tab, bad colour falls back', async () => {
  const host = await partner('data-lang="en" data-couleur="not-a-colour" data-diplome="titre4" data-annee-bac="aucun" data-situation="cdd" data-contrat="aucun" data-blocs="aucun"');
  const rec = await newPage(app.browser, { viewport: { width: 400, height: 900 }, locale: 'fr-FR' });
  // A day with one intake open to everyone: the outcomes do not depend on the real clock.
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const { page } = rec;
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(host.url);
  const { frame } = await frameOf(page);
  await frame.waitForSelector('[data-outcome=funding]');
  assert.equal(await frame.locator('[data-outcome=route]').getAttribute('data-value'), 'parcoursup');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
  const next = frame.locator('.dee-next a.dee-button');
  assert.equal(await next.getAttribute('target'), '_blank');
  assert.equal(await next.getAttribute('rel'), 'noopener');
  const button = frame.getByRole('button', { name: 'Copy the link' });
  assert.equal(await button.count(), 1);
  const primary = frame.locator('.dee-next a.dee-button');
  assert.equal(await primary.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 85, 164)', 'default colour');
  assert.ok(warnings.some((w) => /couleur/.test(w)), 'the console says why');
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
  await host.close();
});

test('embedding: a pre-filled answer with a bad value shows the error inside the iframe', async () => {
  const host = await partner('data-situation="astronaute"');
  const rec = await newPage(app.browser, { viewport: { width: 600, height: 900 }, locale: 'fr-FR' });
  await rec.page.goto(host.url);
  const { frame } = await frameOf(rec.page);
  await frame.getByRole('alert').waitFor();
  assert.match(await frame.locator('h1').textContent(), /situation/);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
  await host.close();
});

test('presentation: the overview table matches the engine, and "Nouvelle personne" clears everything', async () => {
  const rec = await newPage(app.browser, { viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  // A day with one intake open to everyone: the outcomes do not depend on the real clock.
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const { page } = rec;
  await page.goto(`${app.server.url}?mode=presentation&diplome=bac&annee_bac=2010&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun`);
  await page.waitForSelector('[data-outcome]');
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.dee-app')).fontSize));
  assert.ok(size >= 20, `large type (${size}px)`);
  await page.getByRole('link', { name: 'Tous les cas' }).click();
  await page.waitForSelector('.dee-overview__table');
  assert.match(page.url(), /etape=tous-les-cas/);
  const rows = await page.locator('.dee-overview__table tbody tr').count();
  assert.equal(rows, 17);
  const v = await axeScan(page);
  assert.equal(v.length, 0, formatViolations(v));
  await page.screenshot({ path: artifactPath('presentation-overview.png'), fullPage: true });
  // Every cell's link opens a result whose card has the cell's value.
  const cells = await page.locator('.dee-overview__table td[data-outcome]').evaluateAll((tds) =>
    tds.map((td) => ({ kind: td.dataset.outcome, value: td.dataset.value, href: td.querySelector('a').href })));
  // A column the same in every row is said once above the table (issue 23).
  const columns = await page.locator('.dee-overview__table thead th').count() - 1;
  assert.equal(cells.length, 17 * columns);
  const check = await app.browser.newContext({ locale: 'fr-FR' });
  const p2 = await check.newPage();
  for (const c of cells) {
    await p2.goto(c.href);
    const card = p2.locator(`[data-outcome=${c.kind}]`);
    await card.waitFor();
    assert.equal(await card.getAttribute('data-value'), c.value, `${c.href} → ${c.kind}`);
  }
  await check.close();
  // The 24 h threshold is visible: three CDI rows with three routes.
  const cdi = await page.locator('tr[data-situation=cdi] td[data-outcome=route]').evaluateAll((tds) => tds.map((t) => t.dataset.value));
  assert.deepEqual(cdi, ['parcoursup', 'contact', 'site']);
  // Nouvelle personne: every answer gone, from the state and the address.
  await page.goto(`${app.server.url}?mode=presentation&diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun`);
  await page.waitForSelector('[data-outcome]');
  await page.getByRole('button', { name: 'Nouvelle personne' }).click();
  await page.waitForFunction(() => /Pouvez-vous entrer/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.equal(new URL(page.url()).search, '?mode=presentation');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.waitForFunction(() => /diplôme/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.equal(await page.locator('input[type=radio]:checked').count(), 0, 'no previous answer');
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('kiosk: after inactivity an announced countdown, then answers and history are cleared', async () => {
  const rec = await newPage(app.browser, { viewport: { width: 800, height: 900 }, locale: 'fr-FR' });
  const { page } = rec;
  await page.goto(`${app.server.url}?mode=borne&delai=3`);
  await appReady(page);
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByLabel(/^Un autre diplôme ou titre de niveau 4 ou plus/).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForFunction(() => /baccalauréat/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.match(page.url(), /diplome=titre4/);
  assert.equal(await page.evaluate(() => history.length), entries, 'a stand adds no history entries');
  // The offer appears, is an alert dialog, and takes the focus.
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor({ timeout: 10_000 });
  assert.match(await dialog.textContent(), /effacées dans \d+ secondes/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dee-kiosk-continue');
  // "Je continue" keeps the answers, and gives the focus back where it was.
  await page.getByRole('button', { name: 'Je continue' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.match(page.url(), /diplome=titre4/);
  // (once the press that closed it is over: a task later)
  await page.waitForFunction(() => document.activeElement?.id === 'dee-heading', null, { timeout: 2000 });
  // Then nobody touches it: back to the start, nothing left.
  await dialog.waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => /Pouvez-vous entrer/.test(document.querySelector('h1')?.textContent ?? ''), null, { timeout: 15_000 });
  assert.equal(new URL(page.url()).search, '?mode=borne&delai=3');
  assert.equal(await page.evaluate(() => history.length), entries);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('offline: once visited, the widget opens and completes an assessment without network', async () => {
  const rec = await newPage(app.browser, { viewport: { width: 800, height: 900 }, locale: 'fr-FR' });
  // A day with one intake open to everyone: the outcomes do not depend on the real clock.
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  const { page, context } = rec;
  await reloadOffline(page, context, app.server.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  for (const label of [/^Un autre diplôme ou titre de niveau 4 ou plus/, "Non, je n'ai pas le baccalauréat", 'Salarié·e en CDD', 'Non, pas de contrat signé', 'Non']) {
    // 'Non' last: the blocs question (Non / Oui since issue 23).
    await page.getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  await page.waitForSelector('[data-outcome=funding][data-value=region]');
  // A shared link too, offline.
  await page.goto(`${app.server.url}?diplome=titre4&annee_bac=aucun&situation=csp&contrat=aucun&blocs=aucun`);
  await page.waitForSelector('[data-outcome=funding][data-value=region]');
  await context.setOffline(false);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});
