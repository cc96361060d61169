// Never surer than the sources, end to end: an outcome left to confirm is
// worded as a possibility in the card's headline, the glance and the
// printout; a "what would change this" line leading to a result to confirm
// says so; and when the Région's funding is to confirm, the costs show both
// cases (initial training if it funds, continuing education otherwise), with
// what the page asks of everyone about personal resources. Fixed clock: a
// day while the published session's registrations are open, read from
// content/donnees.toml (no year written here).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedApp, newPage, axeScan, formatViolations, artifactPath, ROOT_DIR } from './lib.mjs';

const app = servedApp();

const facts = readFileSync(join(ROOT_DIR, 'content', 'donnees.toml'), 'utf8');
const fact = (name) => {
  const m = facts.match(new RegExp(`^${name}\\s*=\\s*([0-9-]+)`, 'm'));
  assert.ok(m, `content/donnees.toml has ${name}`);
  return m[1];
};
// A week after registrations open: the published intake, not provisional.
const opens = new Date(`${fact('registration_opens')}T10:00:00`);
const DAY = new Date(opens.getTime() + 7 * 24 * 3600 * 1000);
const CONTINUING_COST = fact('continuing_cost');
const digits = (s) => s.replace(/\D/g, '');

// A public-law CDI of 20 h: the page's "CDI ≤ 24 h" line does not say
// whether public law is included, so the Région's funding is to confirm.
const PUBLIC_CDI_20 = '?diplome=titre4&annee_bac=aucun&situation=fonction_publique&statut_public=cdi&heures=20&contrat=aucun&blocs=aucun';
// A public-law CDI of 35 h with a bac ten years old: continuing education,
// sure; fewer hours would make the Région possible, to confirm.
const OLD_BAC = Number(fact('year')) - 10;
const PUBLIC_CDI_35 = `?diplome=bac&annee_bac=${OLD_BAC}&situation=fonction_publique&statut_public=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun`;
// A private CDD: the Région funds, sure.
const CDD = '?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun';

async function open(path, { width = 390, height = 844, locale = 'fr-FR' } = {}) {
  const rec = await newPage(app.browser, { viewport: { width, height }, locale });
  await rec.page.clock.setFixedTime(DAY);
  await rec.page.goto(app.server.url + path);
  await rec.page.locator('[data-summary]').first().waitFor();
  return rec;
}

const WORDING = {
  fr: { fact: /La Région Normandie finance votre formation/, hedged: /pourrait financer/, confirm: /à confirmer/i, possible: /possible/, ask: /À confirmer auprès du service admission/ },
  en: { fact: /The Normandy Region \(Région Normandie\) pays for your training/, hedged: /may fund/, confirm: /to be confirmed|to confirm/i, possible: /possible/, ask: /To confirm with the admissions office/ },
};

for (const lang of ['fr', 'en']) {
  test(`the Région's funding to confirm is hedged in the headline and the glance, and the costs show both cases (${lang}, 390 px)`, async () => {
    const rec = await open(`${PUBLIC_CDI_20}&lang=${lang}`, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
    const { page } = rec;
    const w = WORDING[lang];
    const card = page.locator('[data-outcome=funding]');
    assert.equal(await card.getAttribute('data-value'), 'region');
    assert.equal(await card.getAttribute('data-certainty'), 'to_confirm');
    const headline = await card.locator('.dee-card__verdict').textContent();
    assert.doesNotMatch(headline, w.fact, 'never stated as a fact');
    assert.match(headline, w.hedged);
    assert.match(headline, w.confirm);
    assert.ok(digits(headline).includes(CONTINUING_COST), `the other case and its cost: ${headline}`);

    const glance = page.locator('[data-summary=funding]');
    assert.equal(await glance.getAttribute('data-certainty'), 'to_confirm');
    const glanceText = await glance.locator('.dee-glance__v').textContent();
    assert.match(glanceText, w.possible);
    assert.ok(digits(glanceText).includes(CONTINUING_COST), glanceText);

    const costs = page.locator('[data-section=costs]');
    assert.equal(await costs.getAttribute('data-cost-branches'), 'true');
    const region = costs.locator('[data-cost-branch=region]');
    const continuing = costs.locator('[data-cost-branch=continuing]');
    for (const c of ['registration', 'tuition', 'cvec']) {
      assert.equal(await region.locator(`[data-cost=${c}]`).count(), 1, c);
    }
    assert.equal(await continuing.locator('[data-cost=continuing_cost]').count(), 1);
    assert.equal(await continuing.locator('[data-cost=continuing_financing]').count(), 1);
    const amount = await continuing.locator('[data-cost=continuing_cost] td').textContent();
    assert.equal(digits(amount), CONTINUING_COST);
    // No bare dash for the financing line: it points to the guide.
    const financing = await continuing.locator('[data-cost=continuing_financing] td').textContent();
    assert.match(financing, /Transition/);
    // The admission fee, common to both cases, is above them, once.
    assert.equal(await costs.locator('[data-cost=admission_fee]').count(), 1);
    // Each case is named by a row-group heading.
    assert.equal(await costs.locator('th[scope=rowgroup]').count(), 2);
    // What the page asks of everyone, with its citation.
    const resources = costs.locator('[data-resources]');
    assert.ok(await resources.isVisible());
    assert.match(await resources.locator('.dee-source').textContent(), /Pré-requis pour entrer en formation/);

    const v = await axeScan(page);
    assert.equal(v.length, 0, formatViolations(v));
    await page.screenshot({ path: artifactPath(`certainty-region-to-confirm-${lang}-390.png`), fullPage: true });
    assert.deepEqual(rec.pageErrors, []);
    await rec.close();
  });
}

test('a change leading to a result to confirm says so, and what to ask', async () => {
  const rec = await open(PUBLIC_CDI_35);
  const { page } = rec;
  const card = page.locator('[data-outcome=funding]');
  assert.equal(await card.getAttribute('data-value'), 'continuing');
  const line = card.locator('[data-change="change.funding.heures.hedged.region"]');
  assert.equal(await line.count(), 1, 'the hours lever, hedged');
  assert.equal(await line.getAttribute('data-certainty'), 'to_confirm');
  const text = await line.textContent();
  assert.match(text, WORDING.fr.hedged);
  assert.match(text, WORDING.fr.ask);
  assert.equal(await card.locator('[data-change="change.funding.heures.region"]').count(), 0, 'never the sure wording');
  // A sure result has one cost table, and the resources line.
  assert.equal(await page.locator('[data-section=costs]').getAttribute('data-cost-branches'), null);
  assert.ok(await page.locator('[data-section=costs] [data-resources]').isVisible());
  const v = await axeScan(page);
  assert.equal(v.length, 0, formatViolations(v));
  await rec.close();
});

test('a sure Région funding keeps its plain wording and one cost table', async () => {
  const rec = await open(CDD);
  const { page } = rec;
  const card = page.locator('[data-outcome=funding]');
  assert.equal(await card.getAttribute('data-certainty'), 'sure');
  assert.match(await card.locator('.dee-card__verdict').textContent(), WORDING.fr.fact);
  assert.equal(await page.locator('[data-cost-branch]').count(), 0);
  await rec.close();
});

test('the printout of a Région funding to confirm is hedged and shows both cases', async () => {
  const rec = await open(PUBLIC_CDI_20, { width: 800, height: 1000 });
  const { page } = rec;
  await page.locator('.dee-qr svg').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const glance = page.locator('[data-summary=funding]');
  assert.ok(await glance.isVisible(), 'the glance is printed');
  assert.doesNotMatch(await glance.textContent(), WORDING.fr.fact);
  assert.match(await glance.locator('.dee-glance__v').textContent(), WORDING.fr.possible);
  for (const b of ['region', 'continuing']) {
    assert.ok(await page.locator(`[data-cost-branch=${b}]`).isVisible(), `${b} printed`);
  }
  const file = artifactPath('print-certainty-region-to-confirm.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
  assert.ok(pages <= 2, `${pages} pages`);
  await rec.close();
});

test('a candidate exempt from the interview is not told to pay its fee online', async () => {
  // Site route (CDI over 24 h), exempt by a bloc already acquired.
  const rec = await open('?diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=ES-BC3');
  const { page } = rec;
  assert.equal(await page.locator('[data-outcome=interview]').getAttribute('data-value'), 'exempt');
  assert.equal(await page.locator('[data-outcome=route]').getAttribute('data-value'), 'site');
  const docs = await page.locator('[data-section=documents]').textContent();
  assert.doesNotMatch(docs, /Vous réglez ensuite en ligne/);
  assert.match(docs, /demandez au service admission/);
  assert.equal(await page.locator('[data-cost=admission_fee_exempt]').count(), 1);
  const next = await page.locator('.dee-next').textContent();
  assert.doesNotMatch(next, /réglez les frais/);
  await rec.close();
});
