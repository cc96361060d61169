// End-to-end tests of the built app in headless Chromium: personas click
// through the questionnaire as a person would (labels, buttons, keyboard),
// links are opened, shared and tampered with, and axe scans each kind of page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  servedApp, newPage, appReady, axeScan, formatViolations, artifactPath,
  FACTS, PUBLISHED, AFTER_ORALS, at, longDate, euros, CLICKED, HOSTILE, LABELS,
} from './lib.mjs';

const app = servedApp();

/** A page on a phone-sized screen, on a fixed day (the calendar depends on it). */
async function open(path = '', { width = 375, height = 740, day = at(AFTER_ORALS), locale = 'fr-FR', ...opts } = {}) {
  const rec = await newPage(app.browser, { viewport: { width, height }, locale, ...opts });
  await rec.page.clock.setFixedTime(new Date(day));
  await rec.page.goto(app.server.url + path);
  await appReady(rec.page);
  return rec;
}

const heading = (page) => page.locator('h1').first().textContent();

/** Waits until the page's h1 is no longer `old`. */
async function nextPage(page, old) {
  await page.waitForFunction((o) => document.querySelector('h1')?.textContent !== o, old);
}

/** Picks a radio or checkbox by its label, or types in the field, then "Continuer". */
async function answer(page, choice, { group } = {}) {
  const old = await heading(page);
  const scope = group ? page.getByRole('group', { name: group, exact: true }) : page;
  // A bloc is ticked under "Oui", which reveals them.
  if (group && await page.locator('#dee-blocs-oui').count()) await page.locator('#dee-blocs-oui').check();
  if (choice.type) {
    await page.getByLabel(choice.type, { exact: true }).fill(choice.value);
  } else {
    await scope.getByLabel(choice, { exact: true }).check();
  }
  await page.getByRole('button', { name: /^(Continuer|Continue)$/ }).click();
  await nextPage(page, old);
}

async function seeResult(page) {
  assert.match(await heading(page), /Vérifiez vos réponses/);
  const old = await heading(page);
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  await nextPage(page, old);
  assert.equal(await heading(page), 'Votre résultat');
}

async function outcomes(page) {
  const out = {};
  for (const card of await page.locator('[data-outcome]').all()) {
    out[await card.getAttribute('data-outcome')] = await card.getAttribute('data-value');
  }
  return out;
}

/** The outcomes left to the admission service (`data-certainty=to_confirm`). */
async function toConfirm(page) {
  return page.locator('[data-outcome][data-certainty=to_confirm]').evaluateAll((cards) => cards.map((c) => c.dataset.outcome));
}

function clean(rec) {
  assert.deepEqual(rec.pageErrors, [], 'no page error');
  assert.deepEqual(rec.consoleErrors, [], 'no console error');
  assert.deepEqual(rec.foreignRequests(), [], 'no request leaves 127.0.0.1');
}

async function noSeriousAxeViolation(page, what) {
  const v = await axeScan(page);
  assert.equal(v.length, 0, `axe on ${what}:\n${formatViolations(v)}`);
}

const { BAC, NO_BAC, NO_BLOC, YEAR, HOURS } = LABELS;

// What each clicked persona's next step says and links to, on AFTER_ORALS.
const NEXT = {
  lyceen: { next: /Parcoursup/, href: /parcoursup\.fr/ },
  // Next year's registrations are not open yet: the institute's page.
  'cdi-35h': { next: /page de la formation \(IRTS\)/, href: /irtsnormandiecaen\.fr/ },
  'titulaire-dees-bloc': { next: /page de la formation \(IRTS\)/, href: /irtsnormandiecaen\.fr/ },
  'job-seeker': {
    next: /Parcoursup/,
    href: /parcoursup\.fr/,
    also: async (page) => {
      const changes = await page.locator('[data-outcome=funding]').textContent();
      assert.match(changes, /France Travail vous ferait entrer/);
    },
  },
  apprentice: { next: /Parcoursup/, href: /parcoursup\.fr/ },
};
const personas = CLICKED.map((p) => ({
  name: p.name,
  steps: p.answers.map(([, , pick]) => pick),
  want: p.want,
  confirm: p.toConfirm,
  ...NEXT[p.id],
}));

for (const p of personas) {
  test(`persona: ${p.name} reaches the right result on a phone`, async () => {
    const rec = await open();
    const { page } = rec;
    const old = await heading(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await nextPage(page, old);
    for (const step of p.steps) {
      if (Array.isArray(step)) await answer(page, step[0], { group: step[1] });
      else await answer(page, step);
    }
    await seeResult(page);
    assert.deepEqual(await outcomes(page), p.want);
    assert.deepEqual(await toConfirm(page), p.confirm, 'how sure each outcome is');
    // After the published session's orals: next year's intake, provisionally (its calendar is not out).
    const root = page.locator('.dee-result');
    assert.equal(await root.getAttribute('data-intake'), String(PUBLISHED + 1));
    assert.equal(await root.getAttribute('data-provisional'), 'true');
    assert.match(await page.locator('.dee-lead').textContent(), new RegExp(`rentrée de septembre ${PUBLISHED + 1}`));
    assert.match(await page.locator('.dee-next a.dee-button').textContent(), p.next);
    assert.match(await page.locator('.dee-next a.dee-button').getAttribute('href'), p.href);
    assert.equal(await page.locator('meta[name=robots]').getAttribute('content'), 'noindex');
    // Every card says why, with a source.
    for (const card of await page.locator('[data-outcome]').all()) {
      assert.ok(await card.locator('.dee-source cite').count() > 0, 'a citation per card');
    }
    if (p.also) await p.also(page);
    clean(rec);
    await rec.close();
  });
}

test('keyboard only: a candidate completes the questionnaire without a mouse', async () => {
  const rec = await open('', { width: 1280, height: 800 });
  const { page } = rec;
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
  async function tabTo(predicate, max = 60) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`could not reach the element by Tab (last focus: ${await focused()})`);
  }
  async function submit() {
    const old = await heading(page);
    await tabTo(() => document.activeElement?.getAttribute('type') === 'submit');
    // The focused button must show it: the focus colour replaces the blue.
    const bg = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
    assert.equal(bg, 'rgb(255, 221, 0)', 'visible focus on the button');
    await page.keyboard.press('Enter');
    await nextPage(page, old);
  }
  await tabTo(() => document.activeElement?.textContent?.includes('Commencer'));
  let old = await heading(page);
  await page.keyboard.press('Enter');
  await nextPage(page, old);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dee-heading', 'focus on the new heading');

  // tabTo's predicate runs in the page and takes no argument: groups need their own loop.
  async function tabToGroup(name) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((n) => document.activeElement?.name === n, name)) return;
    }
    throw new Error(`no radio of ${name} reached`);
  }
  async function pick(id) {
    const name = id.replace(/^dee-/, '').replace(/-[^-]+$/, '');
    await tabToGroup(name);
    for (let i = 0; i < 12; i++) {
      if (await page.evaluate((t) => document.activeElement?.id === t, id)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate((t) => document.getElementById(t)?.checked, id), true, `${id} chosen`);
    await submit();
  }
  await pick('dee-diplome-titre4');
  // A title holder: "do you also hold the bac?", yes, then the year under it.
  await tabToGroup('annee_bac');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.getElementById('dee-annee_bac-obtenu')?.checked), true);
  await tabTo(() => document.activeElement?.id === 'dee-annee_bac-input');
  await page.keyboard.type(String(PUBLISHED - 2));
  old = await heading(page);
  await page.keyboard.press('Enter');
  await nextPage(page, old);
  await pick('dee-situation-cdi');
  await tabTo(() => document.activeElement?.id === 'dee-heures-input');
  await page.keyboard.type('35');
  old = await heading(page);
  await page.keyboard.press('Enter');
  await nextPage(page, old);
  await pick('dee-contrat-aucun');
  await tabTo(() => document.activeElement?.id === 'dee-blocs-aucun');
  await page.keyboard.press('Space');
  await submit();
  assert.match(await heading(page), /Vérifiez/);
  await tabTo(() => document.activeElement?.textContent?.includes('Voir le résultat'));
  old = await heading(page);
  await page.keyboard.press('Enter');
  await nextPage(page, old);
  // A BTS holder with a bac from two years before the published intake, in a
  // 35 h CDI: the bac counts for the next intake, but a full-time employee's funding is for the institute to confirm.
  assert.deepEqual(await outcomes(page), { prerequisite: 'met', route: 'site', interview: 'required', funding: 'region' });
  assert.deepEqual(await toConfirm(page), ['funding']);
  assert.match(await page.locator('[data-outcome=funding]').textContent(), /À confirmer auprès du service admission/);
  clean(rec);
  await rec.close();
});

test('changing an answer from the check page returns there and keeps later answers', async () => {
  const rec = await open('?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=ES-BC3&etape=verification');
  const { page } = rec;
  assert.match(await heading(page), /Vérifiez/);
  const old = await heading(page);
  await page.getByRole('link', { name: /Modifier\s*:\s*situation/i }).click();
  await nextPage(page, old);
  assert.equal(await page.getByLabel('Salarié·e en CDD', { exact: true }).isChecked(), true, 'current answer shown');
  await answer(page, 'Salarié·e en CDI');
  await answer(page, HOURS('30'));
  await answer(page, 'Oui');
  assert.match(await heading(page), /Vérifiez/);
  assert.match(await page.locator('.dee-summary').textContent(), /DEES bloc 3/);
  assert.match(page.url(), /heures=30/);
  await seeResult(page);
  assert.deepEqual(await outcomes(page), { prerequisite: 'met', route: 'site', interview: 'exempt', funding: 'region' });
  clean(rec);
  await rec.close();
});

test("the browser's Back button goes to the previous question with its answer", async () => {
  const rec = await open('?etape=diplome');
  const { page } = rec;
  await answer(page, BAC);
  await answer(page, YEAR('2012'));
  assert.match(await heading(page), /situation/);
  await page.goBack();
  await page.waitForFunction(() => /année/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.equal(await page.getByLabel("Année d'obtention").inputValue(), '2012');
  await page.goBack();
  await page.waitForFunction(() => /diplôme/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.equal(await page.getByLabel(BAC, { exact: true }).isChecked(), true);
  await page.goForward();
  await page.waitForFunction(() => /année/.test(document.querySelector('h1')?.textContent ?? ''));
  clean(rec);
  await rec.close();
});

test('a shared complete link opens the result, and the calendar follows the day', async () => {
  const link = `?diplome=bac&annee_bac=${PUBLISHED - 2}&situation=etudiant&interruption=non&contrat=aucun&blocs=aucun`;
  const over = await open(link);
  assert.equal(await heading(over.page), 'Votre résultat');
  assert.deepEqual(await outcomes(over.page), { prerequisite: 'met', route: 'parcoursup', interview: 'required', funding: 'region' });
  assert.equal(await over.page.locator('[data-phase]').getAttribute('data-phase'), 'not_published');
  assert.match(await over.page.locator('[data-phase]').textContent(), new RegExp(`règles de la session ${PUBLISHED}.*calendrier ${PUBLISHED + 1} n.est pas encore dans ce simulateur`, 's'));
  assert.match(await over.page.locator('[data-provisional-notice]').textContent(), /Estimation provisoire/);
  clean(over);
  await over.close();
  const during = await open(link, { day: at(FACTS.calendar.registration_opens) });
  assert.match(await during.page.locator('[data-phase]').textContent(), /inscriptions sont ouvertes/);
  assert.equal(await during.page.locator('.dee-result').getAttribute('data-intake'), String(PUBLISHED));
  assert.equal(await during.page.locator('.dee-result').getAttribute('data-provisional'), null);
  assert.equal(await during.page.locator('[data-provisional-notice]').count(), 0);
  await during.close();
});

test('the intake follows the day: the bac-recency boundary, and in January before any update', async () => {
  // A bac three years before the published intake, 35 h CDI: for that intake
  // the bac was recent enough; on 23 November of that year the candidate can
  // only join the next one, four years after the bac: the page does not say
  // from when the four years count (to confirm). A year older, it is not.
  const bac = (year) => `?diplome=bac&annee_bac=${year}&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun`;
  const link = bac(PUBLISHED - 3);
  const spring = await open(link, { day: at(FACTS.calendar.registration_opens) });
  assert.equal((await outcomes(spring.page)).funding, 'region');
  await spring.close();
  const today = await open(link, { day: at(`${PUBLISHED}-11-23`) });
  assert.equal((await outcomes(today.page)).funding, 'region');
  assert.deepEqual(await toConfirm(today.page), ['funding']);
  assert.equal(await today.page.locator('.dee-result').getAttribute('data-intake'), String(PUBLISHED + 1));
  clean(today);
  await today.close();
  const older = await open(bac(PUBLISHED - 4), { day: at(`${PUBLISHED}-11-23`) });
  assert.equal((await outcomes(older.page)).funding, 'continuing');
  await older.close();
  // January of the next year, its session still unpublished: provisional, said plainly.
  const january = await open(link, { day: at(`${PUBLISHED + 1}-01-10`) });
  assert.equal(await january.page.locator('.dee-result').getAttribute('data-provisional'), 'true');
  assert.match(await january.page.locator('[data-phase]').textContent(), new RegExp(`calendrier ${PUBLISHED + 1} n.est pas encore dans ce simulateur`));
  await january.close();
  // In June of the published year, outside Parcoursup, aiming at the next
  // September: places may remain for this one.
  const june = await open(`?diplome=bac&annee_bac=2010&situation=cdi&heures=35&rentree=${PUBLISHED + 1}&contrat=aucun&france_travail=non&blocs=aucun`, { day: at(`${PUBLISHED}-06-10`) });
  assert.match(await june.page.locator('[data-site-places]').textContent(), new RegExp(`places pour septembre ${PUBLISHED}\\. Ce résultat-ci est établi pour septembre ${PUBLISHED + 1}`));
  await june.close();
});

test('the new situations by link: an old titre4 link, a foreign diploma, a public-law CDD, a contradiction', async () => {
  // A link made before the bac question asks it, and keeps the rest.
  const old = await open('?diplome=titre4&situation=cdd&contrat=aucun&blocs=aucun');
  assert.match(await heading(old.page), /Avez-vous aussi le baccalauréat/);
  await noSeriousAxeViolation(old.page, 'the bac question of a title holder');
  await answer(old.page, NO_BAC);
  assert.match(await heading(old.page), /Vérifiez/);
  clean(old);
  await old.close();
  const foreign = await open('?diplome=etranger&situation=demandeur_emploi&france_travail=oui&contrat=aucun&blocs=aucun');
  assert.deepEqual(await outcomes(foreign.page), { prerequisite: 'to_confirm', route: 'parcoursup', interview: 'required', funding: 'region' });
  assert.deepEqual(await toConfirm(foreign.page), ['prerequisite']);
  assert.match(await foreign.page.locator('[data-outcome=prerequisite]').textContent(), /équivalent/);
  // Before the next step (Parcoursup), the glance says to ask first whether
  // the diploma is recognised; the card says it too.
  const glance = await foreign.page.locator('.dee-glance').textContent();
  const ask = glance.search(/d.abord, demandez au service admission s.il est reconnu/);
  assert.ok(ask >= 0 && ask < glance.search(/Prochaine étape/), glance);
  assert.match(await foreign.page.locator('[data-outcome=prerequisite] .dee-card__verdict').textContent(), /Avant de vous inscrire, demandez au service admission s.il le reconnaît/);
  await foreign.close();
  // A title being prepared is to hold at entry; an exempt candidate reads
  // that the page does not say what replaces the interview, and what to ask.
  const prep = await open('?diplome=titre4_en_cours&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=ES-BC3');
  assert.deepEqual(await outcomes(prep.page), { prerequisite: 'at_entry', route: 'parcoursup', interview: 'exempt', funding: 'region' });
  assert.match(await prep.page.locator('[data-outcome=interview] .dee-card__verdict').textContent(), /dispensé·e de l.entretien d.admission\. La page ne dit pas ce qui le remplace\s:\sdemandez/);
  assert.doesNotMatch(await prep.page.locator('.dee-glance').textContent(), /d.abord, demandez/);
  await noSeriousAxeViolation(prep.page, 'a title being prepared, exempt');
  clean(prep);
  await prep.close();
  const publicCdd = await open('?diplome=bac&annee_bac=2010&situation=fonction_publique&statut_public=cdd&contrat=aucun&blocs=aucun');
  assert.deepEqual(await outcomes(publicCdd.page), { prerequisite: 'met', route: 'contact', interview: 'required', funding: 'region' });
  assert.deepEqual(await toConfirm(publicCdd.page), ['route']);
  assert.match(await publicCdd.page.locator('[data-outcome=route]').textContent(), /deux listes/);
  await noSeriousAxeViolation(publicCdd.page, 'a result with outcomes to confirm');
  await publicCdd.close();
  const status = await open('?diplome=bac&annee_bac=2010&situation=fonction_publique&contrat=aucun&blocs=aucun');
  assert.match(await heading(status.page), /statut dans la fonction publique/);
  await noSeriousAxeViolation(status.page, 'the status question');
  await status.close();
  const contradiction = await open('?diplome=bac&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun');
  assert.match(await contradiction.page.getByRole('alert').textContent(), /année où vous l.avez obtenu/);
  assert.match(await heading(contradiction.page), /En quelle année/);
  clean(contradiction);
  await contradiction.close();
});

test('in English: the new questions and the provisional intake', async () => {
  const rec = await open('?lang=en&diplome=titre4&annee_bac=aucun&situation=fonction_publique&statut_public=cdi&heures=20&contrat=aucun&blocs=aucun');
  const { page } = rec;
  assert.deepEqual(await outcomes(page), { prerequisite: 'met', route: 'contact', interview: 'required', funding: 'region' });
  assert.deepEqual(await toConfirm(page), ['route', 'funding']);
  assert.match(await page.locator('[data-provisional-notice]').textContent(), new RegExp(`Provisional estimate.*${PUBLISHED} session`));
  assert.match(await page.locator('[data-phase]').textContent(), new RegExp(`${PUBLISHED} session.*${PUBLISHED + 1} calendar is not in this tool yet`));
  assert.match(await page.locator('[data-outcome=funding]').textContent(), /To confirm with the admissions office/);
  await noSeriousAxeViolation(page, 'an English result with outcomes to confirm');
  clean(rec);
  await rec.close();
  const q = await open('?lang=en&diplome=titre4');
  assert.match(await heading(q.page), /Do you also hold the baccalauréat/);
  await q.close();
});

for (const { what, link, heading: question } of HOSTILE) {
  test(`a link with ${what} shows the error summary and no result`, async () => {
    const rec = await open(link);
    const { page } = rec;
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /lien/);
    assert.match(await heading(page), question);
    assert.equal(await page.locator('[data-outcome]').count(), 0, 'never a result built on a bad answer');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
    assert.equal(await page.locator('#deass-eligibility script, #deass-eligibility img').count(), 0);
    assert.match(await page.title(), /^Il y a un problème/);
    clean(rec);
    await rec.close();
  });
}

test('axe finds no serious or critical violation on each kind of page', async () => {
  const pages = [
    ['the start page', ''],
    ['a question', '?etape=diplome'],
    ['the blocs question', '?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&etape=blocs'],
    ['an error state', '?diplome=titre4&annee_bac=aucun&situation=cdi&heures=abc'],
    ['the check page', '?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun&etape=verification'],
    ['a result', '?diplome=bac&annee_bac=2010&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=ES-BC3,ASS-BC1'],
  ];
  for (const [what, link] of pages) {
    for (const width of [320, 1280]) {
      const rec = await open(link, { width });
      await noSeriousAxeViolation(rec.page, `${what} at ${width}px`);
      clean(rec);
      await rec.close();
    }
  }
  // An empty "Continuer" on a question.
  const rec = await open('?etape=situation');
  await rec.page.getByRole('button', { name: 'Continuer' }).click();
  await rec.page.getByRole('alert').waitFor();
  await noSeriousAxeViolation(rec.page, 'an empty answer');
  await rec.close();
});

test('nothing overflows at 320 px and at 200 % zoom', async () => {
  const links = ['', '?etape=situation', '?diplome=titre4&annee_bac=aucun&situation=cdi&heures=abc',
    '?diplome=bac&annee_bac=2010&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=ES-BC3,ASS-BC1'];
  for (const link of links) {
    // 200 % zoom of a 640 px window is a 320 CSS-px layout at device scale 2.
    for (const opts of [{ width: 320 }, { width: 640, deviceScaleFactor: 2 }]) {
      const rec = await open(link, opts);
      if (opts.deviceScaleFactor) await rec.page.evaluate(() => { document.body.style.zoom = '2'; });
      const overflow = await rec.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal scroll of ${overflow}px on ${link || 'start'} (${JSON.stringify(opts)})`);
      await rec.close();
    }
  }
});

test('screenshots of a question and a result at 320 and 1280 px, and the print view', async () => {
  const result = '?diplome=bac&annee_bac=2010&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=ES-BC3,ASS-BC1';
  for (const width of [320, 1280]) {
    const q = await open('?diplome=bac&annee_bac=2024&etape=situation', { width });
    await q.page.screenshot({ path: artifactPath(`question-${width}.png`), fullPage: true });
    await q.close();
    const r = await open(result, { width });
    await r.page.screenshot({ path: artifactPath(`result-${width}.png`), fullPage: true });
    await r.close();
  }
  const rec = await open(result, { width: 800 });
  const { page } = rec;
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.dee-actions').isVisible(), false, 'buttons are not printed');
  const printOnly = page.locator('.dee-print-footer');
  assert.equal(await printOnly.isVisible(), true, 'the link and date are printed');
  assert.match(await printOnly.textContent(), new RegExp(longDate(AFTER_ORALS)));
  assert.ok((await printOnly.textContent()).includes('annee_bac=2010'), 'the link to this result');
  assert.equal(await page.locator('.dee-summary').isVisible(), true, 'answers are printed');
  assert.match(await page.locator('[data-version]').textContent(), new RegExp(`version \\d+\\.\\d+\\.\\d+.*${longDate(FACTS.intake.page_updated)}`), 'version and as-of date');
  assert.ok(await page.locator('.dee-source').first().isVisible(), 'sources are printed');
  await page.screenshot({ path: artifactPath('result-print.png'), fullPage: true });
  await rec.close();
});

test('copy the link, then start again from scratch', async () => {
  const link = '?diplome=titre4&annee_bac=aucun&situation=csp&contrat=aucun&blocs=aucun';
  const rec = await open(link, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = rec;
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await page.getByText('Lien copié').waitFor();
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).includes('situation=csp'));
  const old = await heading(page);
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await nextPage(page, old);
  assert.match(await heading(page), /Pouvez-vous entrer/);
  assert.equal(new URL(page.url()).search, '');
  clean(rec);
  await rec.close();
});

test('in English: a persona completes, amounts and dates are English, axe passes', async () => {
  const rec = await open('?lang=en');
  const { page } = rec;
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await heading(page), /Can you train as a social worker/);
  await noSeriousAxeViolation(page, 'the English start page');
  const old = await heading(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await nextPage(page, old);
  assert.match(await page.title(), /^Question 1: What is your highest qualification\? — DEASS admission checker$/);
  await answer(page, "Another diploma or qualification (titre) at level 4 or above (BTS, bachelor's degree, DAEU…), with or without the bac");
  await answer(page, 'No, I do not hold the baccalauréat');
  await answer(page, 'Employee on a permanent contract (CDI)');
  await answer(page, { type: 'Hours a week', value: '35' });
  await answer(page, 'No contract signed');
  await noSeriousAxeViolation(page, 'an English question');
  await answer(page, 'No');
  await answer(page, 'No');
  assert.match(await heading(page), /Check your answers/);
  const o = await heading(page);
  await page.getByRole('button', { name: 'See the result' }).click();
  await nextPage(page, o);
  assert.deepEqual(await outcomes(page), { prerequisite: 'met', route: 'site', interview: 'required', funding: 'continuing' });
  const funding = await page.locator('[data-outcome=funding]').textContent();
  assert.ok(funding.includes(euros(FACTS.fees.continuing_cost, 'en')), funding);
  assert.match(await page.locator('[data-phase]').textContent(), new RegExp(`Today is ${longDate(AFTER_ORALS, 'en')}`));
  // French terms are marked as French for screen readers.
  assert.ok(await page.locator('em[lang=fr]').count() > 0);
  // Sources stay the French documents and sections.
  assert.match(await page.locator('.dee-source').first().textContent(), /RNCP41748.*Prérequis à l'entrée en formation/);
  await noSeriousAxeViolation(page, 'the English result');
  clean(rec);
  await rec.close();
});

test('the language follows the browser, and the switcher keeps every answer', async () => {
  const rec = await open('?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&etape=blocs', { locale: 'en-GB' });
  const { page } = rec;
  assert.match(await heading(page), /Have you already passed a skills block/, 'English from the browser language');
  await page.getByRole('link', { name: /Lire cette page en français/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.match(await heading(page), /Avez-vous déjà validé un bloc/);
  assert.match(page.url(), /lang=fr/);
  assert.match(page.url(), /situation=cdd/);
  await answer(page, NO_BLOC);
  assert.match(await heading(page), /Vérifiez vos réponses/);
  assert.match(await page.locator('.dee-summary').textContent(), /Salarié·e en CDD/);
  clean(rec);
  await rec.close();
});
