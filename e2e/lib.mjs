// Shared helpers for the end-to-end tests (node:test + playwright-core + axe).
//
//   import { serveDist, launchBrowser, newPage, axeScan } from './lib.mjs';
//
// - servedApp(): in a test file, the build served and a browser, for all of
//   its tests (before/after hooks).
// - serveDist(): tiny static server for dist/ on 127.0.0.1, random free port;
//   serving the widget's build, it sends the strict Content-Security-Policy
//   (STRICT_CSP) unless told otherwise.
// - launchBrowser(): the system Chromium (/usr/bin/chromium), headless. Never
//   run `npx playwright install`: it downloads a browser, which fails here.
// - newPage(): a fresh context + page that records console errors, page
//   errors, failed responses, CSP violations and every request URL. CSP
//   violations are also added to consoleErrors, so a test asserting "no
//   console error" fails on them.
// - axeScan(): axe-core WCAG 2.0/2.1 A+AA scan, serious/critical violations.

import { after, before } from 'node:test';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT_DIR = resolve(E2E_DIR, '..');
// E2E_DIST_DIR serves another build (e.g. a copy under test); default dist/.
export const DIST_DIR = process.env.E2E_DIST_DIR ? resolve(process.env.E2E_DIST_DIR) : join(ROOT_DIR, 'dist');
export const ARTIFACTS_DIR = join(E2E_DIR, 'artifacts');
export const LOCAL_HOST = '127.0.0.1';

/**
 * The Content-Security-Policy the widget must run under (SECURITY.md); sent by
 * serveDist() with the widget's build unless another `csp` is passed.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
};

/**
 * Serve a directory (default: dist/) over HTTP on 127.0.0.1 with a random free port.
 *
 * `/` and any directory serve its index.html. A path without an extension that
 * matches no file also gets the root index.html (single-page app fallback,
 * as `trunk serve` does); set `spaFallback: false` to get a 404 instead.
 *
 * `csp` is the Content-Security-Policy header sent with every response. By
 * default it is STRICT_CSP when serving the widget's build (the default
 * `root`, dist/ or E2E_DIST_DIR) and none for any other folder (a partner
 * site's test page: its policy is its own, and it loads embed.js from the
 * widget's origin). Pass `csp: STRICT_CSP` to serve a copy of the build with
 * it, `csp: null` for no header, or any other policy.
 *
 * `compress: 'gzip'` compresses text and wasm responses as the deployment's
 * nginx does (gzip level 6) when the browser accepts it (the benchmark uses
 * it); by default files are sent as they are.
 *
 * `headers` adds response headers (after `csp`, so it may also replace it):
 * either an object applied to every response
 * (e.g. `{ 'Content-Security-Policy': "default-src 'self'" }`), or a function
 * `(pathname, filePath) => object` to choose per response.
 *
 * @returns {Promise<{ url: string, origin: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 *   `url` is the origin followed by `/`.
 */
export async function serveDist({
  root = DIST_DIR,
  headers = {},
  csp = resolve(root) === DIST_DIR ? STRICT_CSP : null,
  spaFallback = true,
  compress = false,
} = {}) {
  const gzipCache = new Map(); // path -> { mtimeMs, body }
  const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|txt|xml|webmanifest|map)$/i;
  const rootDir = resolve(root);
  const indexFile = join(rootDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} not found: build the app first (trunk build --release)`);
  }
  const cspHeader = csp ? { 'Content-Security-Policy': csp } : {};
  const extraHeaders = (pathname, filePath) => ({
    ...cspHeader,
    ...(typeof headers === 'function' ? headers(pathname, filePath) ?? {} : headers),
  });

  const server = createServer(async (req, res) => {
    const send = (status, body, filePath, pathname) => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        ...extraHeaders(pathname, filePath),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let pathname = '/';
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return send(405, 'method not allowed\n', null, pathname);
      }
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (pathname.includes('\0')) return send(400, 'bad request\n', null, pathname);
      let filePath = resolve(rootDir, '.' + pathname);
      if (filePath !== rootDir && !filePath.startsWith(rootDir + sep)) {
        return send(403, 'forbidden\n', null, pathname);
      }
      let info = await stat(filePath).catch(() => null);
      if (info?.isDirectory()) {
        filePath = join(filePath, 'index.html');
        info = await stat(filePath).catch(() => null);
      }
      if (!info?.isFile() && spaFallback && extname(pathname) === '') {
        filePath = indexFile;
        info = await stat(filePath).catch(() => null);
      }
      if (!info?.isFile()) return send(404, 'not found\n', null, pathname);

      if (compress === 'gzip' && COMPRESSIBLE.test(filePath) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let hit = gzipCache.get(filePath);
        if (!hit || hit.mtimeMs !== info.mtimeMs) {
          hit = { mtimeMs: info.mtimeMs, body: gzipSync(readFileSync(filePath), { level: 6 }) };
          gzipCache.set(filePath, hit);
        }
        res.writeHead(200, {
          'Content-Type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': hit.body.length,
          'Content-Encoding': 'gzip',
          Vary: 'Accept-Encoding',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          ...extraHeaders(pathname, filePath),
        });
        return res.end(req.method === 'HEAD' ? undefined : hit.body);
      }
      res.writeHead(200, {
        'Content-Type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...extraHeaders(pathname, filePath),
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(filePath)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (err) {
      if (!res.headersSent) send(500, `internal error: ${err?.message ?? err}\n`, null, pathname);
      else res.destroy();
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, LOCAL_HOST, ok);
  });
  const { port } = server.address();
  const origin = `http://${LOCAL_HOST}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    port,
    server,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch the system Chromium, headless. Extra playwright launch options may be passed. */
export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run scripts/setup.sh --browser`);
  }
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

const isFavicon = (url) => {
  try {
    return new URL(url).pathname.endsWith('/favicon.ico');
  } catch {
    return false;
  }
};

/** True when a request URL goes over the network to a host other than 127.0.0.1. */
export function isForeignUrl(url) {
  const u = networkUrl(url);
  return u !== null && (u === undefined || u.hostname !== LOCAL_HOST);
}

/**
 * The URL if it goes over the network, null if it never leaves the page
 * (data:, blob:, about: and the like), undefined if it does not parse.
 */
function networkUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol) ? u : null;
}

/**
 * True when a request URL goes over the network to an origin other than
 * `origin` (scheme, host and port): stricter than isForeignUrl(), which lets
 * any port of 127.0.0.1 pass. data:, blob: and about: URLs never leave the page.
 */
export function isOutside(url, origin) {
  const u = networkUrl(url);
  return u !== null && (u === undefined || u.origin !== new URL(origin).origin);
}

/**
 * Open a fresh browser context and page that record what went wrong.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ viewport?: {width: number, height: number} } & import('playwright-core').BrowserContextOptions} [options]
 *   passed to `browser.newContext()`; default viewport 1280x800.
 * @returns {Promise<{
 *   context: import('playwright-core').BrowserContext,
 *   page: import('playwright-core').Page,
 *   consoleErrors: string[],    // console.error messages (favicon 404 ignored), and CSP violations
 *   cspViolations: string[],    // `securitypolicyviolation` events and console messages about the CSP
 *   pageErrors: string[],       // uncaught exceptions in the page
 *   failedResponses: string[],  // "STATUS URL" for responses >= 400 (favicon ignored)
 *   failedRequests: string[],   // "URL: error" for requests that got no response (favicon ignored)
 *   requests: string[],         // every request URL, in order
 *   foreignRequests: () => string[], // requests that left 127.0.0.1
 *   requestsOutside: (origin: string) => string[], // network requests not to `origin` (e.g. srv.origin)
 *   close: () => Promise<void>,
 * }>}
 */
export async function newPage(browser, { viewport = { width: 1280, height: 800 }, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  const rec = {
    consoleErrors: [],
    cspViolations: [],
    pageErrors: [],
    failedResponses: [],
    failedRequests: [],
    requests: [],
  };
  // Context-level, so requests of popups and workers are seen too.
  context.on('request', (req) => rec.requests.push(req.url()));
  context.on('requestfailed', (req) => {
    if (!isFavicon(req.url())) rec.failedRequests.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
  });
  context.on('response', (res) => {
    if (res.status() >= 400 && !isFavicon(res.url())) rec.failedResponses.push(`${res.status()} ${res.url()}`);
  });
  // CSP violations: the page's `securitypolicyviolation` events, reported
  // through a binding (works across navigations and in every frame).
  await context.exposeBinding('__e2eReportCsp', (_source, v) => {
    const text =
      `CSP violation: ${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'}` +
      ` in ${v.sourceFile || v.documentURI}${v.lineNumber ? `:${v.lineNumber}` : ''}` +
      (v.sample ? ` [${v.sample}]` : '');
    rec.cspViolations.push(text);
    rec.consoleErrors.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = {};
      for (const k of ['effectiveDirective', 'blockedURI', 'sourceFile', 'lineNumber', 'documentURI', 'sample', 'disposition']) {
        v[k] = e[k];
      }
      // The binding may not exist yet in a frame torn down mid-load.
      window.__e2eReportCsp?.(v);
    });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    const text = msg.text();
    // Chromium reports a blocked resource as a console message too (an error,
    // or a warning for report-only policies): record both kinds.
    if (/Content[ -]Security[ -]Policy/i.test(text)) rec.cspViolations.push(`console: ${text}`);
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    // Chromium asks for /favicon.ico on its own; a 404 for it is not the app's error.
    if (isFavicon(where) || (/favicon\.ico/.test(text) && /404|Failed to load resource/.test(text))) return;
    rec.consoleErrors.push(where ? `${text} (${where})` : text);
  });
  page.on('pageerror', (err) => rec.pageErrors.push(String(err?.stack ?? err)));
  return {
    context,
    page,
    ...rec,
    foreignRequests: () => rec.requests.filter(isForeignUrl),
    requestsOutside: (origin) => rec.requests.filter((u) => isOutside(u, origin)),
    close: () => context.close(),
  };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Run axe-core (WCAG 2.0/2.1 level A and AA rules) on the page.
 * @param {import('playwright-core').Page} page a page from `browser.newContext()` (as newPage() makes)
 * @param {{ include?: string, exclude?: string, disableRules?: string[] }} [options]
 * @returns {Promise<object[]>} the violations of impact "serious" or "critical"
 */
export async function axeScan(page, { include, exclude, disableRules } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  if (disableRules?.length) builder = builder.disableRules(disableRules);
  const results = await builder.analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Human-readable summary of axe violations, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n'),
    )
    .join('\n');
}

/**
 * Resolves once the app has taken the page over: the host's `data-static`
 * mark (the page written at build time, shown until then) is gone and an
 * `h1` is on screen. Waiting for an `h1` alone returns on the build-time
 * page, before a link's result or question is rendered. `target`: a Page or
 * a Frame.
 */
export async function appReady(target) {
  await target.waitForFunction(() => {
    const host = document.getElementById('deass-eligibility');
    return host !== null && !host.hasAttribute('data-static') && document.querySelector('h1') !== null;
  });
}

/**
 * Resolves once trunk's loader has initialised the wasm module: trunk fires
 * `TrunkApplicationStarted` on window after `init()`. Call before page.goto():
 *   await trackAppStart(page); await page.goto(url); await page.waitForFunction(() => window.__appStarted);
 */
export async function trackAppStart(page) {
  await page.addInitScript(() => {
    window.__appStarted = false;
    window.addEventListener('TrunkApplicationStarted', () => {
      window.__appStarted = true;
    });
  });
}

/**
 * The usual fixture of a test file: the build (dist/) served with the strict
 * CSP and one headless Chromium, started before the file's tests and closed
 * after them. Read `app.server` and `app.browser` inside tests (they are set
 * once the file's `before` hook has run).
 */
export function servedApp() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveDist();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Path for a test artifact (screenshot, trace) under e2e/artifacts/, creating the folder. */
export function artifactPath(name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/**
 * Opens `path` with the wasm held back, as a slow connection would;
 * `release()` lets it through. `clock`: true installs Playwright's clock, a
 * Date installs it at that time. `init`: a script to run in the page before
 * its own (page.addInitScript).
 */
export async function openSlow(server, browser, path = '', { locale = 'fr-FR', clock = null, viewport, init } = {}) {
  const rec = await newPage(browser, { locale, viewport: viewport ?? { width: 375, height: 740 } });
  if (init) await rec.page.addInitScript(init);
  if (clock) await rec.page.clock.install(clock === true ? undefined : { time: clock });
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await rec.page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  await rec.page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  return { ...rec, release };
}


// The content's facts (dates, years, amounts of the tree under test).
// Offline after a first visit: loads the page, waits until the service
// worker controls it with its cache filled, cuts the network and reloads.
export async function reloadOffline(page, context, url) {
  await page.goto(url);
  await page.waitForSelector('h1');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
}

export * from './facts.mjs';
// The personas, hostile links and entries every browser suite shares.
export * from './fixtures.mjs';
