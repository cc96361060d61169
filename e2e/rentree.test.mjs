// The intake a person can really join (issue 19): on the days when two are
// open, the `rentree` question is asked, by keyboard as a person would; a link
// naming an intake that has started says so; English; axe. Every date and
// year comes from the data (content/donnees.toml), so the tests hold after
// the yearly update.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, newPage, appReady, axeScan, formatViolations, FACTS, PUBLISHED } from './lib.mjs';

const app = servedApp();

/** The day after a YYYY-MM-DD date, at 10:00 local time. */
function dayAfter(iso) {
  const d = new Date(`${iso}T10:00:00`);
  d.setDate(d.getDate() + 1);
  return d;
}

const C = FACTS.calendar;
const Y = PUBLISHED;
const PARCOURSUP = 'diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun';
const SITE = 'diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun';

async function open(query, day, { locale = 'fr-FR' } = {}) {
  const rec = await newPage(app.browser, { viewport: { width: 375, height: 740 }, locale });
  await rec.page.clock.setFixedTime(day);
  await rec.page.goto(`${app.server.url}?${query}`);
  await appReady(rec.page);
  return rec;
}

const heading = (page) => page.locator('h1').first().textContent();

/** Tab to the radio of `value`, choose it with the keyboard, then "Continuer". */
async function chooseByKeyboard(page, value) {
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.name === 'rentree')); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'rentree', 'a radio reached by Tab');
  for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement?.value)) !== value; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.activeElement?.checked), true);
  const old = await heading(page);
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.type)) !== 'submit'; i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction((o) => document.querySelector('h1')?.textContent !== o, old);
}

async function seeResult(page) {
  assert.match(await heading(page), /Vérifiez vos réponses|Check your answers/);
  const old = await heading(page);
  await page.getByRole('button', { name: /^(Voir le résultat|See the result)$/ }).click();
  await page.waitForFunction((o) => document.querySelector('h1')?.textContent !== o, old);
}

const root = (page) => page.locator('.dee-result');

async function noSeriousAxeViolation(page, what) {
  const v = await axeScan(page);
  assert.equal(v.length, 0, `axe on ${what}:\n${formatViolations(v)}`);
}

test('after the Parcoursup close, a Parcoursup candidate is asked whether they registered', async () => {
  const day = dayAfter(C.parcoursup_closes);
  const rec = await open(PARCOURSUP, day);
  const { page } = rec;
  assert.match(await heading(page), /À quelle rentrée/);
  const labels = await page.locator('.dee-radio__label').allTextContents();
  assert.equal(labels.length, 2);
  assert.match(labels[0], new RegExp(`Septembre ${Y}\\s:\\sj.ai déposé mes vœux sur Parcoursup`));
  assert.match(labels[1], new RegExp(`Septembre ${Y + 1}`));
  await noSeriousAxeViolation(page, 'the rentree question');
  await chooseByKeyboard(page, String(Y));
  await seeResult(page);
  assert.equal(await root(page).getAttribute('data-intake'), String(Y));
  assert.equal(await root(page).getAttribute('data-provisional'), null);
  // The next step gives the registered candidate the page's dates.
  const next = await page.locator('[data-next]').textContent();
  assert.match(next, /Vos vœux sont déposés/);
  assert.match(next, /retour du dossier/);
  assert.equal(await page.locator('[data-phase]').getAttribute('data-phase'), 'closed');
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();

  // Not registered: the next intake, provisional, and the link keeps it.
  const later = await open(`${PARCOURSUP}&rentree=${Y + 1}`, day);
  assert.equal(await root(later.page).getAttribute('data-intake'), String(Y + 1));
  assert.equal(await root(later.page).getAttribute('data-provisional'), 'true');
  assert.equal(await later.page.locator('[data-phase]').getAttribute('data-phase'), 'not_published');
  await later.close();
});

test('after the last oral, a candidate off Parcoursup chooses; this September is to confirm', async () => {
  const day = dayAfter(C.oral_ends);
  const rec = await open(SITE, day);
  const { page } = rec;
  assert.match(await heading(page), /À quelle rentrée/);
  assert.match(await page.locator('.dee-hint').first().textContent(), /épreuves orales/);
  await chooseByKeyboard(page, String(Y));
  await seeResult(page);
  assert.equal(await root(page).getAttribute('data-intake'), String(Y));
  assert.equal(
    await page.locator('[data-outcome=route]').getAttribute('data-certainty'),
    'to_confirm',
    'places left: for the admission service to confirm',
  );
  assert.match(await page.locator('[data-outcome=route]').textContent(), /reste des places/);
  // The check page shows the answer, and "Modifier" leads back to the question.
  await rec.close();

  // A Parcoursup candidate on the same day is not asked: the next intake.
  const p = await open(PARCOURSUP, day);
  assert.equal(await heading(p.page), 'Votre résultat');
  assert.equal(await root(p.page).getAttribute('data-intake'), String(Y + 1));
  await p.close();
});

test('a link naming an intake that has started says so and shows the one open', async () => {
  const rec = await open(`${SITE}&rentree=${Y}&etape=resultat`, new Date(`${FACTS.intake.start}T10:00:00`));
  const { page } = rec;
  assert.equal(await heading(page), 'Votre résultat');
  assert.equal(await root(page).getAttribute('data-intake'), String(Y + 1));
  assert.match(
    await page.locator('[data-intake-gone]').textContent(),
    new RegExp(`n'est plus possible.*septembre ${Y + 1}`, 's'),
  );
  await noSeriousAxeViolation(page, 'a result with the intake-gone notice');
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('in English: the rentree question and its options', async () => {
  const rec = await open(`${SITE}&lang=en`, dayAfter(C.oral_ends), { locale: 'en-GB' });
  const { page } = rec;
  assert.equal(await heading(page), 'Which September do you want to start?');
  const labels = await page.locator('.dee-radio__label').allTextContents();
  assert.match(labels[0], new RegExp(`September ${Y}, if places remain`));
  assert.match(labels[1], new RegExp(`September ${Y + 1}`));
  await noSeriousAxeViolation(page, 'the rentree question in English');
  await chooseByKeyboard(page, String(Y + 1));
  await seeResult(page);
  assert.equal(await root(page).getAttribute('data-intake'), String(Y + 1));
  await rec.close();
});

test('with last year\'s data, on the day last year\'s registrations opened, the next step says to act now', async () => {
  const opens = C.registration_opens;
  const day = new Date(`${Number(opens.slice(0, 4)) + 1}${opens.slice(4)}T10:00:00`);
  const rec = await open(`${PARCOURSUP}&etape=resultat`, day);
  const { page } = rec;
  assert.equal(await root(page).getAttribute('data-intake'), String(Y + 1));
  assert.equal(await page.locator('[data-phase]').getAttribute('data-phase'), 'probably_open');
  const next = page.locator('[data-next]');
  assert.equal(await next.getAttribute('data-certainty'), 'to_confirm');
  assert.match(await next.textContent(), /probablement ouvertes.*appelez dès maintenant/s);
  assert.doesNotMatch(await next.textContent(), /En attendant/);
  assert.match(await next.locator('a.dee-button').getAttribute('href'), /parcoursup/);
  await noSeriousAxeViolation(page, 'a result with last year\'s data');
  await rec.close();
});
