/**
 * A build with the cache of an earlier one (Astro's content store, the resized pictures, the
 * archive search index) publishes exactly what a build from nothing publishes: the same files,
 * byte for byte, after an edit to an old newsletter, and after the code that made the content
 * store changed. The store from a build is planted with words nobody wrote (as a store made by
 * older code, before a fix to the HTML filter, would hold older HTML): Astro alone keeps using it
 * while the entry's file is unchanged, and the site's key must throw it away.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_KEY_FILE } from '../../src/integrations/content-store';
import { plainFilesUnder } from '../../src/lib/content/files';
import { UNORDERED_SEARCH_FILES } from '../../scripts/bench/measure';
import { buildSite } from '../helpers/build';
import { contentWith, fixtureFile } from '../helpers/content';

const NOW = '2026-11-23';
/** A newsletter from 2019: in the archive search index. */
const OLD = 'newsletters/2019-03-01-spring-fair.md';
const oldNewsletter = (text: string) => `---\ntitle: Spring fair\ndate: 2019-03-01\nsummary: The spring fair raised money for the library.\n---\n${text}\n`;

/**
 * Every file of a built site with a hash of its bytes, by path; but for the few files of the
 * search indexes that Pagefind writes in no fixed order (a filter's values, and the two files
 * that name those by their hash), which differ between any two indexings of the same pages.
 */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    plainFilesUnder(dir)
      .map((file) => relative(dir, file))
      .filter((path) => !UNORDERED_SEARCH_FILES.test(path))
      .map((path) => [
        path,
        createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex'),
      ]),
  );
}

/** Builds with the given cache folder, and fails the test with the build's output if it fails. */
function build(content: string, cache: string) {
  const site = buildSite(content, NOW, { SITE_CACHE_DIR: cache }, false);
  expect(site.ok, site.output).toBe(true);
  return site;
}

describe('a build that reuses the cache of the last one', () => {
  it('publishes what a build from nothing publishes, after an archive page changes and after the code that made the store changes', () => {
    const content = contentWith({ [OLD]: oldNewsletter('Thank you to everyone who baked cakes for the spring fair.') });
    const cache = mkdtempSync(join(tmpdir(), 'school-kept-cache-'));
    build(content, cache);

    // An old newsletter is corrected: the warm build equals a clean build of the corrected content.
    writeFileSync(join(content, OLD), oldNewsletter('Thank you to everyone who baked biscuits for the spring fair.'));
    const warm = build(content, cache);
    expect(warm.output).toContain('Content store kept from the last build');
    expect(warm.output).toMatch(/older ones in the archive index, in/);
    expect(tree(warm.outDir)).toEqual(tree(build(content, mkdtempSync(join(tmpdir(), 'school-clean-cache-'))).outDir));

    // Words planted in the kept store are published while the key says the store is current…
    const store = join(cache, 'data-store.json');
    const behaviour = 'Our approach';
    expect(fixtureFile('policies/behaviour.md')).toContain(behaviour);
    writeFileSync(store, readFileSync(store, 'utf8').replaceAll(behaviour, 'Planted words'));
    const trusting = build(content, cache);
    expect(trusting.output).toMatch(/older ones in the archive index \(unchanged: kept from the last build\)/);
    expect(trusting.file('/policies/behaviour/')).toContain('Planted words');

    // …and thrown away once the code that makes the store is not the code that made it.
    writeFileSync(store, readFileSync(store, 'utf8').replaceAll(behaviour, 'Planted words'));
    writeFileSync(join(cache, STORE_KEY_FILE), 'made by older code');
    const after = build(content, cache);
    expect(after.output).toContain('Content store made afresh');
    expect(after.file('/policies/behaviour/')).not.toContain('Planted words');
    expect(tree(after.outDir)).toEqual(tree(warm.outDir));
  });
});
