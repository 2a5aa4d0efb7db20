/**
 * A build with the cache of an earlier one (Astro's content store, the resized pictures, the
 * archive search index, the editor's bundle) publishes exactly what a build from nothing
 * publishes: the same files, byte for byte, after an edit to an old newsletter, and after the
 * code that made the content store changed. The store from a build is planted with words nobody
 * wrote (as a store made by older code, before a fix to the HTML filter, would hold older HTML):
 * Astro alone keeps using it while the entry's file is unchanged, and the site's key must throw it
 * away. The editor's kept bundle is planted with words too: used while everything it was made
 * from is the same, never once a file it was made from changed, when kept under another key, or
 * when a file of it is damaged.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFolder } from '../../src/integrations/build-cache';
import { STORE_KEY_FILE } from '../../src/integrations/content-store';
import { editorBundleKey, type BundleInputs } from '../../src/integrations/editor-bundle';
import { plainFilesUnder } from '../../src/lib/content/files';
import { UNORDERED_SEARCH_FILES } from '../../scripts/bench/measure';
import { buildSite, buildsDir } from '../helpers/build';
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

describe("the editor's kept bundle", () => {
  it('is published as a fresh bundle would be, and is used only while what it was made from is the same and its files are whole', () => {
    const content = contentWith({});
    const cache = mkdtempSync(join(tmpdir(), 'school-editor-cache-'));
    const cold = build(content, cache);
    expect(cold.output).toMatch(/Editor bundled in [\d.]+ s \(none kept\)/);
    const warm = build(content, cache);
    expect(warm.output).toContain('Editor kept from the last build');
    expect(tree(warm.outDir)).toEqual(tree(cold.outDir));

    // The kept bundle, and the file the page loads: the words a teacher sees on the button for a new entry are in it.
    const keptRoot = join(cache, 'editor-bundle');
    const [key] = readdirSync(keptRoot);
    const kept = join(keptRoot, key!);
    const inputs = JSON.parse(readFileSync(join(kept, 'inputs.json'), 'utf8')) as BundleInputs;
    const page = cold.file('/admin/index.html');
    const loader = /<script type="module" src="(\/_astro\/[^"]+)"/.exec(page)![1]!;
    expect(cold.file(loader)).toContain(`/${inputs.entry}`);
    expect(cold.file(`/${inputs.entry}`)).toContain('Write something new');

    /** Keeps under `underKey` a copy of the bundle with the editor's words changed, and the record of what it was made from as given, as an older build would have. */
    const plant = (underKey: string, record: BundleInputs) => {
      const copy = mkdtempSync(join(tmpdir(), 'school-planted-editor-'));
      cpSync(kept, copy, { recursive: true, filter: (source) => !source.endsWith('.manifest.json') });
      writeFileSync(join(copy, inputs.entry), readFileSync(join(copy, inputs.entry), 'utf8').replaceAll('Write something new', 'Planted words'));
      writeFileSync(join(copy, 'inputs.json'), JSON.stringify(record));
      saveFolder(cache, 'editor-bundle', underKey, copy);
    };

    // Planted under the current key, made from the same files: used (so the checks below see a planted bundle when one is used)…
    plant(key!, inputs);
    const trusting = build(content, cache);
    expect(trusting.output).toContain('Editor kept from the last build');
    expect(trusting.file(`/${inputs.entry}`)).toContain('Planted words');

    // …but not when one of the files it was made from, outside admin/browser/, has changed since…
    plant(key!, { ...inputs, files: { ...inputs.files, 'src/lib/core/time.ts': 'the hash of an older time.ts' } });
    const changedFile = build(content, cache);
    expect(changedFile.output).toMatch(/Editor bundled in [\d.]+ s \(src\/lib\/core\/time\.ts changed\)/);
    expect(tree(changedFile.outDir)).toEqual(tree(cold.outDir));

    // …nor when it was kept under the key of another version of Node…
    plant(editorBundleKey(process.cwd(), 'production', 'v22.0.0', 'production'), inputs);
    const otherKey = build(content, cache);
    expect(otherKey.output).toMatch(/Editor bundled in [\d.]+ s \(the packages/);
    expect(tree(otherKey.outDir)).toEqual(tree(cold.outDir));

    // …nor when a file of it was damaged after it was kept.
    const [current] = readdirSync(keptRoot);
    const entry = join(keptRoot, current!, inputs.entry);
    writeFileSync(entry, readFileSync(entry, 'utf8').replaceAll('Write something new', 'Planted words'));
    const damaged = build(content, cache);
    expect(damaged.output).toMatch(/Editor bundled in [\d.]+ s \(the packages, the configuration or the editor’s code changed, or the kept copy was damaged\)/);
    expect(tree(damaged.outDir)).toEqual(tree(cold.outDir));
  });
});

/** How many pages a build copied from the last build's output instead of rendering (Astro logs each as restored). */
const restoredPages = (output: string) => output.match(/ \(restored\)/g)?.length ?? 0;
/** Whether a build copied the file at `path` (Astro logs "├─ path (restored)" in one go). */
const copied = (output: string, path: string) => output.includes(`─ ${path} (restored)`);
/**
 * Whether a build rendered the file at `path` afresh: Astro names it, but not as restored. (Its
 * render time is logged once it is done, so with four pages at a time another page's line may
 * come between the two.)
 */
const renderedAfresh = (output: string, path: string) => output.includes(`─ ${path}`) && !copied(output, path);

describe('pages kept from the last build', () => {
  it('are reused only while nothing they show changed: each warm build publishes what a build from nothing publishes', { timeout: 900_000 }, () => {
    const content = contentWith({});
    const cache = mkdtempSync(join(tmpdir(), 'school-page-cache-'));
    // A host builds into the same folder every time; Astro's hash of a route's code names it.
    const out = mkdtempSync(join(buildsDir(), 'dist-kept-'));
    /** A warm build (the kept cache, the same output folder) and a clean one of the same content, with their files. */
    const warmAndClean = (now = NOW) => {
      const warm = buildSite(content, now, { SITE_CACHE_DIR: cache }, false, out);
      expect(warm.ok, warm.output).toBe(true);
      const warmTree = tree(out);
      const clean = buildSite(content, now, { SITE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'school-clean-cache-')) }, false);
      expect(clean.ok, clean.output).toBe(true);
      return { warm, warmTree, cleanTree: tree(clean.outDir) };
    };

    const first = buildSite(content, NOW, { SITE_CACHE_DIR: cache }, false, out);
    expect(first.ok, first.output).toBe(true);
    expect(restoredPages(first.output)).toBe(0);

    // Nothing changed: every keyed page (class updates, newsletters, events, letters, policies) is copied.
    const same = buildSite(content, NOW, { SITE_CACHE_DIR: cache }, false, out);
    expect(same.ok, same.output).toBe(true);
    const keyed = restoredPages(same.output);
    expect(keyed).toBeGreaterThanOrEqual(8);
    expect(copied(same.output, '/classes/oak/2026-10-09-leaf-hunt/index.html')).toBe(true);
    expect(copied(same.output, '/policies/behaviour/index.html')).toBe(true);
    // Files that show none of the chrome: an event's calendar, a newsletter's emails, the editor's copy of a photo.
    expect(copied(same.output, '/events/oak-trip.ics')).toBe(true);
    expect(copied(same.output, '/newsletters/2026-11-20-newsletter-1/email.html')).toBe(true);
    expect(copied(same.output, '/newsletters/2026-11-20-newsletter-1/email.txt')).toBe(true);
    expect(copied(same.output, '/admin/uploads/classes/oak/leaf.jpg.webp')).toBe(true);

    // (a) A teacher's new class update with a new photo: only the new page (and the lists) are rendered.
    cpSync(join(content, 'uploads/classes/oak/leaf.jpg'), join(content, 'uploads/classes/oak/pond.jpg'));
    writeFileSync(
      join(content, 'class-updates/oak/2026-11-20-pond-dipping.md'),
      '---\ntitle: Pond dipping\nclass: oak\ndate: 2026-11-20\nauthor: Mrs Okafor\nsummary: We looked for newts.\nimages:\n  - src: /uploads/classes/oak/pond.jpg\n    alt: A net in the pond\nphoto_consent: true\n---\nWe found three newts.\n',
    );
    const update = warmAndClean();
    expect(update.warmTree).toEqual(update.cleanTree);
    expect(restoredPages(update.warm.output)).toBe(keyed);
    expect(renderedAfresh(update.warm.output, '/classes/oak/2026-11-20-pond-dipping/index.html')).toBe(true);
    expect(renderedAfresh(update.warm.output, '/admin/uploads/classes/oak/pond.jpg.webp')).toBe(true);

    // (b) The school's phone number, on every page: nothing keyed is copied.
    const settingsFile = join(content, 'settings/school.yaml');
    writeFileSync(settingsFile, readFileSync(settingsFile, 'utf8').replace('phone: 01632 960 000', 'phone: 01632 960 999'));
    const phone = warmAndClean();
    expect(phone.warmTree).toEqual(phone.cleanTree);
    expect(phone.warm.file('/classes/oak/2026-10-09-leaf-hunt/')).toContain('tel:01632960999');

    // (c) An urgent notice goes up: at the top of every page.
    mkdirSync(join(content, 'notices'), { recursive: true });
    writeFileSync(
      join(content, 'notices/boiler.md'),
      '---\ntitle: Boiler broken, school closed\nseverity: closure\nstarts: 2026-11-22T07:00\nexpires: 2026-11-24T18:00\nsummary: The boiler has failed; the school is closed today.\n---\nWe will tell you when it is mended.\n',
    );
    const notice = warmAndClean();
    expect(notice.warmTree).toEqual(notice.cleanTree);
    expect(notice.warm.file('/policies/behaviour/')).toContain('Boiler broken');

    // (d) A policy another policy lists as related is renamed: that policy's page shows the new name.
    const uniform = join(content, 'policies/uniform.md');
    writeFileSync(uniform, readFileSync(uniform, 'utf8').replace('title: Uniform', 'title: School uniform'));
    const related = warmAndClean();
    expect(related.warmTree).toEqual(related.cleanTree);
    expect(related.warm.file('/policies/behaviour/')).toContain('School uniform');
    expect(copied(related.warm.output, '/classes/oak/2026-10-09-leaf-hunt/index.html')).toBe(true);

    // (e) An event is renamed, and another photo (one of the demo school's) is put in place of the leaf's under the same name:
    // that event's calendar file and the photo's small copy are made again, and nothing else of theirs.
    const trip = join(content, 'events/oak-trip.md');
    writeFileSync(trip, readFileSync(trip, 'utf8').replace(/^title: .*$/m, 'title: Oak class trip (renamed)'));
    cpSync('content/uploads/classes/acorn/autumn-walk.jpg', join(content, 'uploads/classes/oak/leaf.jpg'));
    const moved = warmAndClean();
    expect(moved.warmTree).toEqual(moved.cleanTree);
    expect(renderedAfresh(moved.warm.output, '/events/oak-trip.ics')).toBe(true);
    expect(copied(moved.warm.output, '/events/half-term.ics')).toBe(true);
    expect(renderedAfresh(moved.warm.output, '/admin/uploads/classes/oak/leaf.jpg.webp')).toBe(true);
    expect(moved.warm.file('/events/oak-trip.ics')).toContain('Oak class trip (renamed)');

    // (f) Another day: words relative to today, scheduled entries and notices that have come down.
    const later = warmAndClean('2026-12-07');
    expect(later.warmTree).toEqual(later.cleanTree);
    expect(later.warm.has('/classes/oak/2026-12-04-future-update/')).toBe(true);
  });
});

describe('pictures resized while the pages render', () => {
  it("are all made then in a build from nothing, and are the very files Astro's own image step makes after the pages", () => {
    const content = contentWith({});
    const early = build(content, mkdtempSync(join(tmpdir(), 'school-early-cache-')));
    const made = /Pictures: (\d+) version\(s\) resized while pages rendered \(\d+ of them finished while Astro's image step waited\), of (\d+) asked for/.exec(
      early.output,
    );
    expect(made, early.output).not.toBeNull();
    expect(Number(made![1])).toBeGreaterThan(0);
    expect(made![1]).toBe(made![2]);

    const after = buildSite(content, NOW, { SITE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'school-after-cache-')), SITE_RESIZE_AFTER_PAGES: '1' }, false);
    expect(after.ok, after.output).toBe(true);
    expect(after.output).not.toContain('resized while pages rendered');
    const pictures = (dir: string) => Object.entries(tree(dir)).filter(([path]) => /\.(avif|webp|jpe?g|png)$/.test(path));
    expect(pictures(early.outDir).length).toBeGreaterThan(Number(made![1]) / 2);
    expect(tree(early.outDir)).toEqual(tree(after.outDir));
  });
});
