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

// Issue 27: one stated intake. On 20 March (Parcoursup closed, orals ahead)
// and 1 June (orals over), two intakes are possible: the table is for the
// later by default, the earlier on request (`rentree`); on 23 November, one.
const OVERVIEW_DAYS = [
  { day: `${Y}-03-20`, intakes: [Y, Y + 1], gone: false },
  { day: `${Y}-06-01`, intakes: [Y, Y + 1], gone: true },
  { day: `${Y}-11-23`, intakes: [Y + 1], gone: false },
];

test('the overview names its intake, defaults to the later one, shows the earlier on request, in French and English', async () => {
  for (const { day, intakes, gone } of OVERVIEW_DAYS) {
    for (const lang of ['fr', 'en']) {
      const rec = await newPage(app.browser, { viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
      const { page } = rec;
      await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
      await page.goto(`${app.server.url}?mode=presentation&etape=tous-les-cas&base=bac-recent&lang=${lang}`);
      const table = page.locator('.dee-overview__table');
      await table.waitFor();
      const later = intakes[intakes.length - 1];
      const where = `${day} ${lang}`;
      assert.equal(await table.getAttribute('data-intake'), String(later), where);
      const heading = await page.locator('h1').textContent();
      assert.match(heading, lang === 'fr' ? new RegExp(`pour la rentrée de septembre ${later}$`) : new RegExp(`for the September ${later} intake$`), where);
      // The base labels name their years, and the boundary year is said.
      const bases = await page.locator('[data-base] label').allTextContents();
      assert.ok(bases[0].includes(String(later - 3)) && bases[1].includes(String(later - 5)), `${where}: ${bases}`);
      assert.ok((await page.locator('[data-base] .dee-small').textContent()).includes(String(later - 4)), where);
      const control = page.locator('input[name=rentree]');
      assert.equal(await control.count(), intakes.length === 2 ? 2 : 0, where);
      // A cell opens that case's result for the table's intake, with no question left.
      const href = await page.locator('tr[data-situation=demandeur_emploi] td[data-outcome] a').first().getAttribute('href');
      const cell = await newPage(app.browser, { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
      await cell.page.clock.setFixedTime(new Date(`${day}T10:00:00`));
      await cell.page.goto(app.server.url + href);
      await cell.page.locator('.dee-result').waitFor();
      assert.equal(await cell.page.locator('.dee-result').getAttribute('data-intake'), String(later), `${where}: ${href}`);
      await cell.close();
      if (intakes.length === 2) {
        const earlier = intakes[0];
        await page.locator(`#dee-rentree-${earlier}`).check();
        await page.waitForFunction((y) => document.querySelector('.dee-overview__table')?.dataset.intake === String(y), earlier);
        assert.match(page.url(), new RegExp(`[?&]rentree=${earlier}(&|$)`), where);
        assert.match(await page.locator('h1').textContent(), new RegExp(`${earlier}`), where);
        // Only some can still join it: the control says why.
        assert.ok((await page.locator('fieldset:has(input[name=rentree]) .dee-small').textContent()).includes(String(earlier)), where);
        // After the orals, the Parcoursup rows say they can no longer join it.
        const goneRows = await page.locator('td[data-intake-gone]').count();
        assert.equal(goneRows > 0, gone, `${where}: ${goneRows} rows gone`);
        if (gone) {
          assert.equal(await page.locator('tr[data-situation=lyceen] td[data-outcome]').count(), 0, where);
          assert.equal(await page.locator('tr[data-situation=cdi] td[data-outcome=route][data-value=site]').count(), 1, where);
        }
        // The link reopens the same table, and the cells' links carry the intake.
        const again = await newPage(app.browser, { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
        await again.page.clock.setFixedTime(new Date(`${day}T10:00:00`));
        await again.page.goto(page.url());
        await again.page.locator('.dee-overview__table').waitFor();
        assert.equal(await again.page.locator('.dee-overview__table').getAttribute('data-intake'), String(earlier), where);
        const link = await again.page.locator('tr[data-situation=cdi] td[data-outcome] a').first().getAttribute('href');
        assert.match(link, new RegExp(`rentree=${earlier}`), where);
        await again.page.goto(app.server.url + link);
        await again.page.locator('.dee-result').waitFor();
        assert.equal(await again.page.locator('.dee-result').getAttribute('data-intake'), String(earlier), `${where}: ${link}`);
        await again.close();
      }
      if (day.endsWith('06-01')) await page.screenshot({ path: artifactPath(`overview27-${lang}.png`), fullPage: true });
      assert.deepEqual(rec.pageErrors, []);
      await rec.close();
    }
  }
});
