#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), first of the chain: takes out of
// the first screen's files what only a reader of the source needs, and
// updates their integrity in index.html (bytes: docs/performance.md "The byte budget").
//
//   node scripts/trim-assets.mjs [DIR]     DIR defaults to $TRUNK_STAGING_DIR
//
// - the stylesheets (*.css): comments, indentation, blank lines, and the
//   spaces around punctuation;
// - the wasm-bindgen glue (the module of the `modulepreload` link):
//   minified by esbuild (scripts/minify.mjs; −891 bytes gzip); the result
//   is parsed again and refused if it is not a module any more;
// - the wasm (of the `preload` link) and the glue: the functions the wasm
//   imports from the glue, and those of its exports the glue reads, get
//   short names in both (scripts/wasm-names.mjs; −5 400 bytes gzip);
// - index.html: its comments, except the marks the next hooks replace
//   (before scripts/ssr.mjs only: Yew's hydration marks are comments).
// The wasm and the glue are then named after their final bytes (trunk names
// them after wasm-bindgen's output, before these steps: a change of these
// steps alone would otherwise keep a name with other bytes, which a browser
// that cached the old file as immutable would refuse by its SRI hash).
// Running it twice is harmless. Trunk's own minifier is not used: it also
// rewrites index.html (marks, attribute quotes) before the hooks run.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sri } from './csp-loader.mjs';
import { minifyJs } from './minify.mjs';
import { shortenExports, shortenImports } from './wasm-names.mjs';

const MARKS = ['<!-- ssr -->', '<!-- guard -->'];

// Outside strings (`content: " : "`), the spaces around { } ; , > and
// after a colon go too (never before one: `.a :focus` is not `.a:focus`).
const squeeze = (css) =>
  css
    .split(/("(?:[^"\\\n]|\\.)*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':')))
    .join('');

export const trimCss = (css) =>
  squeeze(
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n'),
  ) + '\n';

export const trimJs = (js) => minifyJs(js, 'esm');

export const trimHtml = (html) =>
  html.replace(/\n?[ \t]*<!--[\s\S]*?-->/g, (c) => (MARKS.includes(c.trim()) ? c : ''));

/** Rewrites DIR/FILE with `trim`, and its integrity in `html`; returns html. */
function rewrite(dir, file, trim, html, check) {
  const path = join(dir, file);
  const before = readFileSync(path);
  const after = Buffer.from(trim(before.toString('utf8')));
  if (after.equals(before)) return html;
  if (check) check(after);
  writeFileSync(path, after);
  return html.split(sri(before)).join(sri(after));
}

/** The wasm's imports renamed short in it and in its glue; returns html. */
function shortNames(dir, wasmFile, glueFile, html) {
  const [wasmPath, gluePath] = [join(dir, wasmFile), join(dir, glueFile)];
  const [wasm, glue] = [readFileSync(wasmPath), readFileSync(gluePath)];
  const imports = shortenImports(wasm, glue.toString('utf8'));
  const out = shortenExports(imports.wasm, imports.glue);
  if (!imports.renamed && !out.renamed) return html;
  const newGlue = Buffer.from(out.glue);
  checkModule(newGlue);
  new WebAssembly.Module(out.wasm); // refused if it is not a module any more
  writeFileSync(wasmPath, out.wasm);
  writeFileSync(gluePath, newGlue);
  return html.split(sri(wasm)).join(sri(out.wasm)).split(sri(glue)).join(sri(newGlue));
}

/**
 * Names DIR/FILE (`<stem>-<16 hex digits>.js` or `…_bg.wasm`, as trunk
 * does) after a hash of its bytes, in `html` too; returns html.
 */
function nameAfterBytes(dir, file, html) {
  const digest = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex').slice(0, 16);
  const named = file.replace(/-[0-9a-f]{16}(_bg\.wasm|\.js)$/, `-${digest}$1`);
  if (named === file) return html;
  renameSync(join(dir, file), join(dir, named));
  return html.split(file).join(named);
}

function checkModule(bytes) {
  execFileSync(process.execPath, ['--input-type=module', '--check'], { input: bytes });
}

export function trimAssets(dir, { log = console.log } = {}) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const before = Buffer.byteLength(html);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.css'))) html = rewrite(dir, f, trimCss, html);
  const glue = html.match(/<link rel="modulepreload" href="\.\/([^"/]+\.js)"/);
  if (glue) html = rewrite(dir, glue[1], trimJs, html, checkModule);
  const wasm = html.match(/<link rel="preload" href="\.\/([^"/]+\.wasm)"/);
  if (glue && wasm) html = shortNames(dir, wasm[1], glue[1], html);
  if (glue) html = nameAfterBytes(dir, glue[1], html);
  if (wasm) html = nameAfterBytes(dir, wasm[1], html);
  if (!html.includes('data-ssr')) html = trimHtml(html);
  writeFileSync(htmlPath, html);
  const named = (re) => html.match(re)?.[1] ?? 'none';
  const [glueName, wasmName] = [named(/rel="modulepreload" href="\.\/([^"/]+\.js)"/), named(/rel="preload" href="\.\/([^"/]+\.wasm)"/)];
  log(`trim-assets: css, glue (${glueName}), wasm (${wasmName}) and index.html trimmed (index.html ${before} -> ${Buffer.byteLength(html)} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/trim-assets.mjs DIR (or run as a trunk hook, with TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  trimAssets(dir);
}
