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
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sri, writeHashedScript } from './csp-loader.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function run(cmd, args, env = process.env) {
  execFileSync(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

export function writeAgendaAsset(dir, { release = process.env.TRUNK_PROFILE !== 'debug', publicUrl = process.env.TRUNK_PUBLIC_URL || './', log = console.log } = {}) {
  const env = { ...process.env };
  delete env.CARGO_BUILD_TARGET;
  const target = 'wasm32-unknown-unknown';
  run('cargo', ['build', '--quiet', '--target', target, ...(release ? ['--release'] : []), '--bin', 'agenda'], env);
  const targetDir = env.CARGO_TARGET_DIR ? resolve(ROOT, env.CARGO_TARGET_DIR) : join(ROOT, 'target');
  const built = join(targetDir, target, release ? 'release' : 'debug', 'agenda.wasm');
  const tmp = mkdtempSync(join(tmpdir(), 'agenda-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'agenda', built]);
    let wasm = join(tmp, 'agenda_bg.wasm');
    if (release) {
      const opt = join(tmp, 'agenda_opt.wasm');
      run('wasm-opt', ['-Oz', '--strip-producers', '--strip-debug', '--strip-target-features', '--converge', wasm, '-o', opt]);
      wasm = opt;
    }
    for (const f of readdirSync(dir)) if (/^ics-[0-9a-f]+_bg\.wasm$/.test(f)) unlinkSync(join(dir, f));
    const wasmBytes = readFileSync(wasm);
    const wasmName = `ics-${createHash('sha256').update(wasmBytes).digest('hex').slice(0, 16)}_bg.wasm`;
    writeFileSync(join(dir, wasmName), wasmBytes);
    const glue = readFileSync(join(tmp, 'agenda.js'), 'utf8');
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
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
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
