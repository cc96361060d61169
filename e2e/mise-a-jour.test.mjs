// The admission service's update page (mise-a-jour.html), as a person uses
// it: fill the form with next year's values (tests/fixtures/mise-a-jour/
// donnees.toml), see two typos explained, see a page date left at last
// year's refused, preview what candidates are told on two dates, download
// donnees.toml and the summary, and run the guide's own check
// (scripts/verifier-contenu.sh) on the downloaded file: it passes, and the
// file's values are the fixture's, byte for byte. Also: noindex, linked from
// no candidate page, no request to anything but its own files, no CSP
// violation, axe clean, offline after one visit.
// Run: node --test e2e/mise-a-jour.test.mjs   (after `trunk build --release`)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR, ROOT_DIR, artifactPath, axeScan, formatViolations, newPage, servedApp } from './lib.mjs';

const app = servedApp();
const FIXTURE = join(ROOT_DIR, 'tests/fixtures/mise-a-jour/donnees.toml');
const fixture = readFileSync(FIXTURE, 'utf8');
const PAGE = 'mise-a-jour.html';

/** The value after `name =` in a donnees.toml (a text without its quotes). */
function valueOf(src, name) {
  const m = src.match(new RegExp(`^${name}\\s*=\\s*(.*?)\\s*(#.*)?$`, 'm'));
  assert.ok(m, `no ${name} in the file`);
  const v = m[1];
  return v.startsWith('"') ? JSON.parse(v) : v;
}

// The form's fields: the values the guide lists.
const FIELDS = [
  'year', 'start', 'page_updated', 'places_initial',
  'registration_opens', 'parcoursup_closes', 'file_deadline', 'oral_starts', 'oral_ends',
  'admission', 'registration', 'tuition', 'continuing_cost',
  'phone', 'phone_tel',
];

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** A day as the widget writes it in French: « 1er avril 2027 », « 27 février 2027 ». */
function french(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
}
function dayAfter(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
/** From `[intake]` on: the values and their comments, not the file's header. */
const body = (src) => src.slice(src.indexOf('[intake]'));

async function openPage(browser, server) {
  const rec = await newPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  await rec.page.goto(`${server.url}${PAGE}`);
  await rec.page.locator('input[name="year"]').waitFor({ timeout: 20_000 });
  return rec;
}

async function fill(page, name, value) {
  await page.locator(`input[name="${name}"]`).fill(value);
}

const status = (page) => page.locator('#maj-status');
const errorOf = (page, name) => page.locator(`[data-error-for="${name}"]`);

test('the update page: in the release, noindex, linked from no candidate page', () => {
  assert.ok(existsSync(join(DIST_DIR, PAGE)), `${PAGE} is in the build`);
  const html = readFileSync(join(DIST_DIR, PAGE), 'utf8');
  assert.match(html, /<meta name="robots" content="noindex/);
  // Its own wasm, not the candidates'.
  const wasm = readdirSync(DIST_DIR).filter((f) => f.endsWith('.wasm'));
  assert.ok(wasm.some((f) => /^mise-a-jour-[0-9a-f]{16}_bg\.wasm$/.test(f)), 'its own wasm');
  const index = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  assert.ok(!index.includes('mise-a-jour'), 'index.html neither links to it nor loads its files');
  for (const f of readdirSync(DIST_DIR).filter((n) => /^(loader|deass-eligibility|guard)-.*\.js$/.test(n))) {
    assert.ok(!readFileSync(join(DIST_DIR, f), 'utf8').includes('mise-a-jour'), `${f} does not know the update page`);
  }
});

test('prefilled with the current data; typos explained; last year page date refused', async () => {
  const rec = await openPage(app.browser, app.server);
  const { page } = rec;
  try {
    // Prefilled with the data the release was built with.
    const built = readFileSync(join(ROOT_DIR, process.env.DEASS_CONTENT_DIR ?? 'content', 'donnees.toml'), 'utf8');
    for (const name of FIELDS) {
      assert.equal(await page.locator(`input[name="${name}"]`).inputValue(), valueOf(built, name), `${name} prefilled`);
    }
    await page.screenshot({ path: artifactPath('mise-a-jour-start.png'), fullPage: true });
    const violations = await axeScan(page);
    assert.equal(violations.length, 0, `axe serious/critical violations:\n${formatViolations(violations)}`);

    for (const name of FIELDS) await fill(page, name, valueOf(fixture, name));
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'ok');

    // Typo 1: a date written day first.
    const opens = valueOf(fixture, 'registration_opens');
    const [y, m, d] = opens.split('-');
    await fill(page, 'registration_opens', `${d}/${m}/${y}`);
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'refused');
    const e1 = await errorOf(page, 'registration_opens').textContent();
    assert.match(e1, /calendar\.registration_opens/, 'the message names the key');
    assert.ok(e1.includes('jour, mois, année') && e1.includes(`écrivez ${opens}`), `the right form is given: ${e1}`);
    assert.equal(await page.locator('input[name="registration_opens"]').getAttribute('aria-invalid'), 'true');
    assert.ok(await page.locator('[data-action="download-data"]').isDisabled(), 'no download while refused');
    await fill(page, 'registration_opens', opens);

    // Typo 2: an amount with a space and the euro sign.
    const cost = valueOf(fixture, 'continuing_cost');
    await fill(page, 'continuing_cost', `${cost.slice(0, -3)} ${cost.slice(-3)} €`);
    const e2 = errorOf(page, 'continuing_cost');
    await e2.waitFor({ state: 'visible' });
    const t2 = await e2.textContent();
    assert.ok(t2.includes('fees.continuing_cost') && t2.includes('sans le symbole €') && t2.includes(`écrivez ${cost}`), t2);
    await fill(page, 'continuing_cost', cost);
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'ok');

    // The page's date left at the built data's while the calendar moved.
    await fill(page, 'registration_opens', dayAfter(opens));
    await fill(page, 'page_updated', valueOf(built, 'page_updated'));
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'refused');
    assert.match(await errorOf(page, 'page_updated').textContent(), /Dernière mise à jour/);

    // A plausibility guard: an amount ten times larger is « À VÉRIFIER »
    // until confirmed.
    await fill(page, 'registration_opens', opens);
    await fill(page, 'page_updated', valueOf(fixture, 'page_updated'));
    await fill(page, 'admission', `${valueOf(fixture, 'admission')}0`);
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'to-check');
    assert.match(await errorOf(page, 'admission').textContent(), /À VÉRIFIER/);
    assert.ok(await page.locator('[data-action="download-data"]').isDisabled(), 'no download before confirming');
    await page.getByLabel(/J'ai relu sur la page de l'IRTS/).check();
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'ok');
    assert.ok(await page.locator('[data-action="download-data"]').isEnabled(), 'confirmed: the file may be downloaded');

    assert.deepEqual(rec.cspViolations, [], 'no CSP violation');
    assert.deepEqual(rec.pageErrors, [], 'no page error');
    assert.deepEqual(rec.consoleErrors, [], 'no console error');
  } finally {
    await rec.close();
  }
});

test('the fixture entered: preview on two dates, invariants, download, the guide check passes', async () => {
  const rec = await openPage(app.browser, app.server);
  const { page } = rec;
  const dir = mkdtempSync(join(tmpdir(), 'mise-a-jour-'));
  try {
    for (const name of FIELDS) await fill(page, name, valueOf(fixture, name));
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'ok');
    const summary = await page.locator('[data-summary]').textContent();
    assert.match(summary, /ouverture des inscriptions/, 'the summary lists the values');

    // Preview 1: the day registrations open: the high-school student goes
    // to Parcoursup, until the fixture's close date.
    const preview = page.locator('[data-preview]');
    await page.locator('input[name="apercu_date"]').fill(valueOf(fixture, 'registration_opens'));
    await page.waitForFunction(
      (d) => document.querySelector('[data-preview-day]')?.dataset.previewDay === d,
      valueOf(fixture, 'registration_opens'),
    );
    const pupil = preview.locator('[data-candidate="0"]');
    assert.equal(await pupil.locator('[data-outcome="route"]').first().getAttribute('data-value'), 'parcoursup');
    assert.equal(await preview.locator('[data-candidate]').count(), 5, 'five typical candidates');
    assert.equal(await pupil.locator('[data-outcome]').count(), 4, 'four conclusions');
    const next1 = await pupil.locator('[data-next]').first().textContent();
    assert.ok(next1.includes(french(valueOf(fixture, 'parcoursup_closes'))), `next step with the new close date: ${next1}`);

    // Preview 2: the day after Parcoursup closes: the file and the orals of
    // the new calendar.
    const after = dayAfter(valueOf(fixture, 'parcoursup_closes'));
    await page.locator('input[name="apercu_date"]').fill(after);
    await page.waitForFunction((d) => document.querySelector('[data-preview-day]')?.dataset.previewDay === d, after);
    const next2 = (await pupil.locator('[data-next]').allTextContents()).join(' ');
    assert.ok(next2.includes(french(valueOf(fixture, 'file_deadline'))), `next step with the new file deadline: ${next2}`);

    // The engine's invariants on the edited facts.
    await page.waitForFunction(() => document.querySelector('#maj-invariants')?.dataset.invariants !== 'pending', null, { timeout: 60_000 });
    assert.equal(await page.locator('#maj-invariants').getAttribute('data-invariants'), 'ok', await page.locator('#maj-invariants').textContent());
    await page.screenshot({ path: artifactPath('mise-a-jour-filled.png'), fullPage: true });

    // The two files.
    const [data] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-data"]').click()]);
    assert.equal(data.suggestedFilename(), 'donnees.toml');
    await data.saveAs(join(dir, 'donnees.toml'));
    const [sum] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-summary"]').click()]);
    assert.equal(sum.suggestedFilename(), `resume-mise-a-jour-${valueOf(fixture, 'year')}.txt`);
    await sum.saveAs(join(dir, 'resume.txt'));
    assert.ok(readFileSync(join(dir, 'resume.txt'), 'utf8').includes('→') || summary.includes('inchangé'));

    const bytes = readFileSync(join(dir, 'donnees.toml'));
    assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no BOM');
    const got = bytes.toString('utf8');
    assert.equal(body(got), body(fixture), 'the values (and their comments) are the fixture, byte for byte');
    const built = readFileSync(join(ROOT_DIR, process.env.DEASS_CONTENT_DIR ?? 'content', 'donnees.toml'), 'utf8');
    assert.equal(got.slice(0, got.indexOf('[intake]')), built.slice(0, built.indexOf('[intake]')), 'the header comments kept');

    // Nothing was sent: every request is one of the page's own files.
    assert.deepEqual(rec.requestsOutside(app.server.origin), [], 'no request leaves the page');
    assert.deepEqual(rec.pageErrors, [], 'no page error');
    assert.deepEqual(rec.cspViolations, [], 'no CSP violation');

    // The guide's check on the downloaded file (the technical team's way).
    const out = execFileSync('bash', ['scripts/verifier-contenu.sh', dir], { cwd: ROOT_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.match(out, /CONTENU OK/, out);
  } finally {
    await rec.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('offline after one visit', async () => {
  const rec = await openPage(app.browser, app.server);
  const { page, context } = rec;
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    const kept = await page.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        for (const k of await caches.keys()) {
          if (await (await caches.open(k)).match('./mise-a-jour.html')) return true;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    });
    assert.ok(kept, 'the service worker keeps the update page');
    await context.setOffline(true);
    await page.reload();
    await page.locator('input[name="year"]').waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('#maj-status')?.dataset.status === 'ok');
  } finally {
    await rec.close();
  }
});
