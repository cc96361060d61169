// Paper as honest as the screen (issue 27): every persona of fixtures.mjs,
// in both intakes of a window where two are open (the day after the
// Parcoursup close: the current intake for those registered, the next for
// everyone) and in both languages, prints on one A4 page with its QR code,
// and the code decodes to the printed link of that result (answers, the
// intake, `etape=resultat`, `lang`). Also the two-page case (a CDI
// of 30 h with DEES blocs 1 and 2, next intake, after the orals; the
// artificial longest result on two pages at most), a to-confirm outcome
// with its « À confirmer » line, the admission regulation line, and
// English colons. One browser, one page.
// Days come from content/donnees.toml, never written here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  servedApp, newPage, artifactPath, PUBLISHED, FACTS, at, PERSONAS, link, LONGEST,
} from './lib.mjs';

const app = servedApp();

/** The day after `iso` (YYYY-MM-DD). */
function dayAfter(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// Two intakes open: Parcoursup closed, its orals ahead.
const WINDOW = dayAfter(FACTS.calendar.parcoursup_closes);
// After the orals: the case, assessed for the next intake.
const AFTER_ORALS = `${PUBLISHED}-06-10`;

function pdfPages(buffer, name) {
  const file = artifactPath(`print27-${name}.pdf`);
  writeFileSync(file, buffer);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(info.match(/^Pages:\s+(\d+)/m)[1]), file };
}

/** Opens `path` on `day` in the shared page, prints it, reads its QR code. */
async function print(page, day, path, name) {
  await page.clock.setFixedTime(new Date(at(day)));
  await page.goto(app.server.url + path);
  await page.locator('[data-summary]').first().waitFor();
  await page.locator('.dee-qr svg').waitFor({ state: 'attached' });
  const { pages, file } = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }), name);
  const png = PNG.sync.read(await page.locator('.dee-qr').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const footer = await page.locator('.dee-print-footer').textContent();
  const intake = await page.locator('.dee-result').getAttribute('data-intake');
  return { pages, file, code: code?.data ?? null, footer, intake };
}

/** The QR link is this result's: its answers, intake, step and language. */
function assertLink(code, want, name) {
  assert.ok(code, `${name}: the QR code decodes`);
  const params = new URL(code).searchParams;
  for (const [q, v] of want.answers) assert.equal(params.get(q), v, `${name}: ${q} in ${code}`);
  assert.equal(params.get('etape'), 'resultat', `${name}: ${code}`);
  assert.equal(params.get('lang'), want.lang, `${name}: ${code}`);
  assert.equal(params.get('rentree'), want.rentree, `${name}: ${code}`);
  for (const s of ['mode', 'base', 'couleur', 'delai']) assert.equal(params.has(s), false, `${name}: ${s} in ${code}`);
}

test('every persona prints on one A4 page with a QR code of its link, in both intakes and both languages', async () => {
  const rec = await newPage(app.browser, { viewport: { width: 800, height: 1000 }, deviceScaleFactor: 4, locale: 'fr-FR' });
  const { page } = rec;
  await page.emulateMedia({ media: 'print' });
  const failures = [];
  let printed = 0;
  for (const persona of Object.values(PERSONAS)) {
    for (const year of [PUBLISHED, PUBLISHED + 1]) {
      for (const lang of ['fr', 'en']) {
        const name = `${persona.id}-${year}-${lang}`;
        const r = await print(page, WINDOW, link(persona, `rentree=${year}&lang=${lang}`), name);
        assert.equal(r.intake, String(year), `${name}: the result is for the intake asked`);
        if (r.pages !== 1) failures.push(`${name}: ${r.pages} pages (${r.file})`);
        if (!r.code) {
          failures.push(`${name}: the QR code does not decode`);
          continue;
        }
        assertLink(r.code, { answers: persona.answers, lang, rentree: String(year) }, name);
        assert.ok(r.footer.includes(r.code), `${name}: the printed link is the QR link`);
        printed += 1;
      }
    }
  }
  assert.deepEqual(failures, [], `printed on more than one page:\n${failures.join('\n')}`);
  assert.equal(printed, Object.keys(PERSONAS).length * 4);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test("the issue's two-page case prints on one page, and paper keeps the doubt", async () => {
  const rec = await newPage(app.browser, { viewport: { width: 800, height: 1000 }, deviceScaleFactor: 4, locale: 'fr-FR' });
  const { page } = rec;
  await page.emulateMedia({ media: 'print' });
  // The case: a CDI of 30 h with DEES blocs 1 and 2, next intake.
  const cdi30 = `?diplome=bac&annee_bac=${PUBLISHED - 3}&situation=cdi&heures=30&rentree=${PUBLISHED + 1}&contrat=aucun&france_travail=non&blocs=ES-BC1%2CES-BC2`;
  // [name, day, link, most pages]: the artificial longest result (every
  // bloc of every diploma, prerequisite not met, lists disagreeing, a
  // contract) still takes two.
  const cases = [
    ['cdi30-dees-fr', AFTER_ORALS, cdi30, 1],
    ['cdi30-dees-en', AFTER_ORALS, `${cdi30}&lang=en`, 1],
    ['longest-en', WINDOW, LONGEST, 2],
    ['longest-fr', WINDOW, LONGEST.replace('lang=en', 'lang=fr'), 2],
    ['longest-en-next', WINDOW, `${LONGEST}&rentree=${PUBLISHED + 1}`, 2],
  ];
  const failures = [];
  for (const [name, day, path, most] of cases) {
    const r = await print(page, day, path, name);
    if (r.pages > most) failures.push(`${name}: ${r.pages} pages (${r.file})`);
    if (!(r.code && r.footer.includes(r.code))) failures.push(`${name}: the QR code does not decode to the printed link`);
  }
  assert.deepEqual(failures, []);
  // The case: its funding is to confirm (bac four years before the
  // intake); on paper, the « À confirmer » line says why and what to ask.
  await page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  await page.goto(app.server.url + cdi30);
  await page.locator('[data-summary]').first().waitFor();
  const shown = (sel) => page.locator(sel).evaluateAll((els) =>
    els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent.trim()));
  const funding = page.locator('[data-summary=funding]');
  assert.equal(await funding.getAttribute('data-certainty'), 'to_confirm');
  const confirm = await shown('[data-summary=funding] .dee-glance__confirm');
  assert.equal(confirm.length, 1, 'the funding line prints its « À confirmer » line');
  assert.match(confirm[0], /^À confirmer auprès du service admission\s?:/);
  // Every printed to-confirm line has one; sure ones none.
  const lines = await page.locator('[data-summary]').evaluateAll((ls) => ls.map((l) => ({
    c: l.dataset.certainty,
    confirm: [...l.querySelectorAll('.dee-glance__confirm')].filter((e) => e.getClientRects().length > 0).length,
  })));
  for (const l of lines) assert.equal(l.confirm, l.c === 'to_confirm' ? 1 : 0, JSON.stringify(lines));
  // The admission regulation, compulsory (page: « obligatoirement »), is printed.
  assert.match((await shown('[data-section=documents] p')).join(' '), /obligatoirement prendre connaissance du règlement d'admission/);
  // English colons: no space before them, on paper too.
  await page.goto(`${app.server.url + cdi30}&lang=en`);
  await page.locator('[data-summary]').first().waitFor();
  const colons = await page.evaluate(() => [...document.querySelectorAll('.dee-summary__key, .dee-dates dt')]
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => getComputedStyle(e, '::after').content));
  assert.ok(colons.length > 0);
  for (const c of colons) assert.equal(c, '": "', `an English colon after a label: ${c}`);
  const text = await page.locator('.dee-result').evaluate((e) => e.innerText);
  assert.doesNotMatch(text, /\w[ \u00a0\u202f]:/, 'no space before a colon in English');
  // Looked at as an image.
  writeFileSync(artifactPath('print27-cdi30-en.pdf'), await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', artifactPath('print27-cdi30-en.pdf'), artifactPath('print27-cdi30-en')]);
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});
