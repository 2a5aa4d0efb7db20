/**
 * The CMS's local Git backend (what `npm start` runs in front of decap-server) under attack, over
 * HTTP on loopback: a real decap-server on a small temporary Git repository, and the backend in
 * front of it exactly as admin/local/start.mjs sets it up. Each attack is what a web page open in the
 * teacher's browser, or a host name re-pointed at 127.0.0.1, could send; each must be refused with
 * 403 and leave the repository, its branches and the teacher's files as they were.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteOrigins } from '../../admin/local/guard';
import { localBackend } from '../../admin/local/backend.mjs';
import { freePort, gitIn } from '../helpers/local';

const ROOT = resolve('.');
/** The development server's port the editor's page is on (nothing needs to listen there). */
const SITE_PORT = 4399;
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const TOKEN = 'ghp_secret-token-in-git-config';
const NEWSLETTER_TEXT = '---\ntitle: Harvest festival\ndate: 2026-11-20\nsummary: Thank you for the food donations.\n---\nThank you.\n';
const CONFIG_TEXT = '// the real configuration\nexport default {};\n';

let repo: string;
let outside: string;
let decap: ChildProcess;
let backend: Server;
let port: number;

const git = (...args: string[]) => gitIn(repo, ...args);

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request to the backend, with exactly these headers (Host included). */
function send(body: string, headers: Record<string, string>, method = 'POST', path = '/api/v1', to = port): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: to, method, path, headers: { host: `127.0.0.1:${to}`, ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/** What the editor's own page sends. */
const fromEditor = (message: unknown) => send(JSON.stringify(message), { 'content-type': 'application/json; charset=utf-8', origin: SITE });

/** A draft of a newsletter as the editor saves it, with changes. */
function draft(
  changes: { branch?: string; path?: string; slug?: string; assets?: { path: string; content: string; encoding: string }[]; collectionName?: string } = {},
) {
  const slug = changes.slug ?? '2026-11-20-harvest-festival';
  return {
    action: 'persistEntry',
    params: {
      branch: changes.branch ?? 'main',
      dataFiles: [{ slug, path: changes.path ?? `content/newsletters/${slug}.md`, raw: NEWSLETTER_TEXT }],
      assets: changes.assets ?? [],
      options: { collectionName: changes.collectionName ?? 'newsletters', commitMessage: `Create Newsletter “${slug}”`, useWorkflow: true, status: 'draft' },
    },
  };
}

const drafts = () => git('branch', '--list', 'cms/*');
/** Every file in every commit of every branch. */
const everyFile = () => git('log', '--all', '--format=', '--name-only').split('\n').filter(Boolean);

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'school-backend-'));
  outside = mkdtempSync(join(tmpdir(), 'school-backend-outside-'));
  mkdirSync(join(repo, 'content/newsletters'), { recursive: true });
  mkdirSync(join(repo, 'content/uploads/newsletters'), { recursive: true });
  mkdirSync(join(repo, 'scripts'));
  cpSync(join(ROOT, 'content/settings'), join(repo, 'content/settings'), { recursive: true });
  writeFileSync(join(repo, 'content/newsletters/2026-11-13-bake-sale.md'), NEWSLETTER_TEXT.replace('Harvest festival', 'Bake sale'));
  writeFileSync(join(repo, 'content/uploads/newsletters/cake.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  writeFileSync(join(repo, 'astro.config.mjs'), CONFIG_TEXT);
  writeFileSync(join(repo, 'package.json'), '{ "name": "school" }\n');
  writeFileSync(join(repo, 'scripts/build.sh'), 'echo build\n');
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Mrs Okafor');
  git('config', 'user.email', 'okafor@hazelbrook.example');
  // As a CI checkout or a careless clone leaves it: a token in the repository's own settings.
  git('config', 'remote.origin.url', `https://x-access-token:${TOKEN}@github.example/school/site.git`);
  git('add', '-A');
  git('commit', '-q', '-m', 'The school website');

  ({ decap, backend, port } = await startBackend(repo, true));
}, 60_000);

afterAll(async () => {
  decap?.kill();
  await new Promise((r) => backend?.close(r));
  for (const dir of [repo, outside]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** decap-server on a folder, and the backend in front of it as admin/local/start.mjs sets them up, once both answer. */
async function startBackend(root: string, gitMode: boolean): Promise<{ decap: ChildProcess; backend: Server; port: number }> {
  const upstreamPort = await freePort();
  const decap = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(upstreamPort), BIND_HOST: '127.0.0.1', MODE: gitMode ? 'git' : 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  const backend = createServer(localBackend({ root, upstreamPort, gitMode, branch: 'main', contentDir: 'content', origins: siteOrigins(SITE_PORT) }));
  const port = await new Promise<number>((done) => backend.listen(0, '127.0.0.1', () => done((backend.address() as AddressInfo).port)));
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const answer = await send(JSON.stringify({ action: 'info' }), { 'content-type': 'application/json' }, 'POST', '/api/v1', port).catch(() => undefined);
    if (answer?.status === 200) return { decap, backend, port };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('decap-server did not start');
}

describe('what the editor itself sends is answered', () => {
  it('lists, reads and saves a draft of a newsletter, without touching the working copy', async () => {
    const list = await fromEditor({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/newsletters', extension: 'md', depth: 1 } });
    expect(list.status, list.body).toBe(200);
    expect(JSON.parse(list.body).map((e: { file: { path: string } }) => e.file.path)).toEqual(['content/newsletters/2026-11-13-bake-sale.md']);
    const settings = await fromEditor({
      action: 'entriesByFiles',
      params: { branch: 'main', files: [{ path: 'content/settings/school.yaml', label: 'School details' }] },
    });
    expect(JSON.parse(settings.body)[0].data).toContain('Hazelbrook');
    const media = await fromEditor({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/uploads/newsletters' } });
    expect(JSON.parse(media.body).map((m: { name: string }) => m.name)).toEqual(['cake.png']);

    const saved = await fromEditor(draft({ assets: [{ path: 'content/uploads/newsletters/apples.png', content: 'iVBORw0KGgo=', encoding: 'base64' }] }));
    expect(saved.status, saved.body).toBe(200);
    expect(drafts()).toBe('cms/newsletters/2026-11-20-harvest-festival');
    expect(git('diff', '--name-only', 'main', 'cms/newsletters/2026-11-20-harvest-festival').split('\n')).toEqual([
      'content/newsletters/2026-11-20-harvest-festival.md',
      'content/uploads/newsletters/apples.png',
    ]);
    expect(git('status', '--porcelain')).toBe('');

    const read = await fromEditor({ action: 'unpublishedEntry', params: { branch: 'main', id: 'newsletters/2026-11-20-harvest-festival' } });
    expect(read.status, read.body).toBe(200);
    expect(JSON.parse(read.body)).toMatchObject({ collection: 'newsletters', slug: '2026-11-20-harvest-festival', status: 'draft' });
    expect(read.headers['access-control-allow-origin']).toBe(SITE);
    const files = (answer: Answer) => (JSON.parse(answer.body).diffs as { path: string }[]).map((d) => d.path);
    expect(files(read)).toEqual(['content/newsletters/2026-11-20-harvest-festival.md', 'content/uploads/newsletters/apples.png']);

    // Something else is published while the draft waits: the draft still has only its own files.
    writeFileSync(join(repo, 'content/newsletters/2026-11-27-nativity.md'), NEWSLETTER_TEXT.replace('Harvest festival', 'Nativity'));
    git('add', '-A');
    git('commit', '-q', '-m', 'Create Newsletters “2026-11-27-nativity”');
    const later = await fromEditor({ action: 'unpublishedEntry', params: { branch: 'main', id: 'newsletters/2026-11-20-harvest-festival' } });
    expect(files(later)).toEqual(['content/newsletters/2026-11-20-harvest-festival.md', 'content/uploads/newsletters/apples.png']);
    git('reset', '-q', '--hard', 'HEAD~1');
  });

  it('tells the editor’s page, and only it, that it may send JSON', async () => {
    const asked = await send('', { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' }, 'OPTIONS');
    expect(asked.status).toBe(204);
    expect(asked.headers['access-control-allow-origin']).toBe(SITE);
    const other = await send(
      '',
      { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      'OPTIONS',
    );
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('a page on another site cannot drive it', () => {
  it('refuses a text/plain POST from another origin (no preflight needed) and saves nothing', async () => {
    const before = drafts();
    const attack = draft({
      slug: '2026-11-21-forged',
      assets: [{ path: 'astro.config.mjs', content: Buffer.from('import "child_process";').toString('base64'), encoding: 'base64' }],
    });
    const answer = await send(JSON.stringify(attack), { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('entry persisted');
    expect(drafts()).toBe(before);
    expect(everyFile()).not.toContain('content/newsletters/2026-11-21-forged.md');
  });

  it('refuses JSON from another origin, and text/plain even without an Origin', async () => {
    const before = drafts();
    const message = JSON.stringify(draft({ slug: '2026-11-22-forged' }));
    expect((await send(message, { 'content-type': 'application/json', origin: 'https://evil.example' })).status).toBe(403);
    expect((await send(message, { 'content-type': 'application/json', origin: 'http://localhost:3000' })).status).toBe(403);
    expect((await send(message, { 'content-type': 'application/json', origin: 'null' })).status).toBe(403);
    expect((await send(message, { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await send(message, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(403);
    expect(drafts()).toBe(before);
  });

  it('refuses a request sent to another host name (DNS rebinding), so nothing can be read', async () => {
    const answer = await send(JSON.stringify({ action: 'entriesByFiles', params: { branch: 'main', files: [{ path: 'content/settings/school.yaml' }] } }), {
      host: `school-attack.example:${port}`,
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('Hazelbrook');
  });
});

describe('a request can ask only for what the editor does', () => {
  it('refuses a branch Git would read as an option (--output=), and no file is written', async () => {
    // The draft from the first test exists, so the backend would compare it with the branch given.
    const target = join(outside, 'written-by-git');
    for (const message of [
      { action: 'unpublishedEntry', params: { branch: `--output=${target}`, id: 'newsletters/2026-11-20-harvest-festival' } },
      draft({ branch: `--output=${target}` }),
      { action: 'unpublishedEntry', branch: `--output=${target}`, params: { branch: 'main', id: 'newsletters/2026-11-20-harvest-festival' } },
    ]) {
      const answer = await fromEditor(message);
      expect(answer.status, JSON.stringify(message)).toBe(403);
      expect(existsSync(target)).toBe(false);
    }
    // Another real branch is not the editor's either.
    git('branch', 'experiment');
    expect((await fromEditor(draft({ branch: 'experiment', slug: '2026-11-23-elsewhere' }))).status).toBe(403);
    expect(drafts()).toBe('cms/newsletters/2026-11-20-harvest-festival');
  });

  it.each([
    ['astro.config.mjs'],
    ['package.json'],
    ['scripts/build.sh'],
    ['src/pages/index.astro'],
    ['.github/workflows/deploy.yml'],
    ['../outside.png'],
    ['content/../src/x.png'],
    ['content/uploads/../../astro.config.mjs'],
    [`${'/'}etc/cron.d/x.png`],
    ['content/uploads/picture.svg'],
    ['content/uploads/.hidden.png'],
  ])('refuses a draft that carries %s', async (path) => {
    const before = drafts();
    const asUpload = await fromEditor(draft({ slug: '2026-11-24-forged', assets: [{ path, content: 'aGVsbG8=', encoding: 'base64' }] }));
    expect(asUpload.status, asUpload.body).toBe(403);
    const asEntry = await fromEditor(draft({ slug: '2026-11-24-forged', path }));
    expect(asEntry.status, asEntry.body).toBe(403);
    const asUploadOnMain = await fromEditor({
      action: 'persistMedia',
      params: { branch: 'main', asset: { path, content: 'aGVsbG8=', encoding: 'base64' }, options: { commitMessage: 'Upload' } },
    });
    expect(asUploadOnMain.status, asUploadOnMain.body).toBe(403);
    expect(drafts()).toBe(before);
    expect(everyFile().filter((f) => f.includes('forged') || !f.startsWith('content/') || f.endsWith('.svg'))).toEqual([
      'astro.config.mjs',
      'package.json',
      'scripts/build.sh',
    ]);
    expect(readFileSync(join(repo, 'astro.config.mjs'), 'utf8')).toBe(CONFIG_TEXT);
    expect(git('log', '--oneline', 'main').split('\n')).toHaveLength(1);
  });

  it('refuses a draft in a collection the editor does not have, or with a name that is not a web address', async () => {
    for (const message of [
      draft({ collectionName: 'scripts', path: 'content/scripts/x.md', slug: 'x' }),
      draft({ collectionName: '../..', path: 'content/newsletters/x.md', slug: 'x' }),
      draft({ slug: '--output=x', path: 'content/newsletters/--output=x.md' }),
      draft({ slug: 'Bad_Name', path: 'content/newsletters/Bad_Name.md' }),
      // The entry's file must be its own: not another entry's, not another collection's.
      draft({ slug: '2026-11-25-mine', path: 'content/newsletters/2026-11-13-bake-sale.md' }),
      draft({ slug: 'behaviour', path: 'content/policies/behaviour.md' }),
      { action: 'deleteFiles', params: { branch: 'main', paths: ['package.json'], options: { commitMessage: 'Delete' } } },
      { action: 'deleteFile', params: { branch: 'main', path: 'content/settings/../../astro.config.mjs', options: { commitMessage: 'Delete' } } },
      {
        action: 'updateUnpublishedEntryStatus',
        params: { branch: 'main', collection: 'newsletters', slug: '2026-11-20-harvest-festival', newStatus: 'x\n[core]\n\tpager = sh' },
      },
      { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'newsletters', slug: '../../main' } },
      { action: 'getNotes', params: { branch: 'main', collection: 'newsletters', slug: 'x' } },
    ]) {
      const answer = await fromEditor(message);
      expect(answer.status, JSON.stringify(message)).toBe(403);
    }
    expect(drafts()).toBe('cms/newsletters/2026-11-20-harvest-festival');
    expect(existsSync(join(repo, 'package.json'))).toBe(true);
    expect(existsSync(join(repo, 'astro.config.mjs'))).toBe(true);
  });

  it('refuses to read files outside the content folder: .git/config (a token) and package.json', async () => {
    const reads = [
      { action: 'getEntry', params: { branch: 'main', path: '.git/config' } },
      { action: 'getEntry', params: { branch: 'main', path: 'package.json' } },
      { action: 'getEntry', params: { branch: 'main', path: 'content/../.git/config' } },
      { action: 'getMediaFile', params: { branch: 'main', path: '.git/config' } },
      { action: 'getMediaFile', params: { branch: 'main', path: 'content/uploads/../../.git/config' } },
      { action: 'getMediaFile', params: { branch: 'main', path: 'package.json' } },
      { action: 'entriesByFiles', params: { branch: 'main', files: [{ path: '.git/config' }] } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: '.git', extension: '', depth: 1 } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/newsletters', extension: 'md', depth: 5 } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: '.git' } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/uploads/../..' } },
      {
        action: 'unpublishedEntryDataFile',
        params: { branch: 'main', collection: 'newsletters', slug: '2026-11-20-harvest-festival', id: 'x', path: 'package.json' },
      },
      {
        action: 'unpublishedEntryMediaFile',
        params: { branch: 'main', collection: 'newsletters', slug: '2026-11-20-harvest-festival', id: 'x', path: 'astro.config.mjs' },
      },
    ];
    for (const message of reads) {
      const answer = await fromEditor(message);
      expect(answer.status, JSON.stringify(message)).toBe(403);
      // Only the reason: no file's text, plain or base64.
      expect(Object.keys(JSON.parse(answer.body))).toEqual(['error']);
      expect(answer.body).not.toContain(TOKEN);
    }
  });

  it('refuses to follow a link planted in the uploads to a file outside the content folder', async () => {
    symlinkSync('../../../.git/config', join(repo, 'content/uploads/newsletters/notes.pdf'));
    try {
      for (const message of [
        { action: 'getMediaFile', params: { branch: 'main', path: 'content/uploads/newsletters/notes.pdf' } },
        { action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/uploads/newsletters' } },
      ]) {
        const answer = await fromEditor(message);
        expect(answer.status, JSON.stringify(message)).toBe(403);
        expect(Object.keys(JSON.parse(answer.body))).toEqual(['error']);
      }
    } finally {
      rmSync(join(repo, 'content/uploads/newsletters/notes.pdf'));
    }
  });
});

describe('without Git (a folder that is not a repository), where decap-server writes files directly', () => {
  let folder: string;
  let fs: Awaited<ReturnType<typeof startBackend>>;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'school-backend-fs-'));
    mkdirSync(join(folder, 'content/newsletters'), { recursive: true });
    cpSync(join(ROOT, 'content/settings'), join(folder, 'content/settings'), { recursive: true });
    writeFileSync(join(folder, 'astro.config.mjs'), CONFIG_TEXT);
    fs = await startBackend(folder, false);
  }, 60_000);
  afterAll(async () => {
    fs?.decap.kill();
    await new Promise((r) => fs?.backend.close(r));
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('saves what the editor sends, and refuses the same attacks', async () => {
    const editor = { 'content-type': 'application/json', origin: SITE };
    const entry = (path: string) => ({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: 'harvest', path, raw: NEWSLETTER_TEXT }],
        assets: [],
        options: { collectionName: 'newsletters', commitMessage: 'Create', useWorkflow: false, status: 'draft' },
      },
    });
    const saved = await send(JSON.stringify(entry('content/newsletters/harvest.md')), editor, 'POST', '/api/v1', fs.port);
    expect(saved.status, saved.body).toBe(200);
    expect(readFileSync(join(folder, 'content/newsletters/harvest.md'), 'utf8')).toBe(NEWSLETTER_TEXT);

    const forged = {
      action: 'persistMedia',
      params: { branch: 'main', asset: { path: 'astro.config.mjs', content: 'aGVsbG8=', encoding: 'base64' }, options: { commitMessage: 'Upload' } },
    };
    expect((await send(JSON.stringify(forged), editor, 'POST', '/api/v1', fs.port)).status).toBe(403);
    expect(
      (
        await send(
          JSON.stringify(entry('content/newsletters/harvest.md')),
          { 'content-type': 'text/plain', origin: 'https://evil.example' },
          'POST',
          '/api/v1',
          fs.port,
        )
      ).status,
    ).toBe(403);
    expect(
      (await send(JSON.stringify({ action: 'getEntry', params: { branch: 'main', path: 'astro.config.mjs' } }), editor, 'POST', '/api/v1', fs.port)).status,
    ).toBe(403);
    expect(readFileSync(join(folder, 'astro.config.mjs'), 'utf8')).toBe(CONFIG_TEXT);
  });
});
