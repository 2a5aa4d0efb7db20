#!/usr/bin/env node
/**
 * `npm start`: the site (astro dev) and the CMS's local Git backend (decap-server) together, so
 * edits made at http://127.0.0.1:4321/admin/ become commits in this copy of the repository and
 * appear on the site straight away. Ctrl-C stops both.
 *
 * The CMS reaches decap-server through scripts/start-cms-backend.mjs, which keeps the working copy
 * on its branch while drafts are saved and read, and refuses commits that would sweep in someone's
 * uncommitted work (decap-server commits with `git add .`).
 *
 * Options: arguments are passed to `astro dev` (`npm start -- --port 4400`); CMS_PORT sets the
 * backend's port (default 8081; 0 for any free port).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localBackend } from './start-cms-backend.mjs';

const root = process.cwd();
const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, '..', 'node_modules');

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

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

async function freePort() {
  const probe = createServer();
  const port = await listen(probe, 0);
  await new Promise((resolve) => probe.close(resolve));
  return port;
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

  const guard = createServer(localBackend({ root, upstreamPort: internalPort, gitMode: mode === 'git' }));
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
  run('The site (astro dev)', [join(modules, 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', ...process.argv.slice(2)], {
    CMS_LOCAL_BACKEND: backendUrl,
    ...(repo ? { CMS_LOCAL_BRANCH: repo.branch } : {}),
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
