#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), before csp-loader.mjs: writes the
// start page into index.html, so that it shows as soon as the HTML and the
// CSS have arrived instead of "Chargement…" until the WebAssembly is ready
// (README "Performance").
//
//   node scripts/prerender.mjs [DIR]      DIR defaults to $TRUNK_STAGING_DIR
//
// 1. `cargo run --example prerender` prints the start page as the app
//    renders it for a plain visit in French (src/prerender.rs; a browser test
//    checks that it is the same DOM as the app's); it replaces what is
//    between <!-- prerender --> and <!-- /prerender --> in DIR/index.html,
//    and the host element gets data-prerendered.
// 2. scripts/prerender-guard.js is written as DIR/guard-<sha256 prefix>.js
//    and loaded, with its integrity, where <!-- prerender-guard --> is: just
//    after the host element, as a classic script, so it runs before the first
//    paint (it swaps the start screen for "Chargement…" when the link asks
//    for another screen, mode or language).
// Running it twice is harmless (the marks are gone after the first run).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHashedScript } from './csp-loader.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OPEN = '<!-- prerender -->';
const CLOSE = '<!-- /prerender -->';
const GUARD = '<!-- prerender-guard -->';

/** The start page, from the Rust content (native build of the example). */
export function startPage() {
  const env = { ...process.env };
  // Trunk builds for wasm32; the example runs natively.
  delete env.CARGO_BUILD_TARGET;
  const html = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (!html.includes('id="dee-heading"')) throw new Error('prerender: the example printed no start page');
  return html;
}

export function prerender(dir, { log = console.log } = {}) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const start = html.indexOf(OPEN);
  const end = html.indexOf(CLOSE);
  if (start < 0 || end < start) {
    if (html.includes('data-prerendered')) return null;
    throw new Error(`${htmlPath}: no ${OPEN} … ${CLOSE} marks`);
  }
  const page = startPage();
  html = html.slice(0, start) + page + html.slice(end + CLOSE.length);
  const host = /<div id="deass-eligibility" /;
  if (!host.test(html)) throw new Error(`${htmlPath}: no <div id="deass-eligibility" …>`);
  html = html.replace(host, '<div id="deass-eligibility" data-prerendered ');

  // Shipped without its comment lines (they explain it here, in the source).
  const source = readFileSync(join(ROOT, 'scripts', 'prerender-guard.js'), 'utf8');
  const guard = source.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
  if (!html.includes(GUARD)) throw new Error(`${htmlPath}: no ${GUARD} mark`);
  const { name, integrity } = writeHashedScript(dir, 'guard', guard);
  html = html.replace(GUARD, `<script src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`);
  writeFileSync(htmlPath, html);
  log(`prerender: start page (${Buffer.byteLength(page)} bytes) written into index.html; guard -> ${name}`);
  return { name, bytes: Buffer.byteLength(page) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/prerender.mjs DIR (or run as a trunk hook, with TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  try {
    prerender(dir);
  } catch (e) {
    console.error(`prerender: ${e.message}`);
    process.exit(1);
  }
}
