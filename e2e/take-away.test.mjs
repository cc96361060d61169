// What a candidate takes away from the widget (issue 29): the result shared
// from a phone ("Partager": the share sheet, or the clipboard where there is
// none), its dates as a calendar file ("Ajouter à mon agenda": RFC 5545,
// read back with ical.js, the dates the data's for the route and intake),
// how far they are in the questions (a number that never grows), the place
// kept in view, a refused value kept in its field, and the French phrases of
// the English pages marked as French; and the widget's own poster.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  servedApp, newPage, appReady, axeScan, formatViolations, artifactPath,
  FACTS, PUBLISHED, AFTER_ORALS, at, PERSONAS, link, LABELS,
} from './lib.mjs';

const app = servedApp();
const C = FACTS.calendar;

/** The day after `YYYY-MM-DD`, same form. */
function dayAfter(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` a year on (the widget's guess for an unpublished intake). */
const yearOn = (iso) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

async function open(path, { day, width = 390, height = 844, locale = 'fr-FR', init } = {}) {
  const rec = await newPage(app.browser, { viewport: { width, height }, locale, acceptDownloads: true });
  if (init) await rec.context.addInitScript(init);
  await rec.page.clock.setFixedTime(new Date(at(day)));
  await rec.page.goto(app.server.url + path);
  await appReady(rec.page);
  return rec;
}

/** Clicks "Ajouter à mon agenda" and returns the file's name and text. */
async function downloadAgenda(page) {
  const button = page.locator('[data-action=calendar]');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** The events of an .ics text, parsed by ical.js, in the file's order. */
function parse(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.equal(cal.name, 'vcalendar');
  assert.equal(cal.getFirstPropertyValue('version'), '2.0');
  assert.ok(cal.getFirstPropertyValue('prodid'));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    assert.ok(e.startDate.isDate, 'an all-day DTSTART (VALUE=DATE)');
    assert.ok(v.getFirstPropertyValue('dtstamp'), 'DTSTAMP');
    return { uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString(), summary: e.summary, description: e.description };
  });
}

/** Lines: CRLF only, none longer than 75 octets. */
function wellFormed(text) {
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'CRLF line ends only');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
}

test('"Ajouter à mon agenda": a Parcoursup candidate gets the data\'s dates still ahead, in a file a real parser reads', async () => {
  // A lycéen during registrations (the day after they open): the published intake.
  const day = dayAfter(C.registration_opens);
  const rec = await open(`${link(PERSONAS.lyceen)}`, { day });
  const { page } = rec;
  await page.locator('[data-outcome=route][data-value=parcoursup]').waitFor();
  const button = page.locator('[data-action=calendar]');
  assert.equal(await button.textContent(), 'Ajouter à mon agenda');
  const { name, text } = await downloadAgenda(page);
  assert.equal(name, `deass-agenda-${PUBLISHED}.ics`);
  wellFormed(text);
  const events = parse(text);
  assert.deepEqual(events.map((e) => [e.start, e.end]), [
    [C.parcoursup_closes, dayAfter(C.parcoursup_closes)],
    [C.file_deadline, dayAfter(C.file_deadline)],
    [C.oral_starts, dayAfter(C.oral_ends)],
  ]);
  assert.equal(new Set(events.map((e) => e.uid)).size, 3, 'a UID each');
  assert.match(events[0].summary, /Clôture des inscriptions sur Parcoursup/);
  for (const e of events) {
    assert.doesNotMatch(e.summary, /provisoire/);
    assert.match(e.description, /etape=resultat/);
    assert.match(e.description, /lang=fr/);
  }
  // Said, where a screen reader hears it.
  await page.getByRole('status').filter({ hasText: "Le fichier d'agenda est téléchargé" }).waitFor();
  await page.locator('[data-action=calendar]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('take-away-actions-390.png') });
  assert.deepEqual(rec.pageErrors, []);
  assert.deepEqual(rec.consoleErrors, []);
  await rec.close();
});

for (const lang of ['fr', 'en']) {
  test(`"Ajouter à mon agenda" for a later intake: provisional dates say so in each event (${lang})`, async () => {
    // After the orals: the next intake, whose calendar is not published.
    const rec = await open(`${link(PERSONAS.cdi35h)}&lang=${lang}`, { day: AFTER_ORALS, locale: `${lang}-FR` });
    const { page } = rec;
    await page.locator('[data-outcome=route][data-value=site]').waitFor();
    const { name, text } = await downloadAgenda(page);
    assert.equal(name, `deass-agenda-${PUBLISHED + 1}.ics`);
    wellFormed(text);
    const events = parse(text);
    // Off Parcoursup: the opening of registrations, and to call the admission service.
    assert.deepEqual(events.map((e) => e.start), [yearOn(C.registration_opens)]);
    const tag = lang === 'fr' ? '(date provisoire)' : '(provisional date)';
    for (const e of events) {
      assert.ok(e.summary.endsWith(tag), e.summary);
      assert.match(e.description, lang === 'fr' ? /Date provisoire/ : /Provisional date/);
      assert.ok(e.description.includes(FACTS.contact.phone), 'the admission service\'s number');
    }
    assert.deepEqual(rec.pageErrors, []);
    await rec.close();
  });
}

test('"Partager": the share sheet gets the result link (answers and lang only); without one, "Copier le lien" copies it', async () => {
  const path = `${link(PERSONAS.cdi35h)}&mode=presentation&couleur=%23aa0000&etape=resultat`;
  const want = (href) => {
    const u = new URL(href);
    assert.equal(u.origin, app.server.origin);
    assert.equal(u.searchParams.get('etape'), 'resultat');
    assert.equal(u.searchParams.get('lang'), 'fr');
    assert.equal(u.searchParams.get('mode'), null, 'the standard view');
    assert.equal(u.searchParams.get('couleur'), null);
    assert.equal(u.searchParams.get('situation'), 'cdi');
  };
  // A phone: navigator.share exists (recorded here instead of a sheet).
  const phone = await open(path, {
    day: AFTER_ORALS,
    init: () => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: function (data) { window.__shared = data; return Promise.resolve(); },
      });
    },
  });
  const share = phone.page.locator('[data-action=share]');
  assert.equal(await share.textContent(), 'Partager');
  await share.click();
  await phone.page.waitForFunction(() => window.__shared);
  const shared = await phone.page.evaluate(() => window.__shared);
  want(shared.url);
  assert.ok(shared.title);
  await phone.page.screenshot({ path: artifactPath('take-away-share-390.png') });
  assert.deepEqual(phone.pageErrors, []);
  await phone.close();
  // A desktop without a share sheet: the clipboard.
  const desk = await open(path, { day: AFTER_ORALS, width: 1280, height: 900 });
  await desk.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  const copy = desk.page.locator('[data-action=share]');
  assert.equal(await copy.textContent(), 'Copier le lien');
  await copy.click();
  await desk.page.getByRole('status').filter({ hasText: 'Lien copié' }).waitFor();
  want(await desk.page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(desk.pageErrors, []);
  await desk.close();
});

test('each question says its place and how many at most remain: a number that never grows, the place kept in view', async () => {
  const rec = await open('?mode=presentation', { day: AFTER_ORALS, width: 390, height: 640 });
  const { page } = rec;
  await page.getByRole('button', { name: 'Commencer' }).click();
  const { BAC, YEAR, HOURS, NO_CONTRACT, NO_BLOC } = LABELS;
  const steps = [BAC, YEAR(PUBLISHED - 16), 'Salarié·e en CDI', HOURS(35), NO_CONTRACT, 'Non', NO_BLOC];
  const totals = [];
  for (const [i, step] of steps.entries()) {
    await page.waitForFunction((n) => document.querySelector('.dee-caption')?.textContent.startsWith(`Question ${n}`), i + 1);
    const caption = await page.locator('.dee-caption').textContent();
    const m = /^Question (\d+) sur (\d+) au plus$/.exec(caption);
    assert.ok(m && Number(m[1]) === i + 1, caption);
    const most = Number(m[2]);
    totals.push(most);
    // The toolbar, "Retour" and the place are in view, and the focus is on the question.
    for (const sel of ['.dee-header__tools', '.dee-back', '.dee-caption']) {
      const box = await page.locator(sel).first().boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `${sel} in view at question ${i + 1}: ${JSON.stringify(box)}`);
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'dee-heading');
    if (i === 0) {
      const v = await axeScan(page);
      assert.equal(v.length, 0, formatViolations(v));
      await page.screenshot({ path: artifactPath('take-away-question-390.png') });
    }
    if (step.type) await page.getByLabel(step.type, { exact: true }).fill(step.value);
    else await page.getByLabel(step, { exact: true }).check();
    // Scrolled down, as on a phone after reading the options.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await page.waitForFunction(() => /Vérifiez/.test(document.querySelector('h1')?.textContent ?? ''));
  for (let i = 1; i < totals.length; i++) assert.ok(totals[i] <= totals[i - 1], `never grows: ${totals}`);
  assert.ok(totals[0] >= steps.length, `at most ${totals[0]} for ${steps.length} asked`);
  assert.equal(totals.at(-1), steps.length, 'the last question: « Question 7 sur 7 au plus »');
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('a refused value stays in its field with the error (a bac year typed « 10 »)', async () => {
  const rec = await open('?diplome=bac', { day: AFTER_ORALS });
  const { page } = rec;
  const field = page.getByLabel(LABELS.YEAR(0).type, { exact: true });
  await field.fill('10');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await field.inputValue(), '10');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await page.screenshot({ path: artifactPath('take-away-refused-390.png') });
  // Corrected, it goes on.
  await field.fill(String(PUBLISHED - 16));
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForFunction(() => /situation/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('English pages mark their French phrases lang="fr": the start page\'s, and the section titles cited', async () => {
  const rec = await open('?lang=en', { day: AFTER_ORALS, locale: 'en-GB' });
  const { page } = rec;
  assert.equal(await page.locator('h1 [lang=fr]').textContent(), 'assistant de service social');
  await page.goto(`${app.server.url}${link(PERSONAS.cdi35h)}&lang=en`);
  await page.locator('[data-section=documents] .dee-source').waitFor();
  const sources = await page.locator('.dee-source').evaluateAll((ps) => ps.map((p) => p.querySelector('em[lang=fr]')?.textContent ?? null));
  assert.ok(sources.length > 3 && sources.every((s) => s && s.length > 3), JSON.stringify(sources));
  assert.deepEqual(rec.pageErrors, []);
  await rec.close();
});

test('the poster (mode=affiche), linked from presentation mode: one A4 page, the name, one line, a QR code to the start page', async () => {
  const rec = await open('?mode=presentation', { day: AFTER_ORALS, width: 1280, height: 900 });
  const { page } = rec;
  await page.getByRole('link', { name: 'Affiche' }).click();
  await page.locator('.dee-poster__qr svg').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('mode'), 'affiche');
  assert.equal(await page.locator('h1').textContent(), "Simulateur d'admission DEASS");
  const v = await axeScan(page);
  assert.equal(v.length, 0, formatViolations(v));
  await page.screenshot({ path: artifactPath('take-away-poster-1280.png') });
  // One A4 page.
  const pdf = artifactPath('poster.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
  assert.equal(pages, 1);
  // The code, as printed, opens the start page (no mode).
  await page.emulateMedia({ media: 'print' });
  const png = PNG.sync.read(await page.locator('.dee-poster__qr').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the QR code decodes');
  assert.equal(code.data, `${app.server.url}`);
  const phone = await newPage(app.browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await phone.page.goto(code.data);
  await phone.page.getByRole('button', { name: 'Commencer' }).waitFor();
  await phone.close();
  assert.deepEqual(rec.pageErrors, []);
  assert.deepEqual(rec.consoleErrors, []);
  await rec.close();
});
