#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml): moves trunk's inline module loader
// out of index.html into a content-hashed file, so the page runs under a
// Content-Security-Policy without 'unsafe-inline' in script-src
// (docs/deploiement.md "Security", SECURITY.md).
//
//   node scripts/csp-loader.mjs [DIR]     DIR defaults to $TRUNK_STAGING_DIR
//
// In DIR/index.html, trunk 0.22 emits
//   <script type="module">import init, * as bindings from './app-HASH.js';
//     const wasm = await init({ module_or_path: './app-HASH_bg.wasm' }); …</script>
//   <link rel="modulepreload" href="./app-HASH.js" integrity="sha384-…" crossorigin="anonymous">
//   <link rel="preload" href="./app-HASH_bg.wasm" integrity="sha384-…" as="fetch" …>
// This script
//   1. makes the loader fetch the wasm itself with the wasm's SRI hash
//      (`fetch(url, { integrity })`: the browser refuses a modified wasm, and
//      the request matches the integrity-checked preload, so it is downloaded
//      once); the URL is resolved against the loader's own URL
//      (import.meta.url), so the widget works under any sub-path;
//   2. writes the loader to DIR/loader-<sha256 prefix>.js;
//   3. replaces the inline script with
//      <script type="module" src="./loader-….js" integrity="sha384-…" crossorigin="anonymous">
//      placed after trunk's preload links, so the glue module is first put in
//      the module map by its integrity-checked modulepreload.
// It leaves any other inline script alone: `trunk serve` injects its
// live-reload script inline and rewrites it per request (dev only; `trunk
// build` never adds it). Running it twice is harmless (nothing left to move).
//
// It can also be imported: `import { externalizeLoader } from './csp-loader.mjs'`.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes `text` as DIR/<prefix>-<sha256 prefix>.js (named by its content, so
 * it can be cached for a year), after removing the previous build's copies;
 * returns { name, integrity }.
 */
export function writeHashedScript(dir, prefix, text, ext = 'js') {
  const old = new RegExp(`^${prefix}-[0-9a-f]+\\.${ext}$`);
  for (const f of readdirSync(dir)) if (old.test(f)) unlinkSync(join(dir, f));
  const name = `${prefix}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;
  writeFileSync(join(dir, name), text);
  return { name, integrity: sri(Buffer.from(text)) };
}

/** The texts files written by scripts/ssr.mjs (`texts-LANG-HASH.txt`), by language. */
export const TEXTS_FILE = /^texts-([a-z]+)-[0-9a-f]+\.txt$/;

/**
 * The loader's part that fetches a language's texts (the wasm carries
 * only the French texts of the start page): `window.deeTexts(lang)`
 * returns the text of texts-LANG-HASH.txt, fetched once with its
 * integrity; the app calls it (src/browser.rs `with_texts`). The download
 * starts at once, beside the wasm's, when the page is English (the guard
 * has set <html lang>: the English file is complete), or French and not
 * the plain start page (the guard has not marked it data-static="start");
 * on the French start page the app fetches the rest once it is on screen.
 */
export function textsLoader(dir) {
  const files = {};
  for (const f of readdirSync(dir).sort()) {
    const m = f.match(TEXTS_FILE);
    if (m) files[m[1]] = [f, sri(readFileSync(join(dir, f)))];
  }
  if (Object.keys(files).length === 0) return '';
  // Kept short: it is part of the first screen.
  return `const T=${JSON.stringify(files)},L={};window.deeTexts=(l)=>L[l]??=fetch(new URL(T[l][0],import.meta.url),{integrity:T[l][1]}).then((r)=>r.ok?r.text():Promise.reject(r.status));const h=document.documentElement.lang,l=h==='en'?h:document.getElementById('deass-eligibility')?.dataset.static==='start'?'':'fr';T[l]&&deeTexts(l).catch(()=>{});
`;
}

const attr = (attrs, name) => {
  const m = attrs.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/**
 * Rewrites DIR/index.html in place; returns { loader, integrity, wasm } or
 * null when there is no inline loader (already done).
 */
export function externalizeLoader(dir, { publicUrl = process.env.TRUNK_PUBLIC_URL || './', log = console.log } = {}) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');

  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter(
    ([, attrs, body]) =>
      attr(attrs, 'src') === undefined &&
      (attr(attrs, 'type') ?? '').toLowerCase() === 'module' &&
      /\binit\s*\(/.test(body),
  );
  if (inline.length === 0) {
    if (/<script\b[^>]*\bsrc="[^"]*loader-[0-9a-f]+\.js"/.test(html)) return null;
    throw new Error(`${htmlPath}: no inline trunk loader (<script type="module"> calling init) found`);
  }
  if (inline.length > 1) throw new Error(`${htmlPath}: ${inline.length} inline module loaders, expected 1`);
  const [whole, , body] = inline[0];

  // 1. The wasm: fetched by the loader with its integrity.
  const wasmRef = body.match(/module_or_path\s*:\s*(['"])([^'"]+\.wasm)\1/);
  if (!wasmRef) throw new Error(`${htmlPath}: the loader has no module_or_path: '….wasm'`);
  const wasmUrl = wasmRef[2];
  const wasmFile = join(dir, decodeURIComponent(wasmUrl.split(/[?#]/)[0].split('/').pop()));
  const wasmIntegrity = sri(readFileSync(wasmFile));
  let loader = body.replace(
    wasmRef[0],
    `module_or_path: fetch(new URL(${JSON.stringify(wasmUrl)}, import.meta.url), { integrity: ${JSON.stringify(wasmIntegrity)} })`,
  );
  // The texts first: their download starts before the wasm is awaited.
  const lines = loader.trim().split('\n');
  const first = lines.findIndex((l) => !/^\s*import\b/.test(l));
  lines.splice(first < 0 ? lines.length : first, 0, textsLoader(dir).trim());
  loader = lines.filter(Boolean).join('\n');
  loader = `// Generated by scripts/csp-loader.mjs from trunk's inline loader.\n${loader}\n`;

  // 2. The loader file, named by its content.
  const { name, integrity } = writeHashedScript(dir, 'loader', loader);

  // 3. The tag, after the preload links (end of <head>).
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const tag = `<script type="module" src="${base}${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  html = html.replace(whole, '');
  if (/<\/head\s*>/i.test(html)) html = html.replace(/<\/head\s*>/i, `${tag}\n</head>`);
  else html = html.replace(/<body\b/i, `${tag}\n<body`);
  writeFileSync(htmlPath, html);
  log(`csp-loader: inline loader -> ${name} (${integrity}); wasm fetched with ${wasmIntegrity}`);
  return { loader: name, integrity, wasm: wasmUrl, wasmIntegrity };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/csp-loader.mjs DIR   (or run as a trunk post_build hook)');
    process.exit(2);
  }
  try {
    externalizeLoader(dir);
  } catch (err) {
    console.error(`csp-loader: ERROR: ${err.message}`);
    process.exit(1);
  }
}
