// Presentation mode's type scale follows importance (issue 23), read from
// the computed sizes at 1280 × 800: no text under 18 px; a verdict at least
// as large as its reasons; a heading at least as large as its text; the
// certainty line at least 20 px. The day and years come from
// content/donnees.toml.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, newPage, artifactPath, PUBLISHED, at } from './lib.mjs';

const app = servedApp();
const Y = PUBLISHED;
const DAY = at(`${Y}-11-23`);

const SCREENS = [
  ['start', '', 'h1'],
  ['question 1 (option hints)', '&etape=diplome', 'fieldset'],
  ['blocs, revealed', '&diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=ES-BC3&etape=blocs', '#dee-blocs-list'],
  ['check page', '&diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun&etape=verification', '.dee-summary'],
  ['result, to confirm', `&diplome=bac&annee_bac=${Y - 20}&situation=fonction_publique&statut_public=cdi&heures=20&contrat=aucun&france_travail=non&blocs=aucun`, '[data-outcome]'],
  ['result, continuing', `&diplome=bac&annee_bac=${Y - 16}&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=ES-BC3`, '[data-outcome]'],
  ['overview', '&etape=tous-les-cas&base=bac-recent', '.dee-overview__table'],
];

/** Every visible text run's computed size, and the sizes of the pairs that must be ordered. */
function measure() {
  const px = (el) => parseFloat(getComputedStyle(el).fontSize);
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    && !el.closest('.dee-visually-hidden, [aria-hidden=true]');
  const small = [];
  const walker = document.createTreeWalker(document.querySelector('.dee-app'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !visible(el)) continue;
    if (px(el) < 18) small.push(`${px(el)}px <${el.tagName.toLowerCase()} class="${el.className}">${n.textContent.trim().slice(0, 40)}`);
  }
  const all = (sel) => [...document.querySelectorAll(sel)].filter(visible);
  const pairs = [];
  for (const card of all('.dee-card')) {
    const get = (sel) => card.querySelector(sel);
    const reason = get('.dee-card__reasons p');
    pairs.push(['verdict ≥ reason', get('.dee-card__verdict'), reason]);
    pairs.push(['card title ≥ reason', get('.dee-card__title'), reason]);
    pairs.push(['"Pourquoi" ≥ reason', get('.dee-card__sub'), reason]);
  }
  for (const sec of all('.dee-next, .dee-section, .dee-glance')) {
    const h = sec.querySelector('h2, h3');
    const p = [...sec.querySelectorAll('p, li, td')].find(visible);
    if (h && p && visible(h)) pairs.push([`heading ≥ text (${h.textContent.trim().slice(0, 30)})`, h, p]);
  }
  const wrong = pairs.filter(([, a, b]) => a && b && px(a) < px(b)).map(([what, a, b]) => `${what}: ${px(a)}px < ${px(b)}px`);
  const certainty = all('.dee-card__certainty').map(px);
  return { small, wrong, certainty, cards: all('.dee-card').length };
}

test('presentation at 1280 × 800: no text under 18 px, verdict ≥ reason, heading ≥ text, certainty ≥ 20 px', async () => {
  for (const [name, query, ready] of SCREENS) {
    const rec = await newPage(app.browser, { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await rec.page.clock.setFixedTime(new Date(DAY));
    await rec.page.goto(`${app.server.url}?mode=presentation${query}`);
    await rec.page.locator(ready).first().waitFor();
    const m = await rec.page.evaluate(measure);
    assert.deepEqual(m.small, [], `${name}: text under 18 px`);
    assert.deepEqual(m.wrong, [], `${name}: the type scale is inverted`);
    if (name.startsWith('result')) {
      assert.ok(m.cards >= 4, name);
      assert.ok(m.certainty.length >= 4 && m.certainty.every((s) => s >= 20), `${name}: certainty lines ${m.certainty}`);
      await rec.page.screenshot({ path: artifactPath(`presentation23-${name.replace(/\W+/g, '-')}.png`) });
    }
    if (name.startsWith('question')) await rec.page.screenshot({ path: artifactPath('presentation23-question1.png') });
    assert.deepEqual(rec.pageErrors, []);
    await rec.close();
  }
});
