#!/usr/bin/env node
/**
 * `npm start`: the site (astro dev) and the CMS's local Git backend (decap-server) together, so
 * edits made at http://127.0.0.1:4321/admin/ become commits in this copy of the repository and
 * appear on the site straight away. Ctrl-C stops both.
 *
 * The CMS reaches decap-server through admin/local/backend.mjs, which keeps the working copy
 * on its branch while drafts are saved and read, and refuses commits that would sweep in someone's
 * uncommitted work (decap-server commits with `git add .`).
 *
 * The backend answers only the editor's own page: the site's address, so the site's port is chosen
 * here (4321, or the one given with --port, or any free one if that is taken) and given to both.
 *
 * Options: arguments are passed to `astro dev` (`npm start -- --port 4400`); CMS_PORT sets the
 * backend's port (default 8081; 0 for any free port).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { freePort, listen } from './ports.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../scripts/ts-hooks.mjs';

// After ts-hooks, so the project's TypeScript (extensionless imports) can be loaded.
const { localBackend } = await import('./backend.mjs');
const { siteOrigins } = await import('./guard.ts');
const { repositoryContentDir } = await import('../../src/lib/content/settings.ts');

const root = process.cwd();
const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, '..', '..', 'node_modules');

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function gitState() {
  try {
    if (git('rev-parse', '--is-inside-work-tree') !== 'true') return undefined;
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    return branch && branch !== 'HEAD' ? { branch } : undefined;
  } catch {
    return undefined;
  }
}

/** The arguments for `astro dev` without --port, and the port asked for (4321 by default, as Astro's). */
function sitePortArgument(args) {
  const rest = [];
  let port = 4321;
  for (let i = 0; i < args.length; i++) {
    const inline = /^--port=(\d+)$/.exec(args[i]);
    if (inline) port = Number(inline[1]);
    else if (args[i] === '--port' && /^\d+$/.test(args[i + 1] ?? '')) port = Number(args[++i]);
    else rest.push(args[i]);
  }
  return { port, rest };
}

const children = [];
let stopping = false;

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  // Give both a moment to exit cleanly, then leave.
  setTimeout(() => process.exit(code), 500).unref();
}

function run(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} stopped${signal ? ` (${signal})` : ` with code ${code}`}; stopping the rest.`);
      stop(code ?? 1);
    }
  });
  return child;
}

async function main() {
  const repo = gitState();
  const mode = repo ? 'git' : 'fs';
  if (repo) {
    let identity = '';
    try {
      identity = git('config', 'user.email');
    } catch {
      // Not set: git exits with an error.
    }
    if (!identity) {
      console.warn('Git does not know who you are, so the CMS cannot commit. Run: git config user.name "Your Name" && git config user.email you@example.org');
    }
  }
  const internalPort = await freePort();
  const site = sitePortArgument(process.argv.slice(2));
  const sitePort = await freePort(site.port);
  if (sitePort !== site.port) console.log(`Port ${site.port} is in use, so the site uses port ${sitePort}.`);
  // The branch the editor saves to. Without Git, decap-server ignores it, but the editor still sends it.
  const branch = repo?.branch ?? (process.env.CMS_BRANCH?.trim() || 'main');

  const guard = createServer(
    localBackend({ root, upstreamPort: internalPort, gitMode: mode === 'git', branch, contentDir: repositoryContentDir(), origins: siteOrigins(sitePort) }),
  );
  const wanted = process.env.CMS_PORT === undefined ? 8081 : Number(process.env.CMS_PORT);
  let port;
  try {
    port = await listen(guard, wanted);
  } catch {
    port = await listen(guard, 0);
    console.log(`Port ${wanted} is in use, so the CMS's local backend uses port ${port}.`);
  }
  const backendUrl = `http://127.0.0.1:${port}/api/v1`;

  run('The CMS backend (decap-server)', [join(modules, 'decap-server', 'dist', 'index.js')], {
    PORT: String(internalPort),
    BIND_HOST: '127.0.0.1',
    MODE: mode,
    GIT_REPO_DIRECTORY: root,
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  });
  run('The site (astro dev)', [join(modules, 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(sitePort), ...site.rest], {
    CMS_LOCAL_BACKEND: backendUrl,
    CMS_LOCAL_BRANCH: branch,
  });

  console.log(
    repo
      ? `\nThe CMS is at /admin/ on the address below. Press “Login”: saves become commits on the branch “${repo.branch}” (local backend ${backendUrl}).\n`
      : `\nThis folder is not a Git repository (or no branch is checked out), so the CMS at /admin/ saves files directly, without history or the review workflow (local backend ${backendUrl}).\n`,
  );
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
main().catch((error) => {
  console.error(error);
  stop(1);
});
