#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml): puts the print view's QR code
// generator into the build, off the first screen.
//
//   node scripts/qr-asset.mjs [DIR]     DIR defaults to $TRUNK_STAGING_DIR
//
// 1. Writes DIR/qr-<sha256 prefix>.js: the qrcode-generator package
//    (web/node_modules, pinned in web/package-lock.json) followed by a two-line
//    glue, `deassQrSvg(text)`, which returns the code of `text` as an SVG
//    string (no title, no text: only squares).
// 2. Names it, with its SRI hash, in a <meta name="dee-qr"> of DIR/index.html.
//    The app reads that meta when a result is shown and only then loads the
//    file (script-src 'self', integrity-checked): the first screen never
//    downloads it. The service worker precaches it with the rest of the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHashedScript } from './csp-loader.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIB = join(ROOT, 'web/node_modules/qrcode-generator/dist/qrcode.js');

export function writeQrAsset(dir, { publicUrl = process.env.TRUNK_PUBLIC_URL || './', log = console.log } = {}) {
  let lib;
  try {
    lib = readFileSync(LIB, 'utf8');
  } catch {
    throw new Error(`${LIB} is missing: run scripts/setup.sh (it installs web/'s npm packages)`);
  }
  // One mask pattern instead of the best of eight: choosing it draws the
  // code nine times and scores each (about 4/5 of the work), which was the
  // result page's longest task on a slow phone (Lighthouse's blocking time).
  // Any of the eight masks gives a valid code that readers decode (the
  // standard's penalty score only prefers one); the tests decode the
  // printed code.
  const CHOOSE = 'makeImpl(false, getBestMaskPattern() );';
  if (!lib.includes(CHOOSE)) {
    throw new Error(`${LIB}: "${CHOOSE}" not found (qrcode-generator changed: review the fixed mask)`);
  }
  lib = lib.replace(CHOOSE, 'makeImpl(false, 0);');
  const glue = `
// deass-eligibility: the print view's QR code (scripts/qr-asset.mjs).
window.deassQrSvg = function (text) {
  var q = qrcode(0, 'M'); q.addData(text); q.make();
  return q.createSvgTag({ cellSize: 4, margin: 16, scalable: true });
};
`;
  const { name, integrity } = writeHashedScript(dir, 'qr', `${lib}\n${glue}`);
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8').replace(/<meta name="dee-qr"[^>]*>\n?/g, '');
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const meta = `<meta name="dee-qr" content="${base}${name}" data-integrity="${integrity}">`;
  if (!/<\/head\s*>/i.test(html)) throw new Error(`${htmlPath}: no </head>`);
  html = html.replace(/<\/head\s*>/i, `${meta}\n</head>`);
  writeFileSync(htmlPath, html);
  log(`qr-asset: ${name} (${integrity}), named in index.html`);
  return { name, integrity };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/qr-asset.mjs DIR   (or run as a trunk post_build hook)');
    process.exit(2);
  }
  try {
    writeQrAsset(dir);
  } catch (err) {
    console.error(`qr-asset: ERROR: ${err.message}`);
    process.exit(1);
  }
}
