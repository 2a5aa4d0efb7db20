/**
 * A tripwire for the pages kept between builds (src/data/page-cache.ts): a kept page is only right
 * while its key covers everything it shows. Every value from src/data that a keyed page, its
 * layout or any component they use reads is listed here with what covers it. A new read (a footer
 * link that depends on a new list, say) fails this test until it is added to the chrome or to the
 * page's key, and then here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The routes that give a cacheKey. */
const KEYED_PAGES = [
  'src/pages/classes/[class]/[update].astro',
  'src/pages/newsletters/[slug].astro',
  'src/pages/curriculum-letters/[slug].astro',
  'src/pages/events/[slug].astro',
  'src/pages/policies/[slug].astro',
  'src/pages/events/[slug].ics.ts',
  'src/pages/newsletters/[slug]/email.html.ts',
  'src/pages/newsletters/[slug]/email.txt.ts',
  'src/pages/admin/uploads/[...path].webp.ts',
];

/** Each value read from src/data on those pages, and what puts it in the key. */
const COVERED: Record<string, string> = {
  settings: 'the chrome',
  today: 'the chrome',
  now: 'the chrome (today); no keyed page shows the time of day',
  getPages: 'the chrome',
  translationsIn: 'the chrome (pages) or the props (alternates)',
  alternatesFor: 'the props',
  noticesFor: 'the chrome',
  getLiveNotices: 'the chrome (noticesFor in every language)',
  getHomeLearning: 'the chrome (the footer’s count)',
  getGovernors: 'the chrome (the footer’s count)',
  getVacancies: 'the chrome (the footer’s count)',
  siteKind: 'the chrome (target)',
  trustSettings: 'the chrome',
  localVersions: 'the chrome',
  isTrustEntry: 'the props (the entry’s file)',
  trustPolicyHref: 'the chrome (trustSettings)',
  getSurveys: 'the key of a policy under consultation',
  pictureVersions: 'the key (pictures)',
  uploadedImage: 'the key (pictures)',
  pageCacheKey: 'getStaticPaths only',
  fileCacheKey: 'getStaticPaths only',
  calendarResponse: 'the key of an event’s calendar file (settings, and today for DTSTAMP)',
  eventEntries: 'the key of an event’s calendar file (the event, settings)',
  emailNewsletter: 'the key of a newsletter’s email (the newsletter, settings, pictures)',
  emailPaths: 'getStaticPaths: the props, and the key',
  publishedTexts: 'getStaticPaths only (which pictures have a copy)',
  pictures: 'getStaticPaths only',
  // Read in getStaticPaths, whose results are the props.
  getClassUpdates: 'getStaticPaths: the props',
  getClasses: 'getStaticPaths: the props',
  getNewsletters: 'getStaticPaths: the props',
  getCurriculumLetters: 'getStaticPaths: the props',
  getEvents: 'getStaticPaths: the props',
  getPolicies: 'getStaticPaths: the props',
  getConsultationDrafts: 'getStaticPaths: the props',
  classUpdateSearch: 'the props (a pure function of the entry and class) and the chrome (today)',
  newsletterSearch: 'the props and the chrome (today)',
  policySearch: 'the props',
  curriculumLetterSearch: 'getStaticPaths: the props',
  eventSearch: 'getStaticPaths: the props',
  searchArchive: 'the chrome (today)',
};

/** Types and names that are not values read at build time. */
const TYPES = /^(type\s|Policy$|Newsletter$|SchoolEvent$|ClassUpdate$|CurriculumLetter$|SchoolClass$|Page$|Survey$|Governor$|SchoolOfTrust$)/;

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join('src', spec.slice(2)) : spec.startsWith('.') ? join(dirname(from), spec) : undefined;
  if (!base) return undefined;
  return ['', '.ts', '.astro', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p));
}

/** Every value imported from src/data by the file and, through components and layouts, by what it uses. */
function dataReads(file: string, seen = new Set<string>(), found = new Map<string, string>()): Map<string, string> {
  if (seen.has(file)) return found;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+'([^']+)'/g)) {
    const target = resolveImport(file, m[3]!);
    if (!target) continue;
    if (target.endsWith('.astro')) dataReads(target, seen, found);
    else if (resolve(target).includes(`${join('src', 'data')}/`)) {
      for (const name of (m[2] ?? m[1]!)
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !TYPES.test(n))) {
        found.set(name.replace(/\s+as\s+\w+$/, ''), file);
      }
    }
  }
  return found;
}

describe('pages kept between builds', () => {
  it('read nothing from src/data that their key does not cover', () => {
    const reads = new Map<string, string>();
    for (const page of KEYED_PAGES) for (const [name, file] of dataReads(page)) reads.set(name, file);
    expect(reads.size).toBeGreaterThan(10);
    const uncovered = [...reads].filter(([name]) => !(name in COVERED)).map(([name, file]) => `${name} (in ${file})`);
    expect(uncovered, 'add it to siteChrome or the page’s key in src/data/page-cache.ts, then to COVERED here').toEqual([]);
  });

  it('notices a new read, so the check above is not empty', () => {
    expect(dataReads('src/layouts/Base.astro').has('getPages')).toBe(true);
    expect(dataReads('src/components/SiteFooter.astro').has('getVacancies')).toBe(true);
  });
});
