#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), before csp-loader.mjs: writes into
// index.html the pages the app's own components render at build time (Yew's
// server-side rendering, src/ssr.rs), so that every entry paints at once
// and nothing moves when the app arrives (docs/performance.md).
//
//   node scripts/ssr.mjs [DIR]      DIR defaults to $TRUNK_STAGING_DIR
//
// 1. `cargo run --profile ssr --features ssr --example ssr` prints the pages
//    as JSON. In DIR/index.html, <!-- ssr --> (inside the widget's host
//    element) becomes:
//    - the French start page, hydratable (the app adopts its nodes);
//    - <template data-dee-start="en" data-title="…">: the English one;
//    - <template data-dee-wait="MODE-LANG">: the page that waits for the app
//      (its header, main region and footer, a status in main) in each mode
//      and language.
//    The host element gets data-ssr.
//    The texts the browser loads on demand are written as
//    DIR/texts-LANG-<sha256 prefix>.txt.
// 2. scripts/guard.js, its GUARD_TABLES replaced by the example's tables (the
//    lang and mode parameters' names and values, as the app reads them) and
//    its GUARD_TEXTS by the texts files' names and SRI hashes (the guard
//    starts this visit's download while the page is parsed), is
//    written as DIR/guard-<sha256 prefix>.js and loaded,
//    with its integrity, where <!-- guard --> is: just after the host
//    element, as a classic script, so it runs before the first paint and
//    shows the page this visit needs.
// Running it twice is harmless (the marks are gone after the first run).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHashedScript } from './csp-loader.mjs';
import { minifyJs } from './minify.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MARK = '<!-- ssr -->';
const GUARD = '<!-- guard -->';

/** The pages, rendered by the app's components (native build of the example). */
export function renderPages() {
  const env = { ...process.env };
  // Trunk builds for wasm32; the example runs natively.
  delete env.CARGO_BUILD_TARGET;
  const out = execFileSync('cargo', ['run', '--quiet', '--profile', 'ssr', '--features', 'ssr', '--example', 'ssr'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 << 20,
  });
  const pages = JSON.parse(out);
  const start = pages.filter((p) => p.kind === 'start');
  const langs = pages.filter((p) => p.kind === 'texts').length;
  if (langs < 2 || start.length !== langs || !start.every((p) => p.html.includes('id="dee-heading"'))) {
    throw new Error('ssr: the example printed no start page in every language');
  }
  return pages;
}

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What goes inside the host element, from the rendered pages. */
export function hostContent(rendered) {
  // The pages only (not the texts, nor the guard's tables).
  const pages = rendered.filter((p) => p.kind === 'start' || p.kind === 'waiting');
  const fr = pages.find((p) => p.kind === 'start' && p.lang === 'fr');
  const others = pages
    .filter((p) => p !== fr)
    .map((p) =>
      p.kind === 'start'
        ? `<template data-dee-start="${p.lang}" data-title="${attr(p.title)}">${p.html}</template>`
        : `<template data-dee-wait="${p.mode}-${p.lang}">${p.html}</template>`,
    );
  // No whitespace before the start page: the host's first nodes are the app's.
  return fr.html + others.join('');
}

/**
 * The guard as shipped: without its comment lines (they explain it here, in
 * the source), its GUARD_TABLES replaced by the app's tables and its
 * GUARD_TEXTS by `texts` ({ LANG: [file name, SRI hash] }).
 */
export function guardScript(source, pages, texts = {}) {
  const { kind, ...tables } = pages.find((p) => p.kind === 'guard') ?? {};
  if (kind !== 'guard') throw new Error('ssr: the example printed no guard tables');
  if (!/\bGUARD_TABLES\b/.test(source)) throw new Error('ssr: scripts/guard.js has no GUARD_TABLES');
  if (!/\bGUARD_TEXTS\b/.test(source)) throw new Error('ssr: scripts/guard.js has no GUARD_TEXTS');
  return source
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n')
    .replace(/\bGUARD_TABLES\b/, () => JSON.stringify(tables))
    .replace(/\bGUARD_TEXTS\b/, () => JSON.stringify(texts));
}

export function writePages(dir, { log = console.log } = {}) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  if (!html.includes(MARK)) {
    if (html.includes('data-ssr')) return null;
    throw new Error(`${htmlPath}: no ${MARK} mark`);
  }
  const rendered = renderPages();
  const content = hostContent(rendered);
  // The texts the browser loads on demand (the guard names them).
  const texts = Object.fromEntries(
    rendered
      .filter((p) => p.kind === 'texts')
      .map((p) => {
        const { name, integrity } = writeHashedScript(dir, `texts-${p.lang}`, p.text, 'txt');
        return [p.lang, [name, integrity]];
      }),
  );
  html = html.replace(MARK, () => content);
  const host = /<div id="deass-eligibility" /;
  if (!host.test(html)) throw new Error(`${htmlPath}: no <div id="deass-eligibility" …>`);
  html = html.replace(host, '<div id="deass-eligibility" data-ssr ');

  // Shipped minified (scripts/minify.mjs): its comments explain it here, in the source.
  const source = readFileSync(join(ROOT, 'scripts', 'guard.js'), 'utf8');
  const guard = minifyJs(guardScript(source, rendered, texts));
  if (!html.includes(GUARD)) throw new Error(`${htmlPath}: no ${GUARD} mark`);
  const { name, integrity } = writeHashedScript(dir, 'guard', guard);
  html = html.replace(GUARD, `<script src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`);
  writeFileSync(htmlPath, html);
  log(
    `ssr: start pages and waiting pages (${Buffer.byteLength(content)} bytes) written into index.html; guard -> ${name}; texts -> ${Object.values(texts).map(([f]) => f).join(', ')}`,
  );
  return { name, bytes: Buffer.byteLength(content) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/ssr.mjs DIR (or run as a trunk hook, with TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  try {
    writePages(dir);
  } catch (e) {
    console.error(`ssr: ${e.message}`);
    process.exit(1);
  }
}
