/**
 * `npm start` (admin/local/start.mjs: astro dev, decap-server and the guard in front of it) on a
 * temporary copy of this repository, as a newcomer or a teacher runs it: for the browser tests of
 * the editor and of the demo under the development server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './local';

const ROOT = resolve('.');
/** What a copy of the repository needs: the project, not its build output, tests or history. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'screenshots', 'test-results', 'tests']);

/** A copy of the working tree (with this branch's uncommitted work) as a fresh Git repository. */
export function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'school-cms-'));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  // node_modules as links to this checkout's packages, so the copy keeps its own Vite and Astro caches.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.vite', '.astro', '.cache', '.astro-tests'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const run = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  run('init', '-q', '-b', 'main');
  run('config', 'user.name', 'Mrs Okafor');
  run('config', 'user.email', 'okafor@hazelbrook.example');
  run('add', '-A');
  run('commit', '-q', '-m', 'The school website');
  return dir;
}

/**
 * The environment without vitest's own variables: Astro's development server serves nothing under
 * VITEST, and vitest's DEV=1 would reach `import.meta.env.DEV` in a build.
 */
export function cleanEnv(): Record<string, string | undefined> {
  const vitest = ['TEST', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL'];
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !vitest.includes(key)));
}

/** `npm start` running on a copy of the repository. */
export interface StartedSite {
  /** The copy of the repository it runs in. */
  repo: string;
  /** The site's address, `http://127.0.0.1:<port>`. */
  url: string;
  /** The CMS's local backend, `http://127.0.0.1:<port>/api/v1`. */
  backendUrl: string;
  /** Everything it has printed so far (the last 200 KB). */
  log(): string;
  /** Waits until `check` is true, or fails with the log's end (npm start stopping fails at once). */
  waitFor(what: string, check: () => Promise<boolean>, ms?: number): Promise<void>;
  /** Stops it (the copy stays until `remove`). */
  stop(): void;
  /** Stops it and removes the copy. */
  remove(): void;
}

/**
 * Starts `npm start` on a fresh copy of the repository and waits until the site, the local backend
 * and decap-server answer. `env` is added to the environment (SITE_NOW is left out unless given:
 * the demo must look right by the clock).
 */
export async function startSite(env: Record<string, string> = {}): Promise<StartedSite> {
  const repo = copyRepository();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { SITE_NOW: _now, ...base } = cleanEnv();
  const server: ChildProcess = spawn(process.execPath, ['admin/local/start.mjs', '--port', String(port)], {
    cwd: repo,
    env: { ...base, NODE_ENV: 'development', CMS_PORT: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-200_000);
  };
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  let running = true;
  const stop = () => {
    if (running && server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    running = false;
  };
  const waitFor = async (what: string, check: () => Promise<boolean>, ms = 90_000) => {
    const end = Date.now() + ms;
    let last: unknown;
    while (Date.now() < end) {
      const ok = await check().catch((error: unknown) => {
        last = error;
        return false;
      });
      if (ok) return;
      if (server.exitCode !== null) throw new Error(`npm start stopped while waiting for ${what}:\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`Timed out waiting for ${what} (${String((last as Error)?.cause ?? last)}):\n${output.slice(-3000)}`);
  };
  const backend = /local backend (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/;
  await waitFor('the local backend', async () => backend.test(output));
  const backendUrl = backend.exec(output)![1]!;
  await waitFor('the site', async () => (await fetch(`${url}/admin/`)).ok);
  await waitFor(
    'decap-server',
    async () => (await fetch(backendUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).ok,
  );
  return {
    repo,
    url,
    backendUrl,
    log: () => output,
    waitFor,
    stop,
    remove: () => {
      stop();
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
