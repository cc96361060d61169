// scripts/side-wasm.mjs — builds a wasm of the crate's own beside the
// candidates' one (the update page's, the calendar writer's): cargo build of
// one bin for wasm32, wasm-bindgen (--target web), wasm-opt -Oz in release,
// then the wasm written into DIR under a name from its bytes
// (`PREFIX-<16 hex of its SHA-256>_bg.wasm`), older copies removed. Shared by
// scripts/mise-a-jour.mjs and scripts/agenda-asset.mjs, which write their
// own glue and loaders around it.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** 16 hex digits of the SHA-256 of `bytes` (trunk's pattern for names). */
export const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function run(cmd, args, env = process.env) {
  execFileSync(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * Builds bin `bin` (with `features`) and writes its wasm into `dir` as
 * `PREFIX-<hash>_bg.wasm`, first removing the files of `dir` that `stale`
 * matches. Returns `{ wasmName, wasmBytes, glue }` (glue: wasm-bindgen's JS).
 */
export function buildSideWasm(dir, { bin, features = [], outName, prefix, stale, release }) {
  const env = { ...process.env };
  delete env.CARGO_BUILD_TARGET;
  const target = 'wasm32-unknown-unknown';
  const feat = features.length ? ['--features', features.join(',')] : [];
  run('cargo', ['build', '--quiet', '--target', target, ...(release ? ['--release'] : []), ...feat, '--bin', bin], env);
  const targetDir = env.CARGO_TARGET_DIR ? resolve(ROOT, env.CARGO_TARGET_DIR) : join(ROOT, 'target');
  const built = join(targetDir, target, release ? 'release' : 'debug', `${bin}.wasm`);
  const tmp = mkdtempSync(join(tmpdir(), `${bin}-`));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', outName, built]);
    let wasm = join(tmp, `${outName}_bg.wasm`);
    if (release) {
      const opt = join(tmp, `${outName}_opt.wasm`);
      run('wasm-opt', ['-Oz', '--strip-producers', '--strip-debug', '--strip-target-features', '--converge', wasm, '-o', opt]);
      wasm = opt;
    }
    for (const f of readdirSync(dir)) if (stale.test(f)) unlinkSync(join(dir, f));
    const wasmBytes = readFileSync(wasm);
    const wasmName = `${prefix}-${hash(wasmBytes)}_bg.wasm`;
    writeFileSync(join(dir, wasmName), wasmBytes);
    return { wasmName, wasmBytes, glue: readFileSync(join(tmp, `${outName}.js`), 'utf8') };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
