/**
 * The archive search index kept between builds: reused only while what it was made from is the
 * same (the archive pages' indexed parts, Pagefind's version, its settings), and then the site is
 * byte for byte what a build without any cache writes. Each test that changes one input first
 * puts a planted index in the cache (a complete one, with a correct list of files, made from
 * other pages): were the cache trusted without that input in its key, the planted index would
 * be published, and the output would differ from the clean build's.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCHIVE_BUNDLE, buildSearchIndex } from '../../src/integrations/search-index';
import { saveFolder } from '../../src/integrations/build-cache';
import { plainFilesUnder } from '../../src/lib/content/files';
import { UNORDERED_SEARCH_FILES } from '../../scripts/bench/measure';

const work = mkdtempSync(join(tmpdir(), 'search-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built page as the site writes it: a notice and menus around a main content marked for search. */
function page(title: string, text: string, opts: { archive?: boolean; notice?: string; filter?: string } = {}): string {
  return `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body>
<div class="notice">${opts.notice ?? ''}</div><nav><a href="/">Home</a></nav>
<span data-pagefind-filter="type">${opts.filter ?? 'Newsletter'}</span>
<main id="main" data-pagefind-body${opts.archive ? ' data-search-archive' : ''}><h1>${title}</h1><p>${text}</p></main>
<footer>Hazelbrook Primary School</footer></body></html>`;
}

type Pages = Record<string, string>;
const PAGES: Pages = {
  'newsletters/2015-harvest/index.html': page('Harvest festival 2015', 'Tins and packets for the food bank, collected by Hazel Class.', { archive: true }),
  'newsletters/2016-sports/index.html': page('Sports day 2016', 'Egg and spoon races on the top field in the sunshine.', { archive: true }),
  'classes/oak/2017-volcanoes/index.html': page('Oak Class volcanoes', 'Model volcanoes made from clay and baking soda.', { archive: true }),
  'newsletters/2026-autumn/index.html': page('Autumn term news', 'Parents evening booking opens on Monday.'),
  'policies/uniform/index.html': page('Uniform policy', 'Green jumpers with the school badge.'),
  'search/index.html': '<!doctype html><html lang="en-GB"><head><title>Search</title></head><body><main>Search</main></body></html>',
};

let n = 0;
/** Writes the pages into a fresh output folder. */
function site(pages: Pages): string {
  const out = join(work, `site-${n++}`);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  return out;
}

/**
 * Every file of a built folder with its bytes, by path; but for the few that Pagefind writes in
 * no fixed order (a filter's values, and the two files naming those by their hash), which differ
 * between any two indexings of the same pages. The words of the index are all compared.
 */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    plainFilesUnder(dir)
      .map((file) => relative(dir, file))
      .filter((path) => !UNORDERED_SEARCH_FILES.test(path))
      .map((path) => [path, readFileSync(join(dir, path)).toString('base64')]),
  );
}

/** The output of indexing `pages` with no cache at all. */
async function clean(pages: Pages, indexOptions?: object): Promise<Record<string, string>> {
  const out = site(pages);
  await buildSearchIndex(out, { indexOptions });
  return tree(out);
}

/**
 * Plants in `cache` a complete archive index, with a correct list of files, made from other pages
 * under the key the cache would use for `pages` with the given version and options.
 */
async function plant(cache: string, pages: Pages, version?: string, indexOptions?: object): Promise<void> {
  await buildSearchIndex(site(pages), { dir: cache, pagefindVersion: version, indexOptions });
  const [key] = readdirSync(join(cache, 'search-archive'));
  const other = site({ ...PAGES, 'newsletters/2015-harvest/index.html': page('Planted', 'Words nobody wrote on this site.', { archive: true }) });
  await buildSearchIndex(other);
  saveFolder(cache, 'search-archive', key!, join(other, ARCHIVE_BUNDLE));
}

describe('the archive search index kept between builds', () => {
  it('is reused when nothing changed, and the site is the same as a clean build', async () => {
    const cache = join(work, 'cache-same');
    const first = await buildSearchIndex(site(PAGES), { dir: cache });
    expect(first).toEqual({ current: 2, archive: 3, archiveReused: false });
    const out = site(PAGES);
    expect(await buildSearchIndex(out, { dir: cache })).toEqual({ current: 2, archive: 3, archiveReused: true });
    expect(tree(out)).toEqual(await clean(PAGES));
  });

  it('is made again when an archive page changes, and the site is the same as a clean build of the changed page', async () => {
    const cache = join(work, 'cache-page');
    await plant(cache, PAGES);
    const changed = {
      ...PAGES,
      'newsletters/2016-sports/index.html': page('Sports day 2016', 'Sack races moved indoors because of the rain.', { archive: true }),
    };
    const out = site(changed);
    expect((await buildSearchIndex(out, { dir: cache })).archiveReused).toBe(false);
    expect(tree(out)).toEqual(await clean(changed));
  });

  it('is made again when a filter outside the main content changes', async () => {
    const cache = join(work, 'cache-filter');
    await plant(cache, PAGES);
    const changed = {
      ...PAGES,
      'newsletters/2015-harvest/index.html': page('Harvest festival 2015', 'Tins and packets for the food bank, collected by Hazel Class.', {
        archive: true,
        filter: 'Class update',
      }),
    };
    const out = site(changed);
    expect((await buildSearchIndex(out, { dir: cache })).archiveReused).toBe(false);
    expect(tree(out)).toEqual(await clean(changed));
  });

  it('is reused when only what search never reads changes (an urgent notice on every page), and the site is still a clean build', async () => {
    const cache = join(work, 'cache-notice');
    await buildSearchIndex(site(PAGES), { dir: cache });
    const snowDay = Object.fromEntries(
      Object.entries(PAGES).map(([path, html]) => [path, html.replace('<div class="notice"></div>', '<div class="notice">School closed today: snow</div>')]),
    );
    const out = site(snowDay);
    expect((await buildSearchIndex(out, { dir: cache })).archiveReused).toBe(true);
    expect(tree(out)).toEqual(await clean(snowDay));
  });

  it('is made again when Pagefind is updated', async () => {
    const cache = join(work, 'cache-version');
    await plant(cache, PAGES, '1.5.2');
    // The planted index is used while the version is the same: what the key protects against.
    const trusting = site(PAGES);
    expect((await buildSearchIndex(trusting, { dir: cache, pagefindVersion: '1.5.2' })).archiveReused).toBe(true);
    expect(tree(trusting)).not.toEqual(await clean(PAGES));
    await plant(cache, PAGES, '1.5.2');
    const out = site(PAGES);
    expect((await buildSearchIndex(out, { dir: cache, pagefindVersion: '1.6.0' })).archiveReused).toBe(false);
    expect(tree(out)).toEqual(await clean(PAGES));
  });

  it("is made again when Pagefind's settings change", async () => {
    const cache = join(work, 'cache-options');
    await plant(cache, PAGES);
    const options = { forceLanguage: 'cy' };
    const out = site(PAGES);
    expect((await buildSearchIndex(out, { dir: cache, indexOptions: options })).archiveReused).toBe(false);
    expect(tree(out)).toEqual(await clean(PAGES, options));
  });

  it('is never used when a kept file was changed after it was kept, and the damaged copy is thrown away', async () => {
    const cache = join(work, 'cache-damaged');
    await buildSearchIndex(site(PAGES), { dir: cache });
    const [key] = readdirSync(join(cache, 'search-archive'));
    const kept = join(cache, 'search-archive', key!);
    const victim = plainFilesUnder(kept).find((file) => file.endsWith('.pf_meta'))!;
    writeFileSync(victim, 'planted');
    const out = site(PAGES);
    expect((await buildSearchIndex(out, { dir: cache })).archiveReused).toBe(false);
    expect(tree(out)).toEqual(await clean(PAGES));
    // Made again and kept again, complete.
    expect(
      readFileSync(
        plainFilesUnder(join(cache, 'search-archive', key!)).find((file) => file.endsWith('.pf_meta'))!,
        'utf8',
      ),
    ).not.toBe('planted');
  });
});

describe('the search index of a built site', () => {
  it('indexes only the pages written into the output: never a linked page or folder, or what they point to', async () => {
    const outside = mkdtempSync(join(work, 'outside-'));
    writeFileSync(join(outside, 'index.html'), page('Secret', 'Zanzibarish words from outside the site.'));
    const out = site(PAGES);
    symlinkSync(join(outside, 'index.html'), join(out, 'newsletters/linked.html'));
    symlinkSync(outside, join(out, 'classes/linked'));
    // The folder of links Pagefind reads the pages from goes into the temporary folder.
    const temporary = mkdtempSync(join(work, 'tmp-'));
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    try {
      expect(await buildSearchIndex(out)).toEqual({ current: 2, archive: 3, archiveReused: false });
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    // Every page but the links, by the words of the index and its list of pages.
    expect(tree(out)).toEqual(await clean(PAGES));
    // That folder is gone, and nothing was written outside.
    expect(readdirSync(temporary)).toEqual([]);
    expect(readdirSync(outside)).toEqual(['index.html']);
  });
});
