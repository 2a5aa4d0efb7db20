/**
 * Builds the small basic fixture and checks what parents would see: every page type exists,
 * drafts and scheduled entries appear nowhere, dates are in school time, and the build fails
 * with an editor-friendly message when content is wrong.
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite, sharedBuild } from '../helpers/build';
import { BASIC_CONTENT, contentWith, fixtureFile } from '../helpers/content';
import { linksToEveryBuiltAddress } from '../helpers/site-files';
import { plainFilesUnder } from '../../src/lib/content/files';

let site: BuiltSite;
beforeAll(() => {
  site = sharedBuild(BASIC_CONTENT, '2026-11-23');
  if (!site.ok) throw new Error(site.output);
});

/** Every file under a folder (the project's one walker: it never follows a link). */
const allFiles = (dir: string): string[] => plainFilesUnder(dir);

describe('every page type is built at its public address', () => {
  it.each([
    '/',
    '/policies/',
    '/policies/behaviour/',
    '/newsletters/',
    '/newsletters/2026-11-20-newsletter-1/',
    '/classes/',
    '/classes/oak/',
    '/classes/oak/2026-10-09-leaf-hunt/',
    '/curriculum-letters/',
    '/curriculum-letters/oak-autumn-2026-27/',
    '/events/',
    '/events/past/',
    '/events/celebration-assembly/',
    '/about/',
    '/surveys/parent-survey/',
    '/support/',
    '/404.html',
    '/sitemap-index.xml',
  ])('%s', (path) => {
    expect(site.has(path)).toBe(true);
  });
});

describe('drafts and scheduled entries appear nowhere', () => {
  it('builds no page for them', () => {
    expect(site.has('/policies/secret-plan/')).toBe(false);
    expect(site.has('/newsletters/2026-11-13-draft-newsletter/')).toBe(false);
    expect(site.has('/classes/oak/2026-12-04-future-update/')).toBe(false);
  });
  it('mentions them in no file at all (lists, sitemap)', () => {
    for (const file of allFiles(site.outDir).filter((f) => /\.(html|xml)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/Secret draft plan|Draft newsletter that must not appear|Scheduled future update|secret-plan|future-update/);
    }
  });
  it('publishes an uploaded document a policy links to, but not a draft’s', () => {
    expect(site.file('/policies/uniform/')).toContain('href="/uploads/policies/uniform-prices.pdf"');
    expect(site.file('/uploads/policies/uniform-prices.pdf')).toMatch(/^%PDF-1\.4/);
    expect(site.has('/uploads/policies/secret-plan-appendix.pdf')).toBe(false);
  });
  it('publishes a document linked only from the text of a published page (read from its file, not the content store)', () => {
    const about = `${fixtureFile('pages/about.md')}\n[The appendix](/uploads/policies/secret-plan-appendix.pdf)\n`;
    const linked = buildSite(contentWith({ 'pages/about.md': about }));
    expect(linked.ok, linked.output).toBe(true);
    expect(linked.file('/uploads/policies/secret-plan-appendix.pdf')).toMatch(/^%PDF-1\.4/);
  });
  it('makes editor thumbnails only of photos that published pages show', () => {
    expect(site.has('/admin/uploads/classes/oak/leaf.jpg.webp')).toBe(true);
    expect(site.has('/admin/uploads/classes/oak/trip.jpg.webp')).toBe(false);
  });
  it('publishes the scheduled update once its date arrives', () => {
    const later = buildSite(BASIC_CONTENT, '2026-12-04');
    expect(later.ok, later.output).toBe(true);
    expect(textOf(later.file('/classes/oak/'))).toContain('Scheduled future update');
  });
});

describe('pages show what parents need', () => {
  it('shows a policy with its summary and governance details', () => {
    const text = textOf(mainOf(site.file('/policies/behaviour/')));
    expect(text).toContain('How we help children behave well');
    expect(text).toContain('Approved by Full governing board');
    expect(text).toContain('Date approved 10 September 2024');
    expect(text).toContain('Next review 10 September 2025');
    expect(text).toContain('Responsible Headteacher');
    // Approved September 2024 with a 12-month cycle: overdue by November 2026, said calmly.
    expect(text).toContain('its review was due in September 2025. It stays in force');
    expect(text).toMatch(/Related policies Uniform/);
  });
  it('groups the policy library by category', () => {
    const html = mainOf(site.file('/policies/'));
    expect(html).toMatch(/<h2 id="behaviour"[^>]*>Behaviour<\/h2>[\s\S]*Behaviour policy/);
    expect(html).toMatch(/<h2 id="parents-and-community"[^>]*>Parents and community<\/h2>[\s\S]*Uniform/);
  });
  it('lists the weekly assembly in school time, skipping half term', () => {
    const text = textOf(mainOf(site.file('/events/celebration-assembly/')));
    expect(text).toContain('Friday 4 September 2026, 2:45pm to 3:15pm');
    expect(text).toContain('Every week until Friday 18 December 2026');
    expect(text).toContain('Not on: Friday 30 October 2026');
    expect(text).toContain('Friday 27 November 2026, 2:45pm to 3:15pm');
  });
  it('describes weekly events once on the events list, listing only their next fortnight', () => {
    const text = textOf(mainOf(site.file('/events/')));
    expect(text).toMatch(
      /Every week Celebration assembly ?: every Friday, 2:45pm to 3:15pm, until Friday 18 December 2026, except some weeks \(see the event\)\./,
    );
    expect(text).toContain('Friday 27 November 2026, 2:45pm to 3:15pm');
    expect(text).toContain('Friday 4 December 2026, 2:45pm to 3:15pm');
    expect(text).not.toContain('Friday 11 December 2026, 2:45pm');
  });
  it('shows this week on the home page and the open survey', () => {
    const text = textOf(mainOf(site.file('/')));
    expect(text).toMatch(/This week.*Oak Class trip.*Wednesday 25 November 2026.*Celebration assembly.*Friday 27 November 2026/);
    expect(text).toContain('Have your say: Parent survey');
    expect(text).toContain('Newsletter 1');
  });
  it('shows a class page with its updates, letters and class events', () => {
    const text = textOf(mainOf(site.file('/classes/oak/')));
    expect(text).toContain('Year 3 · Teachers: Mrs Okafor');
    expect(text).toContain('Leaf hunt');
    expect(text).toContain('Oak Class autumn term');
    expect(text).toContain('Oak Class trip');
  });
  it('shows photos resized, with their alt text, and never the original upload', () => {
    const html = site.file('/classes/oak/2026-10-09-leaf-hunt/');
    expect(html).toMatch(/<img[^>]+alt="A red leaf on grass"/);
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/loading="eager"/);
    const srcs = [...html.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(' ')[0]!));
    expect(srcs.some((s) => s.includes('/uploads/'))).toBe(false);
    // The fallback <img> is the largest displayed width (1024 px), not the 1600 px upload.
    expect(html).toMatch(/<img[^>]+width="1024"[^>]+height="768"/);
    const original = readFileSync(join(BASIC_CONTENT, 'uploads/classes/oak/leaf.jpg'));
    const published = allFiles(site.outDir).filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f));
    expect(published.length).toBeGreaterThan(0);
    for (const file of published) {
      const bytes = readFileSync(file);
      expect(bytes.equals(original), file).toBe(false);
      // The upload carries the camera's make and a GPS position; no published file may.
      expect(bytes.includes('FixturePhone'), file).toBe(false);
      expect(bytes.includes('Exif'), file).toBe(false);
    }
  });
  it('lists support services with a dialable phone link', () => {
    expect(site.file('/support/')).toContain('href="tel:01632960111"');
  });
  it('has a skip link, a labelled main menu and a canonical URL on every page', () => {
    const html = site.file('/about/');
    expect(html).toMatch(/<a class="skip-link" href="#main"[^>]*>Skip to main content<\/a>/);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<nav class="site-nav[^"]*" aria-label="Main"[^>]*>/);
    expect(html).toContain('<link rel="canonical" href="https://fixture.example.org/about/">');
    expect(html).toMatch(/<title>About us – Fixture Primary School<\/title>/);
    expect(html).toContain('<meta name="description" content="Who we are.">');
  });
  it('ships no JavaScript on content pages but the phone menu’s, one small file', () => {
    for (const page of ['/', '/policies/behaviour/', '/classes/oak/', '/events/']) {
      const scripts =
        site
          .file(page)
          .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')
          .match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
      expect(scripts, page).toHaveLength(1);
      const src = /^<script type="module" src="(\/_astro\/SiteMenu[^"]+\.js)"><\/script>$/.exec(scripts[0]!)?.[1];
      expect(src, page).toBeDefined();
      expect(site.file(src!).length, page).toBeLessThan(1024);
    }
  });
});

describe('the content check’s list of addresses', () => {
  it('includes every page, feed and file the site builds, so no working link is ever refused', () => {
    expect(linksToEveryBuiltAddress(BASIC_CONTENT, site.outDir, '2026-11-23')).toEqual([]);
  });
});

describe('bad content stops the build', () => {
  it('names the file, the field and what is allowed', () => {
    const dir = contentWith({
      'events/half-term.md': fixtureFile('events/half-term.md').replace('end: 2026-10-30', 'end: 2026-10-20'),
    });
    const broken = buildSite(dir);
    expect(broken.ok).toBe(false);
    expect(broken.output).toContain('The site was not built because one thing needs fixing in the content');
    expect(broken.output).toMatch(/events\/half-term\.md — end: "2026-10-20" is before the start \("2026-10-26"\)/);
  });

  // Astro's own loader reads frontmatter with a YAML parser that stops at a control character with
  // a stack trace; the content check runs first (astro:config:setup) and names the file instead.
  it('names the file and line of an invisible character pasted into frontmatter, before Astro reads it', () => {
    const dir = contentWith({ 'pages/about.md': fixtureFile('pages/about.md').replace('summary: Who we are.', 'summary: Who we\u000bare.') });
    const broken = buildSite(dir);
    expect(broken.ok).toBe(false);
    expect(broken.output).toMatch(/pages\/about\.md: has an invisible character \(vertical tab, U\+000B\) on line 3, column 16/);
    expect(broken.output).not.toMatch(/js-yaml|non-printable/);
  });

  it('publishes nothing through a symbolic link: a linked document, a linked picture, a linked folder or a loop', () => {
    const about = `${fixtureFile('pages/about.md')}\n[Prices](/uploads/prices.pdf) and [the other one](/uploads/shared/uniform-prices.pdf)\n`;
    const update = fixtureFile('class-updates/oak/2026-10-09-leaf-hunt.md').replace('/uploads/classes/oak/leaf.jpg', '/uploads/classes/oak/linked.jpg');
    const dir = contentWith({ 'pages/about.md': about, 'class-updates/oak/2026-10-09-leaf-hunt.md': update });
    symlinkSync(resolve('package.json'), join(dir, 'uploads/prices.pdf'));
    symlinkSync(resolve(BASIC_CONTENT, 'uploads/policies'), join(dir, 'uploads/shared'));
    symlinkSync(resolve(BASIC_CONTENT, 'uploads/classes/oak/trip.jpg'), join(dir, 'uploads/classes/oak/linked.jpg'));
    symlinkSync('loop', join(dir, 'uploads/loop'));
    const broken = buildSite(dir);
    expect(broken.ok).toBe(false);
    expect(broken.output).toContain('The site was not built because 4 things need fixing in the content');
    for (const link of ['uploads/prices.pdf', 'uploads/shared', 'uploads/classes/oak/linked.jpg', 'uploads/loop']) {
      expect(broken.output).toMatch(new RegExp(`${link.replace(/[./]/g, '\\$&')}: is a link`));
    }
    expect(broken.output).not.toMatch(/ELOOP/);
    expect(existsSync(join(broken.outDir, 'uploads'))).toBe(false);
  });
});
