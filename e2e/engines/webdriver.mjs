// The cross-engine suite's plumbing: Firefox and WebKit driven through W3C
// WebDriver (npm selenium-webdriver, as a plain W3C client: the drivers are
// started here, never looked up or downloaded by Selenium Manager).
//
//   firefox  geckodriver (cargo install, pinned in scripts/tools.env) driving
//            Debian's firefox-esr, headless;
//   webkit   WebKitWebDriver (Debian's webkit2gtk-driver) driving WebKitGTK's
//            MiniBrowser under a virtual X display (xvfb-run).
//
// The build under test is dist/ served as the deployment serves it (gzip, the
// strict Content-Security-Policy: e2e/lib.mjs serveDist), with one addition:
// a same-origin script first in <head> (recorder.js, which the strict CSP
// allows) records `securitypolicyviolation` events, uncaught errors, unhandled
// rejections and console.error calls from the document's first moment, since
// WebDriver classic has no "add init script" nor page-error events.

import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder } from 'selenium-webdriver';
import { DIST_DIR, LOCAL_HOST, ROOT_DIR, STRICT_CSP, serveDist } from '../lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CARGO_BIN = join(process.env.CARGO_HOME || join(process.env.HOME || '/root', '.cargo'), 'bin');

export const GECKODRIVER = process.env.GECKODRIVER || join(CARGO_BIN, 'geckodriver');
export const FIREFOX_BINARY = process.env.FIREFOX_BINARY || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** fr_FR.UTF-8 compiled by scripts/setup.sh --browser (localedef), for WebKit's language. */
export const LOCALE_DIR = process.env.E2E_LOCPATH || join(ROOT_DIR, '.tools', 'locale');

/** The file name of the recorder in the served copy of the build. */
export const RECORDER = 'e2e-recorder.js';

/**
 * Each engine: how to start its driver (argv, with the port), and the
 * session's capabilities. The browser's language is French, as a French
 * candidate's: Firefox through its pref, WebKitGTK through the process
 * locale (it reads setlocale(LC_CTYPE); an uninstalled locale gives "C" and
 * then en-US), hence LOCPATH to the locale setup.sh compiles.
 */
export const ENGINES = {
  firefox: {
    label: 'Firefox',
    required: [GECKODRIVER, FIREFOX_BINARY],
    command: (port) => [GECKODRIVER, `--port=${port}`, '--host=127.0.0.1', '--log=warn'],
    env: {},
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: FIREFOX_BINARY,
        args: ['-headless', '-width=1280', '-height=900'],
        prefs: { 'intl.accept_languages': 'fr-FR, fr', 'browser.shell.checkDefaultBrowser': false },
      },
    },
  },
  webkit: {
    label: 'WebKit',
    required: [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/xvfb-run', join(LOCALE_DIR, 'fr_FR.UTF-8', 'LC_CTYPE')],
    // -a: a free display number; the screen is large enough for a desktop window.
    command: (port) => [
      'xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1',
    ],
    env: { LOCPATH: LOCALE_DIR, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr_FR:fr', LC_ALL: '', LC_CTYPE: '', LC_MESSAGES: '' },
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
};

async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, LOCAL_HOST, () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the engine's WebDriver server in its own process group; resolves
 * once its /status says ready. `stop()` ends that process group only.
 */
export async function startDriver(name) {
  const engine = ENGINES[name];
  for (const f of engine.required) {
    if (!existsSync(f)) throw new Error(`${f} not found: run scripts/setup.sh --browser`);
  }
  const port = await freePort();
  const [cmd, ...args] = engine.command(port);
  const env = { ...process.env, ...engine.env };
  for (const [k, v] of Object.entries(engine.env)) if (v === '') delete env[k];
  const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (b) => {
    log = (log + b.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = `exited (${signal ?? code})`;
  });
  const url = `http://${LOCAL_HOST}:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`${cmd} ${exited} before it was ready:\n${log}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok && (await res.json())?.value?.ready !== false) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stopGroup(child);
      throw new Error(`${cmd} not ready on ${url} after 30 s:\n${log}`);
    }
    await sleep(100);
  }
  return {
    url,
    log: () => log,
    stop: async () => {
      stopGroup(child);
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    },
  };
}

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** A new WebDriver session (a fresh browser) on a started driver. */
export async function newSession(name, driverServer) {
  const driver = await new Builder()
    .disableEnvironmentOverrides()
    .usingServer(driverServer.url)
    .withCapabilities(ENGINES[name].capabilities)
    .build();
  await driver.manage().setTimeouts({ script: 20_000, pageLoad: 30_000, implicit: 0 });
  try {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  } catch {
    // Headless Firefox takes its size from -width/-height.
  }
  return driver;
}

/**
 * A copy of the build (dist/, or E2E_DIST_DIR) with the recorder as the first
 * script of index.html, served with gzip and the strict CSP. `close()` stops
 * the server and deletes the copy.
 */
export async function serveInstrumentedBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'deass-engines-'));
  cpSync(DIST_DIR, dir, { recursive: true });
  copyFileSync(join(HERE, 'recorder.js'), join(dir, RECORDER));
  const indexFile = join(dir, 'index.html');
  const html = readFileSync(indexFile, 'utf8');
  const withRecorder = html.replace(/<head>/i, `<head><script src="${RECORDER}"></script>`);
  if (withRecorder === html) throw new Error(`no <head> in ${indexFile}`);
  writeFileSync(indexFile, withRecorder);
  const server = await serveDist({ root: dir, csp: STRICT_CSP, compress: 'gzip' });
  return {
    ...server,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A partner site on another origin (another port), with the embed snippet.
 * Its own policy allows the widget's script and frame, and its own recorder.
 */
export async function servePartner(app, attributes) {
  const dir = mkdtempSync(join(tmpdir(), 'deass-partner-'));
  copyFileSync(join(HERE, 'recorder.js'), join(dir, RECORDER));
  writeFileSync(join(dir, 'index.html'), `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><script src="${RECORDER}"></script><title>Lycée partenaire</title></head>
<body><main><h1>Orientation : les métiers du social</h1>
<p>Testez votre admission en formation d'assistant de service social :</p>
<script src="${app.url}embed.js" ${attributes} async></script>
</main></body></html>`);
  const server = await serveDist({
    root: dir,
    csp: `default-src 'self'; script-src 'self' ${app.origin}; frame-src ${app.origin}`,
    compress: 'gzip',
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
