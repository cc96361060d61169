// The printout is the same from every mode (issue 23): one A4 page for the
// typical case, none of the screen's chrome, the same type sizes, the
// registration checklist, and a printed link and QR code that carry the
// answers and `lang` but never `mode`, `couleur`, `delai` or `base`, so that
// a candidate's phone opens the standard view.
// Years and the day are derived from content/donnees.toml, never written here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  servedApp, newPage, artifactPath, PUBLISHED, at, PERSONAS as PERSONAS_BY_ID, link, LONGEST, MODE,
} from './lib.mjs';

const app = servedApp();

// After the session's orals: the next intake, provisional, as a counsellor
// meets it in an autumn information session.
const DAY = at(`${PUBLISHED}-11-23`);

const PERSONAS = [
  ...[PERSONAS_BY_ID.lyceen, PERSONAS_BY_ID.cdi35h, PERSONAS_BY_ID.titulaireDees].map((p) => [p.id, link(p)]),
  ['job-seeker-en', link(PERSONAS_BY_ID.jobSeeker, 'lang=en')],
  [PERSONAS_BY_ID.publicCdi28h.id, link(PERSONAS_BY_ID.publicCdi28h)],
];
const MODES = [MODE.presentation, MODE.kiosk, MODE.embed, ''];

async function open(path, { width = 1280, height = 800 } = {}) {
  const rec = await newPage(app.browser, { viewport: { width, height }, locale: 'fr-FR' });
  await rec.page.clock.setFixedTime(new Date(DAY));
  await rec.page.goto(app.server.url + path);
  await rec.page.locator('[data-summary]').first().waitFor();
  await rec.page.locator('.dee-qr svg').waitFor({ state: 'attached' });
  return rec;
}

const withMode = (link, mode) => (mode ? `${link}&${mode}&base=bac-recent` : link);

function pdfPages(buffer, name) {
  const file = artifactPath(`print23-${name}.pdf`);
  writeFileSync(file, buffer);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(info.match(/^Pages:\s+(\d+)/m)[1]);
}

test('from presentation mode, each persona prints on one A4 page, the longest case on two at most', async () => {
  for (const [name, link] of PERSONAS) {
    const rec = await open(withMode(link, 'mode=presentation'));
    const pages = pdfPages(await rec.page.pdf({ format: 'A4', preferCSSPageSize: true }), `presentation-${name}`);
    assert.equal(pages, 1, `${name}: ${pages} pages from presentation mode`);
    assert.deepEqual(rec.pageErrors, []);
    await rec.close();
  }
  const rec = await open(withMode(LONGEST, 'mode=presentation'));
  const pages = pdfPages(await rec.page.pdf({ format: 'A4', preferCSSPageSize: true }), 'presentation-longest');
  assert.ok(pages <= 2, `the longest case prints on ${pages} pages`);
  await rec.close();
});

/** What print shows of the page: chrome, sizes, the checklist. */
async function printed(page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const size = (sel) => {
      const el = [...document.querySelectorAll(sel)].find(shown);
      return el ? getComputedStyle(el).fontSize : null;
    };
    const chrome = [...document.querySelectorAll('.dee-header button, .dee-header nav, .dee-header a, .dee-kiosk, .dee-actions')].filter(shown)
      .map((e) => e.textContent.trim());
    return {
      chrome,
      sizes: ['.dee-root', '.dee-h1', '.dee-h2', '.dee-glance__v', '.dee-glance__why p', '.dee-source', '.dee-table th', '.dee-print-footer p']
        .map((s) => [s, size(s)]),
      checklist: [...document.querySelectorAll('[data-section=documents] li')].filter(shown).map((li) => li.textContent.trim()),
      link: document.querySelector('.dee-print-footer')?.textContent ?? '',
    };
  });
}

test('nothing of the screen chrome is printed, and the type sizes are the same from every mode', async () => {
  const [, link] = PERSONAS[1];
  let reference = null;
  for (const mode of MODES) {
    const rec = await open(withMode(link, mode));
    const p = await printed(rec.page);
    assert.deepEqual(p.chrome, [], `${mode || 'standard'}: screen chrome printed: ${p.chrome.join(' | ')}`);
    assert.ok(p.sizes.every(([, s]) => s !== null), `${mode}: ${JSON.stringify(p.sizes)}`);
    // Reasons are never smaller than the sources beside them.
    const px = Object.fromEntries(p.sizes.map(([k, v]) => [k, parseFloat(v)]));
    assert.ok(px['.dee-glance__why p'] >= px['.dee-source'], `${mode}: reasons ${px['.dee-glance__why p']}px, sources ${px['.dee-source']}px`);
    if (reference === null) reference = p.sizes;
    else assert.deepEqual(p.sizes, reference, `${mode}: the printed sizes differ from presentation mode's`);
    // The site route's checklist (page: CV, training project, diploma copy).
    assert.equal(p.checklist.length, 3, `${mode}: ${p.checklist.join(' | ')}`);
    assert.match(p.checklist.join(' '), /CV.*10\s000 caractères.*diplôme le plus élevé/s);
    if (mode === 'mode=presentation') {
      await rec.page.screenshot({ path: artifactPath('print23-presentation-screen-as-print.png'), fullPage: true });
    }
    await rec.close();
  }
});

test('the printed QR code and link carry the answers and lang only, from every mode, and reopen the standard view', async () => {
  const [, link] = PERSONAS[3];
  for (const mode of MODES) {
    const rec = await open(withMode(link, mode), { width: 800, height: 1000 });
    const { page } = rec;
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator('.dee-qr');
    const png = PNG.sync.read(await qr.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code, `${mode}: the QR code decodes`);
    const url = new URL(code.data);
    const params = url.searchParams;
    for (const setting of ['mode', 'couleur', 'delai', 'base']) {
      assert.equal(params.has(setting), false, `${mode}: the QR link carries ${setting}: ${code.data}`);
    }
    assert.equal(params.get('lang'), 'en', `${mode}: ${code.data}`);
    assert.equal(params.get('etape'), 'resultat');
    assert.equal(params.get('situation'), 'demandeur_emploi');
    assert.ok((await page.locator('.dee-print-footer').textContent()).includes(code.data), 'the printed link is the QR link');
    // A phone opening it: the standard view, the same outcomes.
    const outcomes = (p) => p.locator('[data-outcome]').evaluateAll((cs) => cs.map((c) => `${c.dataset.outcome}=${c.dataset.value}`));
    const want = await outcomes(page);
    const phone = await newPage(app.browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    await phone.page.clock.setFixedTime(new Date(DAY));
    await phone.page.goto(code.data);
    await phone.page.locator('[data-outcome]').first().waitFor();
    assert.deepEqual(await outcomes(phone.page), want, mode);
    assert.equal(await phone.page.locator('.dee-app--standard').count(), 1, `${mode}: the standard view`);
    assert.equal(await phone.page.getByRole('button', { name: /Nouvelle personne|New person/ }).count(), 0);
    assert.equal(await phone.page.evaluate(() => document.documentElement.lang), 'en');
    await phone.close();
    await rec.close();
  }
});

test('a printed page: looked at as an image', async () => {
  const rec = await open(withMode(PERSONAS[0][1], 'mode=presentation'));
  const file = artifactPath('print23-lyceen.pdf');
  writeFileSync(file, await rec.page.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', file, artifactPath('print23-lyceen')]);
  await rec.close();
});
