#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), after qr-asset.mjs and before
// service-worker.mjs: the calendar file's writer ("Ajouter à mon agenda"),
// its own small wasm (the `agenda` bin, src/bin/agenda.rs), off the first
// screen: the candidates' wasm only states the steps (agenda::wire).
//
//   node scripts/agenda-asset.mjs [DIR]     DIR defaults to $TRUNK_STAGING_DIR
//
// 1. cargo build --target wasm32-unknown-unknown --bin agenda (release when
//    trunk's profile is; the same target dir, flags and features as trunk's,
//    so the library is compiled once for both);
// 2. wasm-bindgen --target web, then wasm-opt -Oz (release), as
//    scripts/mise-a-jour.mjs does;
// 3. writes into DIR, named by their content (names that sort after the
//    candidates' wasm): ics-<hash>_bg.wasm and ics-<hash>.js, the glue
//    followed by two lines that fetch the wasm with its SRI hash, then set window.deassAgenda (the writer) and send a
//    `deass-agenda` event;
// 4. names the script, with its SRI hash, in a <meta name="dee-agenda"> of
//    DIR/index.html. "Ajouter à mon agenda" reads it (browser::agenda) and
//    only then loads the script (script-src 'self', integrity-checked). The service
//    worker precaches both files with the rest of the build (offline).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sri, writeHashedScript } from './csp-loader.mjs';
import { buildSideWasm } from './side-wasm.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function writeAgendaAsset(dir, { release = process.env.TRUNK_PROFILE !== 'debug', publicUrl = process.env.TRUNK_PUBLIC_URL || './', log = console.log } = {}) {
  const { wasmName, wasmBytes, glue } = buildSideWasm(dir, {
    bin: 'agenda',
    outName: 'agenda',
    prefix: 'ics',
    stale: /^ics-[0-9a-f]+_bg\.wasm$/,
    release,
  });
  if (!/async function __wbg_init\(/.test(glue) || !/export function deassAgenda\(/.test(glue)) {
    throw new Error('the agenda glue has no __wbg_init or deassAgenda (wasm-bindgen changed?)');
  }
  const script = writeHashedScript(
    dir,
    'ics',
    `${glue}
// scripts/agenda-asset.mjs: the writer, once its wasm (integrity-checked) is in.
__wbg_init({ module_or_path: fetch(new URL(${JSON.stringify(`./${wasmName}`)}, import.meta.url), { integrity: ${JSON.stringify(sri(wasmBytes))} }) })
  .then(() => { window.deassAgenda = deassAgenda; window.dispatchEvent(new Event('deass-agenda')); });
`,
  );
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8').replace(/<meta name="dee-agenda"[^>]*>\n?/g, '');
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const meta = `<meta name="dee-agenda" content="${base}${script.name}" data-integrity="${script.integrity}" data-type="module">`;
  if (!/<\/head\s*>/i.test(html)) throw new Error(`${htmlPath}: no </head>`);
  html = html.replace(/<\/head\s*>/i, `${meta}\n</head>`);
  writeFileSync(htmlPath, html);
  log(`agenda-asset: ${script.name}, ${wasmName} (${(wasmBytes.length / 1000).toFixed(1)} KB), named in index.html`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/agenda-asset.mjs DIR   (or run as a trunk post_build hook)');
    process.exit(2);
  }
  try {
    writeAgendaAsset(dir);
  } catch (err) {
    console.error(`agenda-asset: ERROR: ${err.message}`);
    process.exit(1);
  }
}
