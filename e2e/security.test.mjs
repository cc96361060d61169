// Security of the built app (dist/), see SECURITY.md:
// - it runs under the strict Content-Security-Policy (lib.mjs STRICT_CSP, sent
//   by serveDist) with zero violation on every kind of page;
// - every request stays on the serving origin (scheme, host and port);
// - index.html has no inline script (trunk's loader is moved to a file by
//   scripts/csp-loader.mjs) and every script, the wasm and the stylesheet carry
//   subresource integrity, which the browser enforces;
// - the recorder really sees violations (a control with a weaker policy).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AFTER_ORALS, DIST_DIR, STRICT_CSP, at, newPage, serveDist, servedApp, ENTRY, FULL, MODE,
} from './lib.mjs';

const app = servedApp();

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexHtml = () => readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
const tags = (html, name) => [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) => m[1]);
const attr = (attrs, name) =>
  attrs.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
const file = (url) => join(DIST_DIR, decodeURIComponent(url.replace(/^\.?\//, '').split(/[?#]/)[0]));

const PAGES = [
  { what: 'start', path: ENTRY.start },
  { what: 'question', path: ENTRY.question },
  { what: 'error', path: ENTRY.error },
  { what: 'check', path: ENTRY.check, h1: /Vérifiez vos réponses/ },
  { what: 'result', path: ENTRY.result, h1: /Votre résultat/ },
  // The modes (docs/regles.md "Modes"): a colour set at run time must not need inline styles.
  { what: 'embedded (mode=embed, colour)', path: `?${MODE.embed}&${FULL}` },
  { what: 'presentation', path: `?${MODE.presentation}&${FULL}` },
  { what: 'kiosk', path: ENTRY.kiosk },
];

/** Opens `path`, waits for the app's heading; returns the recorder. */
async function open(server, path, { h1 } = {}) {
  const rec = await newPage(app.browser, { locale: 'fr-FR' });
  // The page's own requests (the offline service worker fetches the files
  // again to fill its cache: that is not the page loading them twice).
  rec.pageRequests = [];
  rec.page.on('request', (r) => rec.pageRequests.push(r.url()));
  await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
  await rec.page.goto(server.url + path);
  const heading = rec.page.locator('#dee-heading');
  await heading.waitFor({ timeout: 20_000 });
  if (h1) assert.match(await heading.textContent(), h1);
  return rec;
}

test('the served pages carry the strict CSP header', async () => {
  for (const path of ['', '?diplome=bac', 'index.html']) {
    const res = await fetch(app.server.url + path);
    assert.equal(res.headers.get('content-security-policy'), STRICT_CSP, path || '/');
  }
});

test('index.html has no inline script, and every script, the wasm and the CSS carry integrity', () => {
  const html = indexHtml();
  const scripts = tags(html, 'script');
  assert.ok(scripts.length >= 1, 'a script tag loads the app');
  for (const s of scripts) assert.ok(attr(s, 'src'), `inline script in dist/index.html: <script${s}>`);
  for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    assert.equal(body.trim(), '', `no script with a body: <script${open}>`);
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler attribute');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'no inline style attribute');
  assert.doesNotMatch(html, /<style\b/i, 'no inline <style>');

  const withIntegrity = (attrs, what) => {
    const url = attr(attrs, 'src') ?? attr(attrs, 'href');
    const integrity = attr(attrs, 'integrity');
    assert.ok(integrity, `${what} ${url} has an integrity attribute`);
    assert.equal(integrity, sri(readFileSync(file(url))), `${what} ${url}: integrity matches the file`);
    return url;
  };
  // The loader module (scripts/csp-loader.mjs) and trunk's preloads.
  const [loaderTag] = scripts;
  assert.equal(attr(loaderTag, 'type'), 'module');
  assert.equal(attr(loaderTag, 'crossorigin'), 'anonymous');
  const loaderUrl = withIntegrity(loaderTag, 'loader');
  assert.match(loaderUrl, /^\.\/loader-[0-9a-f]{16}\.js$/, 'relative URL: works under a sub-path');
  const links = tags(html, 'link');
  const glue = links.find((l) => attr(l, 'rel') === 'modulepreload');
  const wasm = links.find((l) => attr(l, 'rel') === 'preload' && /\.wasm$/.test(attr(l, 'href') ?? ''));
  const css = links.filter((l) => attr(l, 'rel') === 'stylesheet');
  assert.ok(glue && wasm && css.length, 'modulepreload (glue JS), wasm preload and stylesheet present');
  const glueUrl = withIntegrity(glue, 'glue JS modulepreload');
  const wasmUrl = withIntegrity(wasm, 'wasm preload');
  for (const c of css) withIntegrity(c, 'stylesheet');

  // The guard of the pages written at build time (scripts/ssr.mjs): a
  // classic script right after the host element, so it runs before the
  // first paint.
  const guardTag = scripts.find((s) => /guard-/.test(attr(s, 'src') ?? ''));
  assert.ok(guardTag, 'the guard script is loaded');
  assert.match(withIntegrity(guardTag, 'guard'), /^\.\/guard-[0-9a-f]{16}\.js$/);
  assert.equal(attr(guardTag, 'type'), undefined, 'a classic (blocking) script');
  assert.ok(html.indexOf('guard-') > html.indexOf('id="deass-eligibility"'), 'guard after the host element');

  // The loader imports the preloaded glue and fetches the wasm with its hash.
  const loader = readFileSync(file(loaderUrl), 'utf8');
  assert.ok(loader.includes(`from '${glueUrl}'`) || loader.includes(`from "${glueUrl}"`), 'loader imports the glue');
  assert.ok(loader.includes(JSON.stringify(wasmUrl)), 'loader fetches the preloaded wasm');
  assert.ok(loader.includes(`integrity: ${JSON.stringify(attr(wasm, 'integrity'))}`), 'loader fetches the wasm with its integrity');
  // The module script comes after the preloads: the glue enters the module
  // map through its integrity-checked modulepreload.
  assert.ok(html.indexOf(loaderUrl) > html.indexOf(`href="${glueUrl}"`), 'loader tag after the modulepreload');

  // Nothing the page loads points at another origin (embed.js runs on the
  // partner's page and derives the widget's URL from its own).
  for (const f of readdirSync(DIST_DIR).filter((n) => /\.(html|js|css)$/.test(n) && n !== 'embed.js')) {
    const text = readFileSync(join(DIST_DIR, f), 'utf8');
    const remote = [...text.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']+/gi)].map((m) => m[0]);
    assert.deepEqual(remote, [], `${f} loads nothing from another origin`);
  }
});

for (const p of PAGES) {
  test(`${p.what} page: zero CSP violation, no error, every request on the serving origin`, async () => {
    const rec = await open(app.server, p.path, p);
    try {
      if (p.what === 'start') {
        // An interaction too: event listeners are attached by the wasm, not inline.
        const old = await rec.page.locator('#dee-heading').textContent();
        await rec.page.getByRole('button', { name: 'Commencer' }).click();
        await rec.page.waitForFunction((o) => document.querySelector('#dee-heading')?.textContent !== o, old);
      }
      if (p.what === 'error') {
        assert.ok(await rec.page.locator('.dee-error-summary, [role=alert]').count(), 'an error summary is shown');
      }
      await rec.page.waitForTimeout(100); // late violations (e.g. a style set after render)
      assert.deepEqual(rec.cspViolations, [], 'no CSP violation');
      assert.deepEqual(rec.pageErrors, [], 'no page error');
      assert.deepEqual(rec.consoleErrors, [], 'no console error');
      assert.deepEqual(rec.failedResponses, [], 'no failed response');
      assert.deepEqual(rec.requestsOutside(app.server.origin), [], `every request goes to ${app.server.origin}`);
      assert.deepEqual(rec.foreignRequests(), [], 'no request leaves 127.0.0.1');
      const wasmLoads = rec.pageRequests.filter((u) => u.endsWith('.wasm'));
      assert.equal(wasmLoads.length, 1, `the page fetches the wasm once (its preload is used): ${wasmLoads.join(', ')}`);
    } finally {
      await rec.close();
    }
  });
}

test('under a sub-path (/simulateur-deass/) the loader, glue and wasm resolve, with the CSP', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dee-subpath-'));
  cpSync(DIST_DIR, join(dir, 'simulateur-deass'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Site of the institute</title>');
  const sub = await serveDist({ root: dir, csp: STRICT_CSP, spaFallback: false });
  try {
    const rec = await open({ url: `${sub.url}simulateur-deass/` }, ENTRY.result, PAGES[4]);
    try {
      assert.deepEqual(rec.cspViolations, [], 'no CSP violation');
      assert.deepEqual([...rec.pageErrors, ...rec.consoleErrors, ...rec.failedResponses], [], 'no error');
      for (const u of rec.pageRequests.filter((u) => /\.(js|wasm|css)$/.test(u))) {
        assert.ok(new URL(u).pathname.startsWith('/simulateur-deass/'), `${u} is under the sub-path`);
      }
    } finally {
      await rec.close();
    }
  } finally {
    await sub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('control: the recorder sees CSP violations (policy without wasm-unsafe-eval)', async () => {
  const weak = await serveDist({ csp: STRICT_CSP.replace(" 'wasm-unsafe-eval'", '') });
  const rec = await newPage(app.browser);
  try {
    await rec.page.goto(weak.url);
    await rec.page.waitForFunction(() => true);
    await waitUntil(() => rec.cspViolations.length > 0);
    assert.ok(rec.cspViolations.length > 0, 'a violation is recorded');
    assert.ok(rec.consoleErrors.some((e) => /CSP violation|Content Security Policy/i.test(e)), 'and counts as a console error');
    assert.ok(await notStarted(rec.page), 'the app does not start');
  } finally {
    await rec.close();
    await weak.close();
  }
});

test('subresource integrity is enforced: a tampered wasm or loader does not run', async () => {
  for (const target of ['wasm', 'loader']) {
    const dir = mkdtempSync(join(tmpdir(), 'dee-sri-'));
    let bad;
    const rec = await newPage(app.browser);
    try {
      cpSync(DIST_DIR, dir, { recursive: true });
      const name = readdirSync(dir).find((n) => (target === 'wasm' ? /\.wasm$/ : /^loader-.*\.js$/).test(n));
      const path = join(dir, name);
      const bytes = readFileSync(path);
      if (target === 'wasm') bytes[bytes.length - 1] ^= 0xff;
      else bytes.write(' ', bytes.length - 1);
      writeFileSync(path, bytes);
      bad = await serveDist({ root: dir, csp: STRICT_CSP });
      await rec.page.goto(bad.url);
      await waitUntil(() => rec.consoleErrors.some((e) => /integrity/i.test(e)) || rec.pageErrors.length > 0);
      await rec.page.waitForTimeout(300);
      assert.ok(await notStarted(rec.page), `tampered ${target}: the app does not start`);
      assert.ok(
        [...rec.consoleErrors, ...rec.pageErrors].some((e) => /integrity/i.test(e)),
        `tampered ${target}: the browser reports an integrity failure: ${[...rec.consoleErrors, ...rec.pageErrors].join(' | ')}`,
      );
    } finally {
      await rec.close();
      await bad?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

/**
 * The app never took over: the page written at build time (a start page with
 * its heading, or a waiting page) is still waiting for it (the host keeps
 * data-static, which the app removes once it has hydrated or rendered).
 */
const notStarted = (page) =>
  page.evaluate(() => document.getElementById('deass-eligibility')?.hasAttribute('data-static') === true);

async function waitUntil(cond, ms = 10_000) {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}
