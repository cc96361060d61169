// What a candidate reads (issue 23): the blocs question asks Non / Oui first
// and reveals the blocs under Oui (keyboard, axe, 320 px); question 1 puts
// "Je passe le baccalauréat" right under "Le baccalauréat", its hint says
// when to choose it; the training at a glance, each group of lines cited;
// French dates with « 1er ». The day and years come from content/donnees.toml.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedApp, newPage, appReady, axeScan, formatViolations, artifactPath, ROOT_DIR } from './lib.mjs';

const app = servedApp();
const toml = readFileSync(join(ROOT_DIR, 'content', 'donnees.toml'), 'utf8');
const section = (name) => toml.slice(toml.indexOf(`[${name}]`)).split(/\n\[/)[0];
const Y = Number(section('intake').match(/^year\s*=\s*(\d{4})/m)[1]);
const DAY = `${Y}-11-23T10:00:00`;
const BLOCS = '?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&etape=blocs';

async function open(query, { width = 390, height = 844, locale = 'fr-FR' } = {}) {
  const rec = await newPage(app.browser, { viewport: { width, height }, locale });
  await rec.page.clock.setFixedTime(new Date(DAY));
  await rec.page.goto(app.server.url + query);
  await appReady(rec.page);
  return rec;
}

const heading = (page) => page.locator('h1').first().textContent();

test('blocs: one click on "Non", and nothing else on the screen to read', async () => {
  const rec = await open(BLOCS);
  const { page } = rec;
  assert.match(await heading(page), /Avez-vous déjà validé un bloc de compétences d'un diplôme d'État du travail social/);
  assert.equal(await page.locator('input[type=checkbox]').count(), 0, 'no checkbox before "Oui"');
  const hint = await page.locator('.dee-hint').first().textContent();
  assert.match(hint, /bloc de compétences est/);
  assert.match(hint, /VAE \(validation des acquis de l'expérience\)/);
  await page.getByLabel('Non', { exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForFunction(() => /Vérifiez/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.match(page.url(), /[?&]blocs=aucun(&|$)/);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('blocs by keyboard: Oui reveals the blocs, Space ticks one, Enter sends it; Oui alone is an error', async () => {
  const rec = await open(BLOCS);
  const { page } = rec;
  const focusOn = async (id) => {
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== id; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), id);
  };
  await focusOn('dee-blocs-aucun');
  await page.keyboard.press('ArrowDown');
  await page.locator('#dee-blocs-list').waitFor();
  assert.equal(await page.locator('#dee-blocs-oui').isChecked(), true);
  await page.screenshot({ path: artifactPath('blocs23-revealed-390.png'), fullPage: true });
  // "Oui" with nothing ticked: the error, linked to the first control.
  await page.keyboard.press('Enter');
  await page.locator('.dee-error-summary').waitFor();
  assert.match(await page.locator('.dee-error-summary').textContent(), /cochant les blocs/);
  assert.equal(await page.locator('#dee-blocs-oui').isChecked(), true, 'the choice is kept');
  await focusOn('dee-blocs-ES-BC3');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#dee-blocs-ES-BC3').isChecked(), true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Vérifiez/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.match(page.url(), /[?&]blocs=ES-BC3(&|$)/);
  assert.match(await page.locator('.dee-summary').textContent(), /DEES bloc 3/);
  // Back on the question: "Oui" and the bloc are shown as answered.
  await page.goto(`${app.server.url}?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=ES-BC3&etape=blocs`);
  await page.locator('#dee-blocs-list').waitFor();
  assert.equal(await page.locator('#dee-blocs-ES-BC3').isChecked(), true);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('blocs at 320 px, both states: axe passes and nothing scrolls sideways', async () => {
  for (const [name, query] of [['question', BLOCS], ['revealed', `${BLOCS}&blocs=ES-BC3`]]) {
    const rec = await open(query, { width: 320, height: 640 });
    const { page } = rec;
    if (name === 'revealed') await page.locator('#dee-blocs-list').waitFor();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= 320, `${name}: ${scroll} px wide`);
    const v = await axeScan(page);
    assert.equal(v.length, 0, `${name}:\n${formatViolations(v)}`);
    await page.screenshot({ path: artifactPath(`blocs23-${name}-320.png`), fullPage: true });
    await rec.close();
  }
});

test('question 1: the bac being taken is right under the bac, and the hints say which to choose', async () => {
  const rec = await open('?etape=diplome');
  const { page } = rec;
  const order = await page.locator('input[name=diplome]').evaluateAll((is) => is.map((i) => i.value));
  assert.deepEqual(order.slice(0, 2), ['bac', 'terminale']);
  assert.deepEqual([...order].sort(), ['aucun', 'bac', 'etranger', 'terminale', 'titre4', 'titre4_en_cours']);
  assert.match(await page.locator('#dee-diplome-hint').textContent(), /préparez le bac, en terminale ou en candidat libre\s\?\sChoisissez\s«\sJe passe le baccalauréat\s»/);
  assert.match(await page.locator('#dee-diplome-bac-hint').textContent(), /Si vous le préparez, choisissez la réponse suivante/);
  const v = await axeScan(page);
  assert.equal(v.length, 0, formatViolations(v));
  await page.screenshot({ path: artifactPath('question1-390.png'), fullPage: true });
  await rec.close();
});

test('the training at a glance, from the data, each group cited; the full source said once; « 1er » dates', async () => {
  const training = section('training');
  const num = (k) => Number(training.match(new RegExp(`^${k}\\s*=\\s*(\\d+)`, 'm'))[1]);
  const places = Number(section('intake').match(/^places_initial\s*=\s*(\d+)/m)[1]);
  // Open during the registration window: the calendar is the session's own.
  const rec = await open(`?diplome=bac&annee_bac=${Y - 1}&situation=etudiant&interruption=non&contrat=aucun&blocs=aucun`);
  const { page } = rec;
  await rec.page.clock.setFixedTime(new Date(`${Y}-02-01T10:00:00`));
  await page.reload();
  const sec = page.locator('[data-section=training]');
  await sec.waitFor();
  const text = (await sec.textContent()).replace(/\s/g, ' ');
  const n = (x) => new RegExp(String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '.?'));
  for (const x of [num('years'), num('centre_hours'), num('practice_hours'), places]) assert.match(text, n(x));
  assert.match(text, /Hérouville/);
  assert.match(text, /stage/);
  assert.match(text, /autres statuts/);
  assert.equal(await sec.locator('.dee-source').count(), 2, 'each group of lines with its citation');
  // The full source title, once; conclusions keep the short pointer.
  const body = await page.locator('.dee-result').textContent();
  assert.equal(body.match(/IRTS Normandie-Caen, page\s«\sAssistant de service social\s»/g)?.length, 1, 'the full source once');
  assert.ok((await page.locator('.dee-source').count()) > 4);
  // A date on the first of a month is written « 1er ».
  const cal = section('calendar');
  const firsts = [...cal.matchAll(/=\s*(\d{4})-(\d{2})-01/g)];
  if (firsts.length > 0) assert.match(await page.locator('[data-section=calendar]').textContent(), /\b1er\s/);
  assert.doesNotMatch(body, /\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/);
  await page.screenshot({ path: artifactPath('training23-390.png'), fullPage: true });
  await rec.close();
});

test('in English: plain wording, no "Settled by the sources" nor "to take"', async () => {
  const rec = await open(`?lang=en&diplome=bac&annee_bac=${Y - 16}&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun`, { locale: 'en-GB' });
  const { page } = rec;
  await page.locator('[data-summary]').first().waitFor();
  const body = await page.locator('.dee-result').textContent();
  assert.doesNotMatch(body, /Settled by the sources/);
  assert.doesNotMatch(body, /to take/);
  assert.match(await page.locator('[data-summary=interview]').textContent(), /required/);
  await rec.close();
});

test('blocs: a link with a malformed bloc list shows the blocs to tick again', async () => {
  const rec = await open('?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=ES-BC9');
  const { page } = rec;
  await page.locator('.dee-error-summary').waitFor();
  await page.locator('#dee-blocs-list').waitFor();
  assert.equal(await page.locator('#dee-blocs-oui').isChecked(), true);
  await rec.close();
});
