// "Tous les cas" for the room (issues 23 and 19): the counsellor picks the
// baseline in one control, kept in the link (`base=`); every cell carries
// `data-certainty` and says "à confirmer" in words; the header stays in view;
// the table uses the screen's width; a column the same in every row is said
// once above the table. The day is derived from content/donnees.toml.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedApp, newPage, axeScan, formatViolations, artifactPath, ROOT_DIR } from './lib.mjs';

const app = servedApp();
const toml = readFileSync(join(ROOT_DIR, 'content', 'donnees.toml'), 'utf8');
const Y = Number(toml.slice(toml.indexOf('[intake]')).match(/^year\s*=\s*(\d{4})/m)[1]);
const DAY = `${Y}-11-23T10:00:00`;

async function open(query, { width = 1280, height = 800 } = {}) {
  const rec = await newPage(app.browser, { viewport: { width, height }, locale: 'fr-FR' });
  await rec.page.clock.setFixedTime(new Date(DAY));
  await rec.page.goto(`${app.server.url}?mode=presentation&etape=tous-les-cas${query}`);
  await rec.page.locator('.dee-overview__table').waitFor();
  return rec;
}

const funding = (page, situation) =>
  page.locator(`tr[data-situation=${situation}] td[data-outcome=funding]`).first().getAttribute('data-value');

test('the baseline is one control, chosen by keyboard, kept in the link, and changes the rows', async () => {
  const rec = await open('');
  const { page } = rec;
  // Without `base`: a level-4 title without the bac (links made before the choice).
  assert.equal(await page.locator('#dee-base-titre4').isChecked(), true);
  // By keyboard: the arrows move within the radio group.
  await page.locator('#dee-base-titre4').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('#dee-base-bac-ancien')?.checked);
  assert.match(page.url(), /[?&]base=bac-ancien(&|$)/);
  assert.equal(await funding(page, 'demandeur_emploi'), 'continuing');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('#dee-base-bac-recent')?.checked);
  assert.match(page.url(), /[?&]base=bac-recent(&|$)/);
  // A recent bac is the Région's criterion (page, financing list).
  assert.equal(await funding(page, 'demandeur_emploi'), 'region');
  // The focus stays on the control, where the counsellor is.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dee-base-bac-recent');
  // The link opens the same choice, and the cells keep the other settings.
  const url = page.url();
  const again = await newPage(app.browser, { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  await again.page.clock.setFixedTime(new Date(DAY));
  await again.page.goto(url);
  await again.page.locator('.dee-overview__table').waitFor();
  assert.equal(await again.page.locator('#dee-base-bac-recent').isChecked(), true);
  const href = await again.page.locator('td[data-outcome] a').first().getAttribute('href');
  assert.match(href, /mode=presentation/);
  await again.close();
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('every cell shows its certainty, in words, and a constant column is said once', async () => {
  for (const base of ['bac-recent', 'bac-ancien', 'titre4']) {
    const rec = await open(`&base=${base}`);
    const { page } = rec;
    const cells = await page.locator('.dee-overview__table td[data-outcome]').evaluateAll((tds) =>
      tds.map((td) => ({ c: td.dataset.certainty, text: td.textContent, col: td.cellIndex })));
    assert.ok(cells.length > 0);
    for (const cell of cells) {
      assert.ok(['sure', 'to_confirm'].includes(cell.c), `${base}: ${JSON.stringify(cell)}`);
      assert.equal(/à confirmer/.test(cell.text), cell.c === 'to_confirm', `${base}: ${JSON.stringify(cell)}`);
    }
    assert.ok(cells.some((c) => c.c === 'to_confirm'), `${base}: some cells are to confirm (the 24 h CDI, public-law contracts)`);
    // No column shown is the same in every row...
    const byCol = new Map();
    for (const cell of await page.locator('.dee-overview__table td[data-outcome]').evaluateAll((tds) =>
      tds.map((td) => ({ col: td.cellIndex, v: `${td.dataset.value}/${td.dataset.certainty}` })))) {
      byCol.set(cell.col, (byCol.get(cell.col) ?? new Set()).add(cell.v));
    }
    for (const [col, values] of byCol) assert.ok(values.size > 1, `${base}: column ${col} never changes`);
    // ...the interview (no contract, no bloc) is said once above it.
    const once = page.locator('.dee-overview__same [data-outcome=interview]');
    assert.equal(await once.getAttribute('data-value'), 'required', base);
    assert.equal(await page.locator('.dee-overview__table th', { hasText: 'Entretien' }).count(), 0);
    await rec.close();
  }
});

test('the header stays in view, the table uses the screen width, axe passes, and the phone layout holds', async () => {
  const rec = await open('&base=bac-recent');
  const { page } = rec;
  const width = await page.locator('.dee-overview__table').evaluate((t) => t.getBoundingClientRect().width);
  assert.ok(width >= 1280 * 0.9, `the table is ${Math.round(width)} px wide of 1280`);
  await page.screenshot({ path: artifactPath('overview23-1280.png') });
  await page.locator('tr[data-situation=autre]').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const head = await page.locator('.dee-overview__table thead th').first().evaluate((th) => th.getBoundingClientRect().top);
  assert.ok(head >= -1 && head <= 2, `the header row is at ${head} px after scrolling`);
  await page.screenshot({ path: artifactPath('overview23-1280-scrolled.png') });
  const v = await axeScan(page);
  assert.equal(v.length, 0, formatViolations(v));
  await rec.close();
  for (const w of [390, 320]) {
    const phone = await open('&base=bac-recent', { width: w, height: 844 });
    const scroll = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= w, `${w} px: the page scrolls sideways (${scroll} px)`);
    await phone.page.screenshot({ path: artifactPath(`overview23-${w}.png`), fullPage: true });
    const pv = await axeScan(phone.page);
    assert.equal(pv.length, 0, formatViolations(pv));
    await phone.close();
  }
});
