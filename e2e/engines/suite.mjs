// The cross-engine end-to-end suite: the same tests in Firefox and in WebKit,
// through W3C WebDriver (webdriver.mjs). Chromium keeps its own, richer suite
// (e2e/*.test.mjs: Playwright, axe). Entry points: firefox.test.mjs and
// webkit.test.mjs, one engine each (scripts/test.sh runs one stage per
// engine).
//
// What every page must show, in every engine: the app started, zero CSP
// violations, no uncaught error or console.error, and no request outside the
// page's own origin (Performance resource timing entries).
//
// The personas' paths and outcomes do not depend on the day (WebDriver cannot
// set the browser's clock: fixtures.mjs's ANY_DAY), nor do the hostile
// links (HOSTILE, shared with the Playwright suite), and the
// day-dependent hooks (data-phase, data-intake) checked for form only. The
// intake question (`rentree`), asked only on the days when two intakes are
// open, is answered with the later one whenever it comes up
// (`throughIntake`).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { By, Key } from 'selenium-webdriver';
import { ENGINES, newSession, serveInstrumentedBuild, servePartner, startDriver } from './webdriver.mjs';
import { ANY_DAY, HOSTILE } from '../fixtures.mjs';

const WAIT_MS = 20_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Defines the whole suite for one engine ('firefox' or 'webkit'). */
export function defineSuite(engine) {
  const label = ENGINES[engine].label;
  const ctx = { server: null, driverServer: null, driver: null };

  before(async () => {
    ctx.server = await serveInstrumentedBuild();
    ctx.driverServer = await startDriver(engine);
    ctx.driver = await newSession(engine, ctx.driverServer);
    const caps = await ctx.driver.getCapabilities();
    console.log(`# ${label}: ${caps.get('browserName')} ${caps.get('browserVersion') ?? ''} via ${ctx.driverServer.url}`);
    // The app must start cleanly at all in this engine, or nothing else is
    // worth waiting for: a failing hook fails every test of the file at once.
    // (WebKit does not report an error thrown while the loader module is
    // evaluated after its top-level await to window.onerror: such an app
    // only shows as never started.)
    try {
      await open('');
    } catch (e) {
      const shown = await js(() => document.body?.innerText?.slice(0, 200)).catch(() => '?');
      throw new Error(`${label}: the start page fails (${e.message}); the page shows: ${JSON.stringify(shown)}`);
    }
  });
  after(async () => {
    await ctx.driver?.quit().catch(() => {});
    await ctx.driverServer?.stop();
    await ctx.server?.close();
  });

  // ---------------------------------------------------------------- helpers
  const js = (fn, ...args) => ctx.driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);

  /** Polls `fn` (run in the page) until it returns a truthy value. */
  async function until(fn, args = [], what = String(fn), timeout = WAIT_MS) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await js(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A navigation may replace the document between two polls.
        last = e.message;
      }
      if (Date.now() > deadline) throw new Error(`${label}: timed out waiting for ${what} (last: ${last})`);
      await sleep(50);
    }
  }

  const heading = () => js(() => document.querySelector('#dee-heading')?.textContent ?? null);

  /**
   * Waits until the app has started and shows its own heading; fails at once
   * if the page has recorded an error before (an app that cannot start in
   * this engine fails in a second, not after the timeout).
   */
  async function appReady() {
    const state = await until(
      () => {
        const r = window.__e2e;
        if (r?.started === true && document.querySelector('#deass-eligibility:not([data-static]) #dee-heading')) return 'started';
        return r?.errors.length ? JSON.stringify(r.errors) : null;
      },
      [],
      'the app to start',
    );
    if (state !== 'started') throw new Error(`${label}: page errors before the app had started: ${state}`);
  }

  /** Opens a path of the app, waits for the app. */
  async function open(path = '') {
    await ctx.driver.get(ctx.server.url + path);
    await appReady();
  }

  /** Waits until the heading is no longer `old`. */
  const nextPage = (old) =>
    until((o) => {
      const h = document.querySelector('#dee-heading');
      return h && h.textContent !== o ? h.textContent : null;
    }, [old], `a new heading after "${old}"`);

  /** Which question the page asks (its form's input name), or null. */
  const asked = () => js(() => document.querySelector('form.dee-form input')?.name ?? null);

  /** Presses Tab (real key events) until `el` has the focus. */
  async function tabTo(el, what = 'the element') {
    for (let i = 0; i < 60; i++) {
      await ctx.driver.actions().sendKeys(Key.TAB).perform();
      if (await ctx.driver.executeScript('return document.hasFocus() && document.activeElement === arguments[0]', el)) return;
    }
    const focus = await js(() => document.activeElement?.outerHTML?.slice(0, 80));
    throw new Error(`${label}: Tab never reached ${what} (focus: ${focus})`);
  }

  /**
   * Sends keys to an element: WebDriver focuses it first, then types.
   * WebKit refuses to move the focus by script into a cross-origin iframe
   * that has had no user gesture (WebKitWebDriver then answers "Element is
   * not focusable."): there, as a keyboard user would, Tab is pressed until
   * the element has the focus, and the keys go through the Actions API.
   */
  async function keys(el, ...k) {
    try {
      await el.sendKeys(...k);
    } catch (e) {
      if (engine !== 'webkit' || e.name !== 'ElementNotInteractableError' || !(await js(() => window !== window.top))) throw e;
      await tabTo(el, 'an element inside the iframe');
      await ctx.driver.actions().sendKeys(...k).perform();
    }
  }

  /** Activates a button with the keyboard: Enter on the focused button. */
  async function pressButton(el) {
    await keys(el, Key.ENTER);
  }

  /** Answers the current question with the keyboard, then "Continuer". */
  async function answer(question, value) {
    const old = await heading();
    const d = ctx.driver;
    if (question === 'annee_bac' || question === 'heures') {
      const input = await d.findElement(By.id(`dee-${question}-input`));
      await input.clear();
      await keys(input, value);
    } else if (question === 'blocs' && value !== 'aucun') {
      // Since issue 23 the blocs are revealed under "Oui".
      await keys(await d.findElement(By.id('dee-blocs-oui')), Key.SPACE);
      for (const b of value.split(',')) {
        const box = await d.findElement(By.id(`dee-blocs-${b}`));
        await keys(box, Key.SPACE);
        assert.equal(await box.isSelected(), true, `${label}: bloc ${b} ticked with Space`);
      }
    } else {
      const radio = await d.findElement(By.id(`dee-${question}-${value}`));
      await keys(radio, Key.SPACE);
      assert.equal(await radio.isSelected(), true, `${label}: ${question}=${value} chosen with Space`);
    }
    await pressButton(await d.findElement(By.css('form.dee-form button[type=submit]')));
    await nextPage(old);
  }

  /**
   * On the days when two intakes are open to the person, the `rentree`
   * question comes up: the later intake is chosen, so that the rest of the
   * path is the same on any day. Returns whether it was asked.
   */
  async function throughIntake() {
    if ((await asked()) !== 'rentree') return false;
    await answer('rentree', '1');
    return true;
  }

  /** From a link that may stop on the intake question: on to the result. */
  async function toResult() {
    if (!(await throughIntake())) return;
    const old = await heading();
    await pressButton(await seeResultButton());
    await nextPage(old);
  }

  /** The check page's "Voir le résultat" button. */
  async function seeResultButton() {
    const b = await ctx.driver.findElement(By.xpath("//button[normalize-space()='Voir le résultat']"));
    return b;
  }

  /** The result's data-outcome → data-value map. */
  const outcomes = () =>
    js(() => Object.fromEntries([...document.querySelectorAll('[data-outcome]')].map((c) => [c.dataset.outcome, c.dataset.value])));

  /**
   * What went wrong in the current document (or the current frame): CSP
   * violations and errors from the recorder, and requests that left
   * `origins` (default: the document's own origin).
   */
  const trouble = (origins = null) =>
    js((allowed) => {
      const ok = new Set(allowed ?? [location.origin]);
      const names = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].map((e) => e.name);
      const outside = names.filter((n) => {
        let u;
        try {
          u = new URL(n);
        } catch {
          return true;
        }
        return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol) && !ok.has(u.origin);
      });
      const r = window.__e2e ?? { csp: ['recorder missing'], errors: ['recorder missing'] };
      return { csp: r.csp, errors: r.errors, outside, requests: names.length };
    }, origins);

  async function assertClean(what, origins) {
    const t = await trouble(origins);
    assert.deepEqual(t.csp, [], `${label}, ${what}: CSP violations`);
    assert.deepEqual(t.errors, [], `${label}, ${what}: page errors`);
    assert.deepEqual(t.outside, [], `${label}, ${what}: requests to another origin`);
    assert.ok(t.requests > 0, `${label}, ${what}: the resource timing entries are read`);
  }

  // The personas whose path does not depend on the day (e2e/fixtures.mjs).
  const PERSONAS = ANY_DAY.map((p) => ({ name: p.name, path: p.answers.map(([q, v]) => [q, v]), want: p.want }));

  describe(`${label}: personas from the start page, with the keyboard`, () => {
    for (const p of PERSONAS) {
      test(`${label}: ${p.name}`, async () => {
        await open('');
        assert.equal(await js(() => document.documentElement.lang), 'fr', 'a French browser gets French');
        const start = await ctx.driver.findElement(By.css('.dee-button--start'));
        let old = await heading();
        await pressButton(start);
        await nextPage(old);
        assert.equal(await js(() => document.activeElement?.id), 'dee-heading', 'focus on the new heading');
        const seen = [];
        for (;;) {
          if (await throughIntake()) continue;
          const q = await asked();
          if (!q) break;
          const step = p.path[seen.length];
          assert.ok(step, `${label}: an unexpected question '${q}' after ${seen.join(', ')}`);
          assert.equal(q, step[0], `${label}: question ${seen.length + 1}`);
          seen.push(q);
          await answer(q, step[1]);
        }
        assert.deepEqual(seen, p.path.map(([q]) => q), 'every question of the path was asked, in order');
        assert.match(await heading(), /Vérifiez vos réponses/);
        old = await heading();
        await pressButton(await seeResultButton());
        await nextPage(old);
        assert.equal(await heading(), 'Votre résultat');
        assert.deepEqual(await outcomes(), p.want);
        if (p.want.route === 'contact') {
          const certainty = await js(() => document.querySelector('[data-outcome=route]').dataset.certainty);
          assert.equal(certainty, 'to_confirm', 'a contact route is always to be confirmed');
        }
        // The URL holds every answer (a link to keep).
        const url = new URL(await ctx.driver.getCurrentUrl());
        for (const [q, v] of p.path) assert.equal(url.searchParams.get(q), v, `the URL keeps ${q}`);
        await assertClean(p.name);
      });
    }

    test(`${label}: Tab reaches "Commencer", Enter starts, Tab reaches a radio and Space picks it`, async () => {
      await open('');
      await ctx.driver.executeScript('document.activeElement && document.activeElement.blur(); window.focus();');
      const tabUntil = async (pred, what) => {
        for (let i = 0; i < 40; i++) {
          await ctx.driver.actions().sendKeys(Key.TAB).perform();
          if (await js(pred)) return;
        }
        throw new Error(`${label}: Tab never reached ${what} (focus: ${await js(() => document.activeElement?.outerHTML?.slice(0, 80))})`);
      };
      await tabUntil(() => document.activeElement?.classList.contains('dee-button--start'), 'Commencer');
      let old = await heading();
      await ctx.driver.actions().sendKeys(Key.ENTER).perform();
      await nextPage(old);
      await tabUntil(() => document.activeElement?.name === 'diplome', 'a diploma radio');
      await ctx.driver.actions().sendKeys(Key.SPACE).perform();
      assert.equal(await js(() => document.activeElement?.checked), true, 'Space picks the focused radio');
      await tabUntil(() => document.activeElement?.type === 'submit', 'Continuer');
      old = await heading();
      await ctx.driver.actions().sendKeys(Key.ENTER).perform();
      await nextPage(old);
      assert.ok(['annee_bac', 'situation'].includes(await asked()), 'the next question');
      await assertClean('keyboard walk');
    });
  });

  describe(`${label}: history, links and changes`, () => {
    test(`${label}: Back and Forward move between questions and keep the answers`, async () => {
      await open('?etape=diplome');
      await answer('diplome', 'bac');
      await answer('annee_bac', '2012');
      assert.equal(await asked(), 'situation');
      await ctx.driver.navigate().back();
      await until(() => document.querySelector('form.dee-form input')?.name === 'annee_bac', [], 'Back to the year');
      assert.equal(await js(() => document.getElementById('dee-annee_bac-input').value), '2012');
      await ctx.driver.navigate().back();
      await until(() => document.querySelector('form.dee-form input')?.name === 'diplome', [], 'Back to the diploma');
      assert.equal(await js(() => document.getElementById('dee-diplome-bac').checked), true);
      await ctx.driver.navigate().forward();
      await until(() => document.querySelector('form.dee-form input')?.name === 'annee_bac', [], 'Forward to the year');
      assert.equal(await js(() => document.getElementById('dee-annee_bac-input').value), '2012');
      await assertClean('Back/Forward');
    });

    test(`${label}: a shared complete link opens the result`, async () => {
      await open('?diplome=bac&annee_bac=2010&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun');
      await toResult();
      assert.equal(await heading(), 'Votre résultat');
      assert.deepEqual(await outcomes(), { prerequisite: 'met', route: 'site', interview: 'required', funding: 'continuing' });
      // The day decides these values (README "Outcomes"): only their presence and form.
      const phase = await js(() => document.querySelector('[data-phase]')?.dataset.phase);
      assert.ok(
        ['before_opening', 'open', 'closed', 'not_published', 'probably_open', 'probably_closed'].includes(phase),
        `a calendar phase (${phase})`,
      );
      assert.match(await js(() => document.querySelector('.dee-result')?.dataset.intake ?? ''), /^20\d\d$/, 'data-intake, a year');
      assert.match(await js(() => document.title), /résultat/i);
      await assertClean('shared link');
    });

    test(`${label}: an answer changed from the check page returns there, keeps later answers`, async () => {
      await open('?diplome=bac&annee_bac=2005&situation=cdd&contrat=aucun&blocs=ES-BC3&etape=verification');
      await throughIntake();
      assert.match(await heading(), /Vérifiez vos réponses/);
      const old = await heading();
      const change = await until(
        () => [...document.querySelectorAll('.dee-summary__row')].findIndex((r) => /Situation/.test(r.querySelector('dt')?.textContent)) + 1,
        [],
        'the situation row',
      );
      const link = await ctx.driver.findElement(By.css(`.dee-summary__row:nth-child(${change}) .dee-summary__actions a`));
      await pressButton(link);
      await nextPage(old);
      assert.equal(await asked(), 'situation');
      assert.equal(await js(() => document.getElementById('dee-situation-cdd').checked), true, 'the current answer is shown');
      await answer('situation', 'cdi');
      await answer('heures', '30');
      await throughIntake();
      assert.equal(await asked(), 'france_travail', 'the newly needed question');
      await answer('france_travail', 'oui');
      assert.match(await heading(), /Vérifiez vos réponses/);
      assert.match(await js(() => document.querySelector('.dee-summary').textContent), /DEES bloc 3/);
      assert.match(await ctx.driver.getCurrentUrl(), /heures=30/);
      const before = await heading();
      await pressButton(await seeResultButton());
      await nextPage(before);
      assert.deepEqual(await outcomes(), { prerequisite: 'met', route: 'site', interview: 'exempt', funding: 'region' });
      await assertClean('changed answer');
    });
  });

  describe(`${label}: hostile links`, () => {
    for (const { what, link, question } of HOSTILE) {
      test(`${label}: a link with ${what} shows the error summary and no result`, async () => {
        await open(link);
        const summary = await until(() => document.querySelector('[role=alert]')?.textContent, [], 'the error summary');
        assert.match(summary, /lien/);
        assert.equal(await asked(), question, 'the question concerned');
        assert.equal(await js(() => document.querySelectorAll('[data-outcome]').length), 0, 'no result on a bad answer');
        assert.equal(await js(() => window.__pwned), null, 'no injected script or handler ran');
        assert.equal(await js(() => document.querySelectorAll('#deass-eligibility script, #deass-eligibility img').length), 0, 'no injected markup');
        assert.match(await js(() => document.title), /^Il y a un problème/);
        await assertClean(what);
      });
    }
  });

  describe(`${label}: embedded in a partner page`, () => {
    test(`${label}: the iframe on another port follows its content's height`, async () => {
      const partner = await servePartner(ctx.server, 'data-lang="fr" data-couleur="#e30613"');
      const d = ctx.driver;
      try {
        await d.get(partner.url);
        const frameHeight = () => js(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
        const iframe = await d.findElement(By.css('iframe'));
        assert.equal(await iframe.getAttribute('title'), "Simulateur d'admission DEASS");
        assert.equal(new URL(await iframe.getAttribute('src')).searchParams.get('mode'), 'embed');
        assert.equal(new URL(await iframe.getAttribute('src')).origin, ctx.server.origin);

        const inside = async (fn) => {
          await d.switchTo().frame(iframe);
          try {
            return await fn();
          } finally {
            await d.switchTo().defaultContent();
          }
        };
        const contentHeight = () => inside(() => js(() => document.documentElement.scrollHeight));
        /** Waits until the iframe's height equals its content's (±2 px), on the DOM, not a timer. */
        const fits = async (what) => {
          const deadline = Date.now() + WAIT_MS;
          let h;
          let c;
          for (;;) {
            h = await frameHeight();
            c = await contentHeight();
            if (Math.abs(h - c) <= 2) return h;
            if (Date.now() > deadline) throw new Error(`${label}: ${what}: iframe ${h}px for content ${c}px`);
            await sleep(50);
          }
        };

        await inside(appReady);
        assert.equal(await inside(() => js(() => document.querySelectorAll('footer').length)), 0, 'no footer of its own');
        const start = await fits('the start page');
        await inside(async () => {
          const old = await heading();
          await pressButton(await d.findElement(By.css('.dee-button--start')));
          await nextPage(old);
        });
        const question = await fits('the first question');
        // An empty answer adds the error summary and message: the frame grows.
        await inside(async () => {
          await pressButton(await d.findElement(By.css('form.dee-form button[type=submit]')));
          await until(() => document.querySelector('[role=alert]'), [], 'the error summary');
        });
        const grown = await fits('the question with its errors');
        assert.ok(grown > question + 50, `${label}: grew from ${question}px to ${grown}px (start page ${start}px)`);
        // The partner's colour themes the buttons, with readable text.
        const colours = await inside(() =>
          js(() => {
            const s = getComputedStyle(document.querySelector('form.dee-form button[type=submit]'));
            return [s.backgroundColor, s.color];
          }),
        );
        assert.deepEqual(colours, ['rgb(227, 6, 19)', 'rgb(255, 255, 255)']);
        // A forged message from the partner's own window is ignored: it is
        // posted, then a marker, and the marker's arrival means the forged
        // one has been handled (messages from one window arrive in order).
        await js(() => new Promise((done) => {
          addEventListener('message', function marker(e) {
            if (e.data === 'e2e-marker') {
              removeEventListener('message', marker);
              requestAnimationFrame(() => done(true));
            }
          });
          postMessage({ type: 'deass-eligibility:height', height: 7 }, '*');
          postMessage('e2e-marker', '*');
        }));
        await fits('after a forged height message');
        assert.ok(Math.abs((await frameHeight()) - grown) <= 2, 'the forged height is ignored');
        await inside(() => assertClean('the embedded widget'));
        await assertClean('the partner page', [partner.origin, ctx.server.origin]);
      } finally {
        await partner.close();
      }
    });
  });
}
