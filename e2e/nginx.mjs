// Start and stop Debian's nginx for the deployment test (nginx.test.mjs),
// with the project's own deploy/ rules and nothing from /etc/nginx.
//
//   import { startNginx, nginxConfigTest } from './nginx.mjs';
//   const ngx = await startNginx({ site: '/path/to/dist' });
//   ... fetch(ngx.url) ...          // http://127.0.0.1:PORT/simulateur-deass/
//   await ngx.stop();
//
// Layout of the temporary folder (removed by stop()):
//   conf/nginx.conf                          generated: daemon off, pid, logs and temp paths here,
//                                            listen 127.0.0.1:PORT, `root www/`, and the include below
//   conf/snippets/simulateur-deass/*.conf    symlinks to deploy/*.conf: the very files a webmaster
//                                            installs in /etc/nginx/snippets/simulateur-deass/
//   www/simulateur-deass -> SITE             the site folder (dist/ or an unpacked release)
//   logs/error.log, logs/access.log
// The locations file is included verbatim: only the server's `root` differs
// from deploy/nginx.conf (and the listen address).

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCAL_HOST, ROOT_DIR } from './lib.mjs';

export const DEPLOY_DIR = join(ROOT_DIR, 'deploy');
export const SUB_PATH = '/simulateur-deass/';
/** The files of deploy/ that go to /etc/nginx/snippets/simulateur-deass/. */
export const SNIPPETS = ['simulateur-deass.locations.conf', 'nginx-security-headers.conf'];

/** Path of Debian's nginx binary, or null. */
export function nginxBinary() {
  for (const p of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

async function freePort() {
  const srv = createServer();
  await new Promise((ok, fail) => {
    srv.once('error', fail);
    srv.listen(0, LOCAL_HOST, ok);
  });
  const { port } = srv.address();
  await new Promise((ok) => srv.close(ok));
  return port;
}

/** A temp folder every user can traverse (nginx workers run as `nobody` when started by root). */
function makePrefix() {
  const dir = mkdtempSync(join(tmpdir(), 'deass-nginx-'));
  chmodSync(dir, 0o755);
  for (const d of ['conf/snippets/simulateur-deass', 'www', 'logs', 'tmp']) {
    mkdirSync(join(dir, d), { recursive: true, mode: 0o755 });
  }
  for (const f of SNIPPETS) symlinkSync(join(DEPLOY_DIR, f), join(dir, 'conf/snippets/simulateur-deass', f));
  return dir;
}

// Top of every generated config: everything nginx writes stays in the prefix.
const mainContext = (dir) => `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
worker_processes 1;
events { worker_connections 128; }
`;
const httpCommon = (dir) => `    access_log ${dir}/logs/access.log;
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
`;

function run(bin, dir, args) {
  return spawnSync(bin, ['-p', `${dir}/`, '-e', `${dir}/logs/error.log`, '-c', `${dir}/conf/nginx.conf`, ...args], {
    encoding: 'utf8',
  });
}

/**
 * `nginx -t` on deploy/nginx.conf as a webmaster installs it (inside an http
 * block like Debian's, with the snippets beside it). Returns { ok, output }.
 */
export function nginxConfigTest() {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx not found: run scripts/setup.sh --browser');
  const dir = makePrefix();
  try {
    writeFileSync(
      join(dir, 'conf/nginx.conf'),
      `${mainContext(dir)}http {\n${httpCommon(dir)}    include ${join(DEPLOY_DIR, 'nginx.conf')};\n}\n`,
    );
    const r = run(bin, dir, ['-t', '-q']);
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Start nginx on 127.0.0.1 (free port) serving `site` under /simulateur-deass/
 * with deploy/simulateur-deass.locations.conf. Resolves once it answers.
 * @returns {Promise<{ origin: string, url: string, port: number, dir: string,
 *   errorLog: () => string, accessLog: () => string, stop: () => Promise<void> }>}
 */
export async function startNginx({ site }) {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx not found: run scripts/setup.sh --browser');
  const siteDir = resolve(site);
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`${siteDir}/index.html not found`);
  const dir = makePrefix();
  symlinkSync(siteDir, join(dir, 'www/simulateur-deass'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'conf/nginx.conf'),
    `${mainContext(dir)}http {
${httpCommon(dir)}    server {
        listen ${LOCAL_HOST}:${port};
        server_name localhost;
        root ${dir}/www;
        server_tokens off;
        include snippets/simulateur-deass/simulateur-deass.locations.conf;
    }
}
`,
  );
  const readLog = (name) => {
    try {
      return readFileSync(join(dir, 'logs', name), 'utf8');
    } catch {
      return '';
    }
  };
  const check = run(bin, dir, ['-t', '-q']);
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t failed:\n${check.stdout}${check.stderr}`);
  }

  const child = spawn(bin, ['-p', `${dir}/`, '-e', `${dir}/logs/error.log`, '-c', `${dir}/conf/nginx.conf`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let exited = false;
  const exitedP = new Promise((ok) => child.once('exit', () => ((exited = true), ok())));
  // If this test process ends without calling stop() (a failure, a timeout,
  // a signal), take nginx with it. SIGTERM: nginx's master also stops its
  // workers.
  const killOnExit = () => {
    if (!exited) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    killOnExit();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (!exited) {
      child.kill('SIGTERM'); // fast shutdown of master and workers
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exitedP;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const origin = `http://${LOCAL_HOST}:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited) {
      const log = readLog('error.log');
      await stop();
      throw new Error(`nginx exited at start:\n${stderr}\n${log}`);
    }
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (Date.now() > deadline) {
        const log = readLog('error.log');
        await stop();
        throw new Error(`nginx did not answer on ${origin} within 10 s:\n${stderr}\n${log}`);
      }
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return {
    origin,
    url: `${origin}${SUB_PATH}`,
    port,
    dir,
    errorLog: () => readLog('error.log'),
    accessLog: () => readLog('access.log'),
    stop,
  };
}
