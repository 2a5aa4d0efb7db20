/**
 * The key Astro's content store is kept under: it changes with every input Astro does not look at
 * itself (installed packages, the site's configuration, the schemas and the code that reads and
 * filters content), and a store made under another key is thrown away before a build reads it.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentStoreKey, keepStoreIfSame } from '../../src/integrations/content-store';

/** A project with the files the key reads. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'store-key-'));
  const files: Record<string, string> = {
    'package-lock.json': '{"packages":{"node_modules/satteri":{"version":"0.10.5"}}}',
    'astro.config.mjs': 'export default {};',
    'src/content.config.ts': 'export const collections = {};',
    'src/schemas/policy.ts': 'export const policy = 1;',
    'src/lib/security/safe-html.ts': 'export const allowed = ["p"];',
    'src/pages/index.astro': '<p>Home</p>',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the content store key', () => {
  const changes: [string, string, string][] = [
    ['a dependency is updated', 'package-lock.json', '{"packages":{"node_modules/satteri":{"version":"0.10.6"}}}'],
    ["the site's configuration is edited", 'astro.config.mjs', 'export default { trailingSlash: "never" };'],
    ['the content config is edited', 'src/content.config.ts', 'export const collections = { policies: {} };'],
    ['a schema changes', 'src/schemas/policy.ts', 'export const policy = 2;'],
    ['the HTML filter is fixed', 'src/lib/security/safe-html.ts', 'export const allowed = [];'],
    ['a schema file is added', 'src/schemas/vacancy.ts', 'export const vacancy = 1;'],
  ];
  it.each(changes)('changes when %s', (_, path, text) => {
    const root = project();
    const before = contentStoreKey(root, join(root, 'content'));
    writeFileSync(join(root, path), text);
    expect(contentStoreKey(root, join(root, 'content'))).not.toBe(before);
  });

  it('stays the same when only a page template changes (the store holds no rendered page), or for another content folder path only when it is the same folder', () => {
    const root = project();
    const before = contentStoreKey(root, join(root, 'content'));
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>Welcome</p>');
    expect(contentStoreKey(root, join(root, 'content'))).toBe(before);
    expect(contentStoreKey(root, join(root, 'other-content'))).not.toBe(before);
  });

  it('keeps a store made under the same key and throws away one made under another', () => {
    const cache = mkdtempSync(join(tmpdir(), 'store-cache-'));
    const store = join(cache, 'data-store.json');
    expect(keepStoreIfSame(cache, 'one')).toBe(false);
    writeFileSync(store, '[]');
    expect(keepStoreIfSame(cache, 'one')).toBe(true);
    expect(existsSync(store)).toBe(true);
    expect(keepStoreIfSame(cache, 'two')).toBe(false);
    expect(existsSync(store)).toBe(false);
  });
});
