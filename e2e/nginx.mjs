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

import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_HOST, ROOT_DIR } from './lib.mjs';
import { freePort, makeServerDir, superviseServer } from './servers.mjs';

export { SUB_PATH } from './servers.mjs';
export const DEPLOY_DIR = join(ROOT_DIR, 'deploy');
/** The files of deploy/ that go to /etc/nginx/snippets/simulateur-deass/. */
export const SNIPPETS = ['simulateur-deass.locations.conf', 'nginx-security-headers.conf'];

/** Path of Debian's nginx binary, or null. */
export function nginxBinary() {
  for (const p of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

/** The server's folder, with deploy/'s snippets linked where a webmaster installs them. */
function makePrefix() {
  const dir = makeServerDir('nginx', ['conf/snippets/simulateur-deass', 'www', 'logs', 'tmp']);
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
  const check = run(bin, dir, ['-t', '-q']);
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t failed:\n${check.stdout}${check.stderr}`);
  }
  // SIGTERM: nginx's master also stops its workers (fast shutdown).
  return superviseServer({
    name: 'nginx',
    argv: [bin, '-p', `${dir}/`, '-e', `${dir}/logs/error.log`, '-c', `${dir}/conf/nginx.conf`],
    dir,
    port,
    logsDir: join(dir, 'logs'),
  });
}
