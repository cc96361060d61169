// The deployment checks every server of deploy/ passes (nginx.test.mjs,
// apache.test.mjs): a release served under /simulateur-deass/ with the
// project's own rules, and a candidate using it there.
//
// What it serves: DEASS_SITE_DIR if set (test.sh's release stages point it at
// the unpacked release tar.gz), else dist/ once it is a release (has VERSION,
// written by scripts/release.sh). A plain `trunk build` dist/ is not a
// release: the tests are then skipped (test.sh runs them in its release stages).
//
// Checked: the headers are the documented ones (types, caching, security,
// gzip); the bare path redirects, answers kept; hidden files are refused; two
// personas complete under the sub-path with every request answered 200 and
// none leaving 127.0.0.1; the strict Content-Security-Policy raises no
// violation; and the server's error log has nothing serious.
//
//   deploymentSuite({
//     server: 'nginx',                       // in the suite's name and messages
//     start: (site) => startNginx({ site }),  // resolves to { origin, url, errorLog(), stop() }
//     seriousLog: /\[(emerg|alert|crit)\]/,   // error log lines that fail the suite
//     hiddenStatus: 404,                     // the answer to a request for .htaccess
//     serverTests: (server) => { test(…) },  // the server's own tests; server() is the running one
//   });

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AFTER_ORALS, DIST_DIR, PERSONAS, artifactPath, at, launchBrowser, link, newPage } from './lib.mjs';
import { SUB_PATH } from './servers.mjs';

/** The documented header values (docs/deploiement.md, deploy/nginx-security-headers.conf, deploy/.htaccess). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'self'";
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';
const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb'];
/** trunk's content hash in a file name (leading zeros dropped: up to 16 hex digits). */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|txt)$/;

const SITE = resolve(process.env.DEASS_SITE_DIR || DIST_DIR);
const skip = !existsSync(join(SITE, 'index.html'))
  ? `${SITE}/index.html not found: build first (scripts/release.sh)`
  : !process.env.DEASS_SITE_DIR && !existsSync(join(SITE, 'VERSION'))
    ? 'dist/ is not a release (no VERSION): run scripts/release.sh first; test.sh runs this in its release stage'
    : false;

/** index.html carries an inline <script> (the strict CSP blocks it: trunk's loader must be a file). */
const inlineScript = () => /<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i.test(readFileSync(join(SITE, 'index.html'), 'utf8'));

/** Raw GET with chosen headers (no automatic decompression). */
function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

function assertSecurityHeaders(res, what) {
  const h = res.headers;
  assert.equal(h['content-security-policy'], CSP, `${what}: Content-Security-Policy`);
  assert.doesNotMatch(h['content-security-policy'], /frame-ancestors/, `${what}: partners may embed`);
  assert.equal(h['x-frame-options'], undefined, `${what}: no X-Frame-Options (partners may embed)`);
  assert.equal(h['x-content-type-options'], 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(h['referrer-policy'], 'no-referrer', `${what}: Referrer-Policy`);
  for (const f of DENIED_FEATURES) {
    assert.match(h['permissions-policy'] ?? '', new RegExp(`(^|, )${f}=\\(\\)`), `${what}: Permissions-Policy denies ${f}`);
  }
}

/**
 * The shared deployment tests, in a `describe` named after the server.
 * @param {object} o
 * @param {string} o.server the server's name (test names, messages, screenshot)
 * @param {(site: string) => Promise<{ origin: string, url: string, errorLog: () => string,
 *   stop: () => Promise<void> }>} o.start serves `site` under /simulateur-deass/
 * @param {RegExp} o.seriousLog the error log's lines that fail the suite
 * @param {number} o.hiddenStatus the status a request for `.htaccess` gets
 * @param {(server: () => object) => void} [o.serverTests] the server's own tests
 */
export function deploymentSuite({ server, start, seriousLog, hiddenStatus, serverTests = () => {} }) {
  describe(`deployment on ${server} under /simulateur-deass/`, { skip }, () => {
    let web;
    let browser;
    let files; // file names at the top of the site folder

    before(async () => {
      files = readdirSync(SITE).filter((f) => statSync(join(SITE, f)).isFile());
      web = await start(SITE);
      browser = await launchBrowser();
    });

    after(async () => {
      await browser?.close();
      if (web) {
        const errors = web
          .errorLog()
          .split('\n')
          .filter((l) => seriousLog.test(l));
        await web.stop();
        assert.deepEqual(errors, [], `no serious error in ${server}'s error log`);
      }
    });

    serverTests(() => web);

    test('index.html: HTML, no-cache, security headers; the bare path redirects', async () => {
      const res = await get(web.url);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(res.headers['cache-control'], NO_CACHE);
      assertSecurityHeaders(res, 'index.html');
      const again = await get(`${web.url}index.html`);
      assert.equal(again.headers['cache-control'], NO_CACHE, 'index.html by name');

      const bare = await get(`${web.origin}${SUB_PATH.replace(/\/$/, '')}?diplome=bac`);
      assert.equal(bare.status, 301);
      assert.equal(new URL(bare.headers.location, web.origin).pathname + new URL(bare.headers.location, web.origin).search,
        `${SUB_PATH}?diplome=bac`, 'redirect keeps the answers');
    });

    test('hashed assets: right types, immutable for a year, security headers kept', async () => {
      const hashed = files.filter((f) => HASHED.test(f));
      const ext = (e) => hashed.filter((f) => f.endsWith(e));
      assert.ok(ext('.wasm').length >= 1 && ext('.js').length >= 1 && ext('.css').length >= 1,
        `one hashed .wasm, .js and .css in the site (found ${hashed.join(', ')})`);
      const types = { '.wasm': /^application\/wasm$/, '.js': /^(text|application)\/javascript(; charset=utf-8)?$/, '.css': /^text\/css(; charset=utf-8)?$/, '.txt': /^text\/plain; charset=utf-8$/ };
      for (const f of hashed) {
        const res = await get(web.url + f);
        assert.equal(res.status, 200, f);
        const type = types[f.slice(f.lastIndexOf('.'))];
        assert.match(res.headers['content-type'], type, `${f}: Content-Type`);
        assert.equal(res.headers['cache-control'], IMMUTABLE, `${f}: Cache-Control`);
        assertSecurityHeaders(res, f);
        assert.equal(res.body.length, statSync(join(SITE, f)).size, `${f}: whole file`);
      }
      // An old hashed name that is gone: 404, and never cached for a year.
      const gone = await get(`${web.url}deass-eligibility-0123456789abcdef_bg.wasm`);
      assert.equal(gone.status, 404);
      assert.notEqual(gone.headers['cache-control'], IMMUTABLE, 'a 404 is not cached as immutable');
      assertSecurityHeaders(gone, '404 page');
    });

    test('VERSION, SHA256SUMS, embed.js and sw.js (when present): no-cache', async () => {
      for (const f of ['VERSION', 'SHA256SUMS', 'embed.js', 'sw.js']) {
        if (!files.includes(f)) {
          if (f === 'VERSION') assert.fail('the release has a VERSION file');
          continue;
        }
        const res = await get(web.url + f);
        assert.equal(res.status, 200, f);
        assert.equal(res.headers['cache-control'], NO_CACHE, `${f}: Cache-Control`);
        assertSecurityHeaders(res, f);
        if (f.endsWith('.js')) assert.match(res.headers['content-type'], /javascript/, `${f}: Content-Type`);
        else assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8', `${f}: Content-Type`);
      }
      const version = (await get(`${web.url}VERSION`)).body.toString('utf8').split('\n')[0];
      assert.match(version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+contenu-\d{4}\.\d{4}-\d{2}-\d{2}$/, 'VERSION starts with semver+contenu-YEAR.DATE');
    });

    test('gzip when the browser asks for it, plain bytes otherwise', async () => {
      const wasm = files.find((f) => f.endsWith('.wasm'));
      const js = files.find((f) => HASHED.test(f) && f.endsWith('.js'));
      for (const f of ['index.html', wasm, js]) {
        const raw = readFileSync(join(SITE, f));
        const zipped = await get(web.url + f, { 'Accept-Encoding': 'gzip' });
        assert.equal(zipped.headers['content-encoding'], 'gzip', `${f}: gzip`);
        assert.match(zipped.headers.vary ?? '', /Accept-Encoding/i, `${f}: Vary`);
        assert.ok(zipped.body.length < raw.length, `${f}: smaller gzipped (${zipped.body.length} < ${raw.length})`);
        assert.ok(gunzipSync(zipped.body).equals(raw), `${f}: gunzipped bytes equal the file`);
        const plain = await get(web.url + f);
        assert.equal(plain.headers['content-encoding'], undefined, `${f}: no gzip unless asked`);
        assert.ok(plain.body.equals(raw), `${f}: plain bytes equal the file`);
      }
    });

    test('hidden files are never served', async () => {
      const res = await get(`${web.url}.htaccess`);
      assert.equal(res.status, hiddenStatus, '.htaccess refused');
      assert.doesNotMatch(res.body.toString('utf8'), /Header|AddType|IfModule/, 'not the file');
    });

    /** A page on the server's origin (its CSP enforced) recording every response. */
    async function open(path) {
      const rec = await newPage(browser, { viewport: { width: 375, height: 740 } });
      rec.responses = [];
      rec.context.on('response', (r) => rec.responses.push(`${r.status()} ${r.url()}`));
      await rec.page.clock.setFixedTime(new Date(at(AFTER_ORALS)));
      await rec.page.goto(web.url + path);
      return rec;
    }

    const heading = (page) => page.locator('h1').first().textContent();
    async function nextPage(page, old) {
      await page.waitForFunction((o) => document.querySelector('h1')?.textContent !== o, old, { timeout: 20_000 });
    }
    async function outcomes(page) {
      const out = {};
      for (const card of await page.locator('[data-outcome]').all()) {
        out[await card.getAttribute('data-outcome')] = await card.getAttribute('data-value');
      }
      return out;
    }

    /** Everything the page asked for was under the sub-path, answered 200 (or 304), on 127.0.0.1. */
    function cleanUnderSubPath(rec, what) {
      assert.deepEqual(rec.pageErrors, [], `${what}: no page error`);
      assert.deepEqual(rec.consoleErrors, [], `${what}: no console error`);
      assert.deepEqual(rec.failedRequests, [], `${what}: no failed request`);
      assert.deepEqual(rec.foreignRequests(), [], `${what}: no request leaves 127.0.0.1`);
      const http = rec.responses.filter((r) => / http:/.test(r));
      assert.ok(http.length >= 4, `${what}: index, js, wasm, css were fetched (${http.join(', ')})`);
      for (const r of http) {
        const [status, url] = r.split(' ');
        assert.ok(new URL(url).pathname.startsWith(SUB_PATH), `${what}: ${url} is under ${SUB_PATH}`);
        assert.ok(status === '200' || status === '304', `${what}: ${r}`);
      }
    }

    test('persona from a partner link: a level-4 title holder on a CDD gets the result at once', async () => {
      const rec = await open(link(PERSONAS.titre4Cdd));
      try {
        await rec.page.locator('[data-outcome=funding]').waitFor({ timeout: 20_000 });
        assert.deepEqual(await outcomes(rec.page), PERSONAS.titre4Cdd.want);
        await rec.page.screenshot({ path: artifactPath(`${server.toLowerCase()}-link-result.png`), fullPage: true });
        cleanUnderSubPath(rec, 'link persona');
      } finally {
        await rec.close();
      }
    });

    test('persona clicking from the start: a CDI employee at 35 h', async () => {
      const rec = await open('');
      const { page } = rec;
      try {
        await page.locator('h1').first().waitFor({ timeout: 20_000 });
        await page.locator('button.dee-button--start').waitFor({ timeout: 20_000 });
        let old = await heading(page);
        await page.locator('button.dee-button--start').click();
        await nextPage(page, old);
        // A field's answer is typed in #dee-QUESTION-input, a choice is #dee-QUESTION-VALUE.
        const steps = PERSONAS.cdi35h.answers.map(([q, v, pick]) => (pick?.type ? [`#dee-${q}-input`, v] : [`#dee-${q}-${v}`]));
        for (const [sel, text] of steps) {
          old = await heading(page);
          if (text) await page.locator(sel).fill(text);
          else await page.locator(sel).check();
          await page.locator('form button[type=submit]').click();
          await nextPage(page, old);
        }
        assert.match(new URL(page.url()).search, /etape=verification/, 'on the check page');
        old = await heading(page);
        await page.locator('.dee-check > button.dee-button').click();
        await nextPage(page, old);
        await page.locator('[data-outcome=funding]').waitFor();
        assert.deepEqual(await outcomes(page), PERSONAS.cdi35h.want);
        assert.ok(new URL(page.url()).pathname === SUB_PATH, `the address stays under ${SUB_PATH} (${page.url()})`);
        cleanUnderSubPath(rec, 'click-through persona');
      } finally {
        await rec.close();
      }
    });

    // The strict CSP, enforced: the app must start and raise no violation (no
    // inline script or style: trunk's loader is a file, see Trunk.toml).
    test('the strict Content-Security-Policy raises no violation', async () => {
      const rec = await newPage(browser, { viewport: { width: 1280, height: 800 } });
      try {
        await rec.page.addInitScript(() => {
          window.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber || ''})`));
        });
        await rec.page.goto(`${web.url}?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun`);
        // Until the result shows or the first violation is reported.
        await rec.page
          .waitForFunction(() => window.__csp.length > 0 || document.querySelector('[data-outcome=funding]'), null, {
            timeout: 20_000,
          })
          .catch(() => {});
        await rec.page.waitForTimeout(300); // late reports (styles set after render)
        const violations = await rec.page.evaluate(() => window.__csp);
        const hint = inlineScript() ? ' (index.html has an inline <script>: the CSP blocks it)' : '';
        assert.deepEqual(violations, [], `no CSP violation${hint}`);
        assert.deepEqual(rec.consoleErrors, [], 'no console error');
        assert.equal(await rec.page.locator('[data-outcome=funding]').count(), 1, 'the app started under the CSP');
      } finally {
        await rec.close();
      }
    });
  });
}
