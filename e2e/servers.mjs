// What starting a real web server for the deployment tests takes, whichever
// the server (nginx.mjs, apache.mjs): a free port on 127.0.0.1, a temporary
// folder every user can traverse, and the server's process watched until it
// answers, taken down with the test process, and stopped (its folder
// removed) by stop().

import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_HOST } from './lib.mjs';

export const SUB_PATH = '/simulateur-deass/';

/** A port free on 127.0.0.1 now. */
export async function freePort() {
  const srv = createServer();
  await new Promise((ok, fail) => {
    srv.once('error', fail);
    srv.listen(0, LOCAL_HOST, ok);
  });
  const { port } = srv.address();
  await new Promise((ok) => srv.close(ok));
  return port;
}

/**
 * A temp folder every user can traverse (the servers' workers run as
 * `nobody` when started by root), with `subdirs` made in it.
 */
export function makeServerDir(name, subdirs) {
  const dir = mkdtempSync(join(tmpdir(), `deass-${name}-`));
  chmodSync(dir, 0o755);
  for (const d of subdirs) mkdirSync(join(dir, d), { recursive: true, mode: 0o755 });
  return dir;
}

/**
 * Start `argv` (a server staying in the foreground) and wait until
 * http://127.0.0.1:PORT/ answers. The process gets its own process group,
 * signalled as a whole (SIGTERM, then SIGKILL after 5 s): the server's
 * workers, and a `runuser` in front of it, stop with it. Ends with the test
 * process too. stop() removes `dir`.
 * @returns {Promise<{ origin: string, url: string, port: number, dir: string, pid: number,
 *   errorLog: () => string, accessLog: () => string, stop: () => Promise<void> }>}
 */
export async function superviseServer({ name, argv, dir, port, logsDir }) {
  const readLog = (file) => {
    try {
      return readFileSync(join(logsDir, file), 'utf8');
    } catch {
      return '';
    }
  };
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let exited = false;
  const exitedP = new Promise((ok) => child.once('exit', () => ((exited = true), ok())));
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  const killOnExit = () => {
    if (!exited) signal('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    killOnExit();
    process.exit(128 + (sig === 'SIGINT' ? 2 : 15));
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
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5000);
      await exitedP;
      clearTimeout(timer);
    }
    // The workers may outlive the process we started by a moment.
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        break;
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const origin = `http://${LOCAL_HOST}:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited) {
      const log = readLog('error.log');
      await stop();
      throw new Error(`${name} exited at start:\n${stderr}\n${log}`);
    }
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (Date.now() > deadline) {
        const log = readLog('error.log');
        await stop();
        throw new Error(`${name} did not answer on ${origin} within 10 s:\n${stderr}\n${log}`);
      }
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return {
    origin,
    url: `${origin}${SUB_PATH}`,
    port,
    dir,
    pid: child.pid,
    errorLog: () => readLog('error.log'),
    accessLog: () => readLog('access.log'),
    stop,
  };
}
