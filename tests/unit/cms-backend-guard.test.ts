/**
 * The local Git backend's guard (admin/local/guard.ts), request by request: what it lets
 * through is exactly what the editor's configuration can ask for (compared both ways with the
 * configuration the editor is given), and what a hostile page or a re-pointed host name sends is
 * refused. tests/e2e/cms-backend.test.ts sends the same attacks to the running backend over HTTP.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionProblem, backendRules, headProblem, linkProblem, siteOrigins } from '../../admin/local/guard';
import { cmsBackend } from '../../admin/config/git-host';
import { cmsConfig } from '../../admin/config/index';

const languages = [
  { code: 'ur', name: 'اردو' },
  { code: 'pl', name: 'Polski' },
];
const rules = backendRules({ branch: 'main', contentDir: 'content', languages });
const config = cmsConfig({
  backend: cmsBackend({}, true),
  contentDir: 'content',
  classes: [],
  statutory: [],
  languages,
  schoolName: 'School',
  siteUrl: 'https://school.example',
});
const collections = config.collections as { name: string; folder?: string; extension?: string; path?: string; files?: { name: string; file: string }[] }[];

const problem = (message: unknown) => actionProblem(message, rules).problem;
const params = (extra: Record<string, unknown>) => ({ branch: 'main', ...extra });

describe('it lets the editor do what its configuration asks', () => {
  it('knows exactly the configuration’s collections, translations and settings included', () => {
    expect([...rules.collections.keys()].sort()).toEqual(collections.map((c) => c.name).sort());
    expect(collections.map((c) => c.name)).toContain('policies__ur');
  });

  it.each(collections.map((c) => [c.name, c] as const))('%s: lists, reads, saves and publishes its entries', (name, c) => {
    // An entry's slug: a class update sits in its class's folder (the configuration's path has one "/").
    const slug = c.files ? c.files[0]!.name : c.path?.includes('/') ? 'oak/2026-11-20-pond-dipping' : '2026-11-20-harvest';
    const file = c.files ? c.files[0]!.file : `${c.folder}/${slug}.${c.extension}`;
    if (c.folder) {
      const depth = c.path?.split('/').length ?? 1;
      expect(problem({ action: 'entriesByFolder', params: params({ folder: c.folder, extension: c.extension, depth }) })).toBeUndefined();
      expect(problem({ action: 'entriesByFolder', params: params({ folder: c.folder, extension: c.extension, depth: depth + 1 }) })).toBeDefined();
    } else {
      expect(problem({ action: 'entriesByFiles', params: params({ files: [{ path: file, label: 'School details' }] }) })).toBeUndefined();
    }
    expect(problem({ action: 'getEntry', params: params({ path: file }) })).toBeUndefined();
    const draft = {
      action: 'persistEntry',
      params: params({
        dataFiles: [{ slug, path: file, raw: '---\ntitle: x\n---\n' }],
        assets: [{ path: 'content/uploads/classes/oak/2026-11-20/img-0001.jpg', content: 'AAAA', encoding: 'base64' }],
        options: { collectionName: name, commitMessage: `Create “${slug}”`, useWorkflow: true, status: 'draft' },
      }),
    };
    expect(problem(draft)).toBeUndefined();
    expect(problem({ action: 'unpublishedEntry', params: params({ id: `${name}/${slug}` }) })).toBeUndefined();
    expect(problem({ action: 'unpublishedEntryDataFile', params: params({ collection: name, slug, id: 'abc', path: file }) })).toBeUndefined();
    expect(
      problem({ action: 'unpublishedEntryMediaFile', params: params({ collection: name, slug, id: 'abc', path: 'content/uploads/a.pdf' }) }),
    ).toBeUndefined();
    expect(problem({ action: 'updateUnpublishedEntryStatus', params: params({ collection: name, slug, newStatus: 'pending_review' }) })).toBeUndefined();
    expect(problem({ action: 'publishUnpublishedEntry', params: params({ collection: name, slug }) })).toBeUndefined();
    expect(problem({ action: 'deleteUnpublishedEntry', params: params({ collection: name, slug }) })).toBeUndefined();
    expect(problem({ action: 'deleteFiles', params: params({ paths: [file], options: { commitMessage: 'Delete' } }) })).toBeUndefined();
  });

  it('renames an entry within its collection, as the editor does when a title changes', () => {
    const rename = (newPath: string) => ({
      action: 'persistEntry',
      params: params({
        dataFiles: [{ slug: 'old-name', path: 'content/pages/old-name.md', newPath, raw: 'x' }],
        assets: [],
        options: { collectionName: 'pages', commitMessage: 'Update', useWorkflow: false },
      }),
    });
    expect(problem(rename('content/pages/new-name.md'))).toBeUndefined();
    expect(problem(rename('content/policies/new-name.md'))).toMatch(/is not the file of an entry of pages/);
    expect(problem(rename('astro.config.mjs'))).toMatch(/is not the file of an entry of pages/);
  });

  it('uploads pictures and documents into the media folder, and lists its folders', () => {
    for (const path of [
      'content/uploads/newsletters/harvest.jpg',
      'content/uploads/policies/Uniform-Prices.PDF',
      'content/uploads/a.docx',
      'content/uploads/classes/oak/2026-11-20/img_0001.webp',
    ]) {
      expect(
        problem({ action: 'persistMedia', params: params({ asset: { path, content: 'AAAA', encoding: 'base64' }, options: { commitMessage: 'Upload' } }) }),
        path,
      ).toBeUndefined();
      expect(problem({ action: 'getMediaFile', params: params({ path }) }), path).toBeUndefined();
    }
    expect(problem({ action: 'getMedia', params: params({ mediaFolder: 'content/uploads' }) })).toBeUndefined();
    expect(problem({ action: 'getMedia', params: params({ mediaFolder: 'content/uploads/classes/oak/2026-11-20' }) })).toBeUndefined();
    expect(problem({ action: 'info' })).toBeUndefined();
    expect(problem({ action: 'unpublishedEntries', params: params({}) })).toBeUndefined();
  });
});

describe('it refuses anything else', () => {
  it.each([
    ['astro.config.mjs'],
    ['package.json'],
    ['admin/local/start.mjs'],
    ['.github/workflows/deploy.yml'],
    ['src/lib/x.png'],
    ['../x.png'],
    ['content/../src/x.png'],
    ['content/uploads/../../x.png'],
    ['content/uploads/./x.png'],
    ['content/uploads//x.png'],
    ['/etc/x.png'],
    ['content\\uploads\\x.png'],
    ['content/uploads/x.png\u0000.md'],
    ['content/uploads/.git/x.png'],
    ['content/uploads/--output=x.png'],
    ['content/uploads/x.svg'],
    ['content/uploads/x.html'],
    ['content/uploads/x.js'],
    ['content/uploads/x'],
    ['content/settings/school.yaml'],
    ['content/uploads'],
  ])('an upload at %s', (path) => {
    expect(
      problem({ action: 'persistMedia', params: params({ asset: { path, content: 'AAAA', encoding: 'base64' }, options: { commitMessage: 'Upload' } }) }),
    ).toBeDefined();
    expect(problem({ action: 'getMediaFile', params: params({ path }) })).toBeDefined();
  });

  it.each([
    ['package.json', 'x'],
    ['content/newsletters/x.mdx', 'x'],
    ['content/newsletters/X.md', 'X'],
    ['content/newsletters/a_b.md', 'a_b'],
    ['content/newsletters/-x.md', '-x'],
    ['content/newsletters/sub/x.md', 'sub/x'],
    ['content/newsletters/../x.md', '../x'],
    ['content/newsletters/ur/x.md', 'ur/x'],
    ['content/newsletters/x.md', 'y'],
    ['content/policies/x.md', 'x'],
  ])('a newsletter’s file at %s named %s', (path, slug) => {
    const draft = {
      action: 'persistEntry',
      params: params({
        dataFiles: [{ slug, path, raw: 'x' }],
        assets: [],
        options: { collectionName: 'newsletters', commitMessage: 'x', useWorkflow: true, status: 'draft' },
      }),
    };
    expect(problem(draft)).toBeDefined();
  });

  it('a class update outside a class’s folder, and a translation into a language the site does not offer', () => {
    const draft = (collectionName: string, slug: string, path: string) => ({
      action: 'persistEntry',
      params: params({
        dataFiles: [{ slug, path, raw: 'x' }],
        assets: [],
        options: { collectionName, commitMessage: 'x', useWorkflow: true, status: 'draft' },
      }),
    });
    expect(problem(draft('classUpdates', 'oak/x', 'content/class-updates/oak/x.md'))).toBeUndefined();
    expect(problem(draft('classUpdates', 'x', 'content/class-updates/x.md'))).toBeDefined();
    expect(problem(draft('classUpdates', 'a/b/x', 'content/class-updates/a/b/x.md'))).toBeDefined();
    expect(problem(draft('policies__ur', 'uniform', 'content/policies/ur/uniform.md'))).toBeUndefined();
    expect(problem(draft('policies__de', 'uniform', 'content/policies/de/uniform.md'))).toMatch(/"policies__de" is not a collection the editor has/);
    expect(problem(draft('policies__ur', 'uniform', 'content/policies/pl/uniform.md'))).toBeDefined();
  });

  it('describes a draft left from a collection the editor no longer has (the review board skips it), but reads none of its files', () => {
    expect(problem({ action: 'unpublishedEntry', params: params({ id: 'policies__de/uniform' }) })).toBeUndefined();
    expect(
      problem({
        action: 'unpublishedEntryDataFile',
        params: params({ collection: 'policies__de', slug: 'uniform', id: 'x', path: 'content/policies/de/uniform.md' }),
      }),
    ).toBeDefined();
    for (const id of ['--output=x/y', 'policies__de/../../x', 'policies__de/--output=x', 'a/b/c/d', 'x.lock/y']) {
      expect(problem({ action: 'unpublishedEntry', params: params({ id }) }), id).toBeDefined();
    }
  });

  it('a branch other than the configured one, whether an option for Git or a real branch', () => {
    for (const branch of ['--output=/tmp/x', 'other', 'main\n', undefined, ['main']]) {
      expect(problem({ action: 'unpublishedEntries', params: { branch } }), String(branch)).toMatch(/is not the one the editor saves to \(main\)/);
    }
    expect(problem({ action: 'unpublishedEntries', branch: '--output=x', params: params({}) })).toBeDefined();
  });

  it('statuses, labels and actions the editor does not use', () => {
    expect(
      problem({ action: 'updateUnpublishedEntryStatus', params: params({ collection: 'pages', slug: 'about', newStatus: 'published\n[core]' }) }),
    ).toBeDefined();
    expect(problem({ action: 'unpublishedEntry', params: params({ collection: 'pages', slug: 'about', cmsLabelPrefix: 'x\n' }) })).toBeDefined();
    expect(problem({ action: 'getNotes', params: params({ collection: 'pages', slug: 'about' }) })).toBeDefined();
    expect(problem({ action: '__proto__', params: params({}) })).toBeDefined();
    expect(problem({ action: 'getEntry', params: params({ path: '.git/config' }) })).toBeDefined();
    expect(problem({ action: 'entriesByFolder', params: params({ folder: '.', extension: 'md', depth: 1 }) })).toBeDefined();
    expect(problem({ action: 'getMedia', params: params({ mediaFolder: 'content' }) })).toBeDefined();
    expect(
      problem({ action: 'deleteFiles', params: params({ paths: ['content/pages/about.md', 'package.json'], options: { commitMessage: 'x' } }) }),
    ).toBeDefined();
    expect(problem({ action: 'persistMedia', params: params({ asset: null, options: { commitMessage: 'x' } }) })).toBeDefined();
    expect(problem({ action: 'entriesByFiles', params: params({ files: [null] }) })).toBeDefined();
    expect(problem({ action: 'persistEntry', params: params({ dataFiles: [null], assets: [null], options: { collectionName: 'pages' } }) })).toBeDefined();
    expect(problem(null)).toBeDefined();
    expect(problem([])).toBeDefined();
  });
});

describe('who may ask', () => {
  const origins = siteOrigins(4321);
  const head = (headers: Record<string, string>, method = 'POST', url = '/api/v1') =>
    headProblem({ method, url, headers: { host: '127.0.0.1:8081', 'content-type': 'application/json', ...headers } }, 8081, origins);

  it('the editor’s page, or a program on this computer, sending JSON', () => {
    expect(head({ origin: 'http://127.0.0.1:4321' })).toBeUndefined();
    expect(head({ origin: 'http://localhost:4321', host: 'localhost:8081', 'content-type': 'application/json; charset=utf-8' })).toBeUndefined();
    expect(head({ host: '[::1]:8081', 'content-type': 'Application/JSON;charset="UTF-8"' })).toBeUndefined();
    expect(head({ origin: 'http://127.0.0.1:4321' }, 'OPTIONS')).toBeUndefined();
  });

  it.each([
    [{ origin: 'https://evil.example' }],
    [{ origin: 'http://127.0.0.1:4322' }],
    [{ origin: 'http://127.0.0.1:4321.evil.example' }],
    [{ origin: 'null' }],
    [{ host: 'evil.example:8081' }],
    [{ host: '127.0.0.1:8081.evil.example' }],
    [{ host: '127.0.0.1' }],
    [{ host: '' }],
    [{ 'content-type': 'text/plain' }],
    [{ 'content-type': 'application/json-patch+json' }],
    [{ 'content-type': 'application/json; charset=utf-16' }],
    [{ 'content-type': 'multipart/form-data; boundary=x' }],
    [{ 'content-type': '' }],
  ])('not %j', (headers) => {
    expect(head(headers)).toBeDefined();
  });

  it('not another method or address', () => {
    expect(head({}, 'GET')).toBeDefined();
    expect(head({}, 'PUT')).toBeDefined();
    expect(head({}, 'POST', '/api/v1/../x')).toBeDefined();
    expect(head({}, 'POST', '/')).toBeDefined();
    expect(head({ origin: 'https://evil.example' }, 'OPTIONS')).toBeDefined();
  });
});

describe('links in the working copy', () => {
  it('refuses a file or folder that is, or is inside, a symbolic link, and lets real ones through', () => {
    const root = mkdtempSync(join(tmpdir(), 'school-links-'));
    try {
      mkdirSync(join(root, 'content/uploads/real'), { recursive: true });
      writeFileSync(join(root, 'content/uploads/real/a.pdf'), 'x');
      symlinkSync('../../.git', join(root, 'content/uploads/git'));
      symlinkSync('../real/a.pdf', join(root, 'content/uploads/real/b.pdf'));
      expect(linkProblem(root, { files: ['content/uploads/real/a.pdf', 'content/uploads/new/c.pdf'], folders: [] })).toBeUndefined();
      expect(linkProblem(root, { files: ['content/uploads/git/config.pdf'], folders: [] })).toMatch(/^content\/uploads\/git is a link/);
      expect(linkProblem(root, { files: [], folders: [{ path: 'content/uploads', depth: 1 }] })).toMatch(/^content\/uploads\/git is a link/);
      expect(linkProblem(root, { files: [], folders: [{ path: 'content/uploads/real', depth: 1 }] })).toMatch(/^content\/uploads\/real\/b\.pdf is a link/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
