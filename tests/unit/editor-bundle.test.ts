/**
 * What the editor's kept bundle (/admin/) is checked against before a build reuses it: its key
 * changes with every input known before bundling (installed packages, the site's configuration,
 * the bundling code, each file of the editor's own code, Node's version, the build mode and
 * NODE_ENV), and the record of every other file the bundler read notices a changed, removed or
 * added file. The whole round trip, with builds, is in tests/scenarios/build-cache.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedInput, editorBundleKey, editorLogLine, recordInputs } from '../../src/integrations/editor-bundle';
import { buildSteps } from '../../scripts/bench/measure';

/** A project with the files the key and the record read. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'editor-key-'));
  const files: Record<string, string> = {
    'package-lock.json': '{"packages":{"node_modules/decap-cms-app":{"version":"3.16.3"}}}',
    'astro.config.mjs': 'export default {};',
    'tsconfig.json': '{"compilerOptions":{"paths":{"@/*":["./src/*"]}}}',
    'src/integrations/editor-bundle.ts': 'export const minify = true;',
    'admin/browser/index.ts': 'import "./widgets";',
    'admin/browser/widgets.ts': 'export const widgets = 1;',
    'admin/entry-check.ts': 'export const check = 1;',
    'src/lib/core/time.ts': 'export const zone = "Europe/London";',
    'src/styles/global.css': '@import "./tokens.css";',
    'src/styles/tokens.css': ':root { --brand: green; }',
    'src/pages/index.astro': '<p>Home</p>',
  };
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  return root;
}

function write(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The record a bundle of the project above would keep: the files outside admin/browser/ it read. */
const READ = [
  'admin/browser/index.ts',
  'admin/browser/widgets.ts',
  'admin/entry-check.ts',
  'src/lib/core/time.ts',
  'src/styles/global.css',
  'src/styles/tokens.css',
];
const recorded = (root: string) =>
  recordInputs(
    root,
    '_astro/editor/editor.B7O82qJz.js',
    READ.map((path) => join(root, path)),
  );

describe("the editor bundle's key", () => {
  const changes: [string, string, string][] = [
    ['a package is updated', 'package-lock.json', '{"packages":{"node_modules/decap-cms-app":{"version":"3.16.4"}}}'],
    ["the site's configuration is edited", 'astro.config.mjs', 'export default { vite: { build: { minify: false } } };'],
    ['the import alias changes', 'tsconfig.json', '{"compilerOptions":{"paths":{"@/*":["./lib/*"]}}}'],
    ['the bundling code changes', 'src/integrations/editor-bundle.ts', 'export const minify = false;'],
    ["the editor's entry changes", 'admin/browser/index.ts', 'import "./widgets"; import "./dates";'],
    ["one of the editor's files changes", 'admin/browser/widgets.ts', 'export const widgets = 2;'],
    ["a file is added to the editor's code", 'admin/browser/dates.ts', 'export const dates = 1;'],
  ];
  it.each(changes)('changes when %s', (_, path, text) => {
    const root = project();
    const before = editorBundleKey(root);
    write(root, path, text);
    expect(editorBundleKey(root)).not.toBe(before);
  });

  it("changes with Node's version, the build mode and NODE_ENV, and with nothing else outside its files", () => {
    const root = project();
    const before = editorBundleKey(root, 'production', 'v24.21.0', 'production');
    expect(editorBundleKey(root, 'production', 'v24.21.0', 'production')).toBe(before);
    expect(editorBundleKey(root, 'production', 'v24.22.0', 'production')).not.toBe(before);
    expect(editorBundleKey(root, 'development', 'v24.21.0', 'production')).not.toBe(before);
    expect(editorBundleKey(root, 'production', 'v24.21.0', 'development')).not.toBe(before);
    // A page template is not part of the editor: the key stays, and so does the kept bundle.
    write(root, 'src/pages/index.astro', '<p>Welcome</p>');
    expect(editorBundleKey(root, 'production', 'v24.21.0', 'production')).toBe(before);
  });
});

describe('the record of the other files a kept bundle was made from', () => {
  it('finds nothing changed while every file and folder is as it was, and names a file outside admin/browser/ that changed', () => {
    const root = project();
    const inputs = recorded(root);
    expect(Object.keys(inputs.files)).toEqual([...READ].sort());
    expect(Object.keys(inputs.folders)).toEqual(['admin', 'admin/browser', 'src', 'src/lib', 'src/lib/core', 'src/styles']);
    expect(changedInput(root, inputs)).toBeUndefined();
    write(root, 'src/lib/core/time.ts', 'export const zone = "UTC";');
    expect(changedInput(root, inputs)).toBe('src/lib/core/time.ts');
  });

  it('names a stylesheet imported by another one (the bundle has it only through the first)', () => {
    const root = project();
    const inputs = recorded(root);
    write(root, 'src/styles/tokens.css', ':root { --brand: red; }');
    expect(changedInput(root, inputs)).toBe('src/styles/tokens.css');
  });

  it('notices a file removed, and a file added beside one it read (an import could now find the new one)', () => {
    const root = project();
    const inputs = recorded(root);
    rmSync(join(root, 'admin/entry-check.ts'));
    expect(changedInput(root, inputs)).toBe('admin/entry-check.ts');

    const again = project();
    const before = recorded(again);
    write(again, 'src/lib/core/time/index.ts', 'export const zone = "UTC";');
    expect(changedInput(again, before)).toBe('src/lib/core');
    // Anywhere above it too, short of the project's root, which every build changes (dist/).
    const third = project();
    const kept = recorded(third);
    write(third, 'dist/index.html', '<p>Built</p>');
    expect(changedInput(third, kept)).toBeUndefined();
    write(third, 'src/lib.ts', 'export const lib = 1;');
    expect(changedInput(third, kept)).toBe('src');
  });
});

describe("the build log's line about the editor", () => {
  it('gives the benchmark the time taken and whether the bundle was kept', () => {
    expect(buildSteps(`05:37:51 [school:editor-bundle] ${editorLogLine({ kept: false, reason: 'none kept', seconds: 6.84 })}`).editor).toEqual({
      seconds: 6.8,
      kept: false,
    });
    expect(buildSteps(`05:38:17 [school:editor-bundle] ${editorLogLine({ kept: true, seconds: 0.04 })}`).editor).toEqual({ seconds: 0, kept: true });
  });
});
