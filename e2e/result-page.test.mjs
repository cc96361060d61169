// The result page as a candidate takes it in on a phone (the glance: four
// lines and the next step within the first screen) and as a counsellor
// prints it (one A4 sheet, with a QR code that opens the same result).
// Measured with a fixed clock: 23 November of the published year (the next intake, provisional).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  servedApp, newPage, axeScan, formatViolations, artifactPath, PUBLISHED, at, CLICKED, link, LONGEST,
} from './lib.mjs';

const app = servedApp();
const DAY = at(`${PUBLISHED}-11-23`);

// The five personas of the questionnaire suite, as result links.
const PERSONAS = CLICKED.map((p) => [p.id, link(p)]);

const QR_FILE = /\/qr-[0-9a-f]+\.js$/;

async function open(path, { width = 390, height = 844, locale = 'fr-FR' } = {}) {
  const rec = await newPage(app.browser, { viewport: { width, height }, locale });
  // The page's own downloads of the QR generator (the offline worker also
  // precaches the whole build in the background: not the page's screen).
  rec.qrLoads = 0;
  rec.page.on('request', (r) => { if (!r.serviceWorker() && QR_FILE.test(r.url())) rec.qrLoads += 1; });
  await rec.page.clock.setFixedTime(new Date(DAY));
  await rec.page.goto(app.server.url + path);
  await rec.page.locator('[data-summary]').first().waitFor();
  return rec;
}

for (const lang of ['fr', 'en']) {
  test(`the glance (four lines and the next step with its button) fits the first 844 px at 390 px wide, ${lang}`, async () => {
    for (const [name, link] of PERSONAS) {
      const rec = await open(`${link}&lang=${lang}`);
      const { page } = rec;
      const lines = await page.locator('[data-summary]').evaluateAll((els) => els.map((e) => e.dataset.summary));
      assert.deepEqual(lines, ['prerequisite', 'route', 'interview', 'funding'], name);
      // Each line has its certainty, the same as its detailed card's.
      for (const kind of lines) {
        const line = await page.locator(`[data-summary=${kind}]`).getAttribute('data-certainty');
        const card = await page.locator(`[data-outcome=${kind}]`).getAttribute('data-certainty');
        assert.equal(line, card, `${name}: ${kind}`);
      }
      const bottom = await page.evaluate(() => {
        const button = document.querySelector('.dee-glance .dee-next a.dee-button');
        const glance = document.querySelector('.dee-glance');
        return Math.max(button.getBoundingClientRect().bottom, glance.getBoundingClientRect().bottom) + window.scrollY;
      });
      assert.ok(bottom <= 844, `${name} (${lang}): the glance ends at ${Math.round(bottom)} px, below the first 844 px`);
      if (name === 'cdi-35h') await page.screenshot({ path: artifactPath(`glance-390-${lang}.png`) });
      assert.deepEqual(rec.pageErrors, []);
      await rec.close();
    }
  });
}

test('the glance at 320 px, and a prerequisite not met comes first with what can be done', async () => {
  const rec = await open('?diplome=aucun&vapp=non&situation=cdd&contrat=aucun&blocs=aucun', { width: 320 });
  const { page } = rec;
  const notice = page.locator('[data-not-met]');
  assert.match(await notice.textContent(), /pas encore la condition d'accès.*D\.\s613.40/s);
  // The notice precedes the lines, and the three other conclusions are "if met".
  const order = await page.evaluate(() => {
    const n = document.querySelector('[data-not-met]');
    const route = document.querySelector('[data-summary=route]');
    return n.compareDocumentPosition(route) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'the notice comes before the route line');
  assert.match(await page.locator('.dee-glance').textContent(), /Si vous remplissez la condition d'accès/);
  const v = await axeScan(page);
  assert.equal(v.length, 0, formatViolations(v));
  await page.screenshot({ path: artifactPath('glance-320-not-met.png') });
  await rec.close();
});

function pdfPages(buffer, name) {
  const file = artifactPath(`print-${name}.pdf`);
  writeFileSync(file, buffer);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(info.match(/^Pages:\s+(\d+)/m)[1]);
}

test('the printout is one A4 page for each persona, two at most for the longest case', async () => {
  for (const [name, link] of PERSONAS) {
    const rec = await open(link, { width: 800, height: 1000 });
    const { page } = rec;
    await page.locator('.dee-qr svg').waitFor({ state: 'attached' });
    const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }), name);
    assert.equal(pages, 1, `${name}: ${pages} pages`);
    await rec.close();
  }
  const rec = await open(LONGEST, { width: 800, height: 1000, locale: 'en-GB' });
  await rec.page.locator('.dee-qr svg').waitFor({ state: 'attached' });
  const pages = pdfPages(await rec.page.pdf({ format: 'A4', preferCSSPageSize: true }), 'longest');
  assert.ok(pages <= 2, `the longest case prints on ${pages} pages`);
  await rec.close();
});

test('the printed QR code opens the same result, and its generator is never on the first screen', async () => {
  const start = await newPage(app.browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  let startLoads = 0;
  start.page.on('request', (r) => { if (!r.serviceWorker() && QR_FILE.test(r.url())) startLoads += 1; });
  await start.page.goto(app.server.url);
  await start.page.locator('h1').waitFor();
  await start.page.getByRole('button', { name: 'Commencer' }).click();
  await start.page.locator('fieldset legend h1').waitFor();
  assert.equal(startLoads, 0, 'no QR generator on the start page or a question');
  assert.equal(await start.page.locator('#dee-qr-script').count(), 0);
  await start.close();

  const [name, link] = PERSONAS[1];
  const rec = await open(link, { width: 800, height: 1000 });
  const { page } = rec;
  await page.emulateMedia({ media: 'print' });
  const qr = page.locator('.dee-qr');
  await qr.locator('svg').waitFor();
  assert.equal(rec.qrLoads, 1, 'loaded once, on the result');
  const png = PNG.sync.read(await qr.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, `${name}: the QR code decodes`);
  const printed = await page.locator('.dee-print-footer').textContent();
  assert.ok(printed.includes(code.data), `the code holds the printed link: ${code.data}`);
  // A phone camera opening it gets the same result.
  const outcomes = async (p) => p.locator('[data-outcome]').evaluateAll((cs) => cs.map((c) => `${c.dataset.outcome}=${c.dataset.value}`));
  const want = await outcomes(page);
  const phone = await newPage(app.browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await phone.page.clock.setFixedTime(new Date(DAY));
  await phone.page.goto(code.data);
  await phone.page.locator('[data-outcome]').first().waitFor();
  assert.deepEqual(await outcomes(phone.page), want);
  assert.deepEqual(rec.consoleErrors, [], 'no CSP or integrity error loading the generator');
  await phone.close();
  await rec.close();
});
