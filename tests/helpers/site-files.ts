/** A built site's files as the quality checks see them: site paths, text, and one page of each kind. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { checkContent } from '../../src/lib/content/check';
import type { BuiltFiles } from '../../scripts/lib/links';
import type { Problem } from '../../src/lib/content/problems';
import { contentWith, fixtureFile } from './content';
import { plainFilesUnder } from '../../src/lib/content/files';

/** Every file in a built folder, as site paths (`/policies/index.html`), sorted. */
export function siteFiles(dir: string): string[] {
  return plainFilesUnder(dir)
    .map((file) => `/${relative(dir, file).split(sep).join('/')}`)
    .sort();
}

/** The built folder in the shape the link checker reads. */
export function builtFiles(dir: string): BuiltFiles {
  return { files: new Set(siteFiles(dir)), read: (path) => readFileSync(join(dir, path), 'utf8') };
}

/** The address a built HTML file is served at (`/a/index.html` → `/a/`). */
export function addressOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The addresses of every built HTML page (the admin's and the email versions included). */
export function htmlPages(dir: string): string[] {
  return siteFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map(addressOf);
}

/**
 * The text of Pagefind's search indexes (`pagefind/`, and `pagefind-archive/` for older pages): each page's record (content, title, filters),
 * as the browser decompresses it. Pagefind writes gzip files that start, once unzipped, with a
 * "pagefind_dcd" signature. Empty when the site has no index.
 */
export function searchIndexRecords(dir: string): { file: string; text: string }[] {
  return siteFiles(dir)
    .filter((f) => /^\/pagefind(-[\w-]+)?\//.test(f) && /\.(pf_fragment|pf_meta|pf_index|pf_filter)$/.test(f))
    .map((file) => {
      const bytes = gunzipSync(readFileSync(join(dir, file)));
      return { file, text: bytes.toString('utf8').replace(/^pagefind_dcd/, '') };
    });
}

/** A page to visit in a browser, by the kind of page it is. */
export interface PageType {
  name: string;
  path: string;
}

/**
 * One page of each kind the site builds, found in the built folder (so the list follows the
 * content and new page kinds): listings, one entry of each collection, governors' pages, a page in
 * a right-to-left language, the search page with results and the 404 page. `find` picks the first
 * address matching a pattern; kinds the site does not have are left out.
 */
export function pageTypes(dir: string): PageType[] {
  const pages = htmlPages(dir).filter((p) => !p.endsWith('email.html') && !p.startsWith('/admin/'));
  const html = (path: string) => readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const find = (pattern: RegExp, test: (page: string) => boolean = () => true) => pages.find((p) => pattern.test(p) && test(p));
  const rtl = pages.find((p) => /^\/[a-z]{2,3}\/.+/.test(p) && /<html[^>]*\sdir="rtl"/.test(html(p)) && p.split('/').length > 3);
  const types: [string, string | undefined][] = [
    ['home', '/'],
    ['newsletters', '/newsletters/'],
    ['newsletter', find(/^\/newsletters\/[^/]+\/$/)],
    ['classes', '/classes/'],
    ['class', find(/^\/classes\/[^/]+\/$/)],
    ['class update', find(/^\/classes\/[^/]+\/[^/]+\/$/)],
    ['curriculum letters', '/curriculum-letters/'],
    ['curriculum letter', find(/^\/curriculum-letters\/[^/]+\/$/)],
    ['events', '/events/'],
    ['past events', '/events/past/'],
    ['event', find(/^\/events\/[^/]+\/$/, (p) => p !== '/events/past/')],
    ['policies', '/policies/'],
    ['policy', find(/^\/policies\/[^/]+\/$/, (p) => html(p).includes('class="policy-meta'))],
    ['surveys', '/surveys/'],
    ['open survey', find(/^\/surveys\/[^/]+\/$/, (p) => html(p).includes('<survey-embed'))],
    ['survey with results', find(/^\/surveys\/[^/]+\/$/, (p) => html(p).includes('survey-chart'))],
    ['survey not yet open', find(/^\/surveys\/[^/]+\/$/, (p) => !html(p).includes('<survey-embed') && !html(p).includes('survey-chart'))],
    ['support', '/support/'],
    ['home learning', find(/^\/home-learning\/$/)],
    ['lunch menu', find(/^\/menus\/$/)],
    ['admissions', find(/^\/admissions\/$/)],
    ['home learning resource', find(/^\/home-learning\/(?!year\/)[^/]+\/$/)],
    ['urgent notices', find(/^\/notices\/$/)],
    ['urgent notice', find(/^\/notices\/[^/]+\/$/)],
    ['translated urgent notice', find(/^\/[a-z]{2,3}\/notices\/[^/]+\/$/)],
    ['clubs', find(/^\/clubs\/$/)],
    ['clubs for a year group', find(/^\/clubs\/year\/[^/]+\/$/)],
    ['club', find(/^\/clubs\/(?!year\/)[^/]+\/$/)],
    ['information page', find(/^\/[^/]+\/$/, (p) => html(p).includes('data-pagefind-body') && html(p).includes('class="prose'))],
    ['accessibility statement', find(/^\/accessibility-statement\/$/)],
    ['a to z', find(/^\/a-z\/$/)],
    ['languages', find(/^\/languages\/$/)],
    ['governors', '/governors/'],
    ['governors statutory', find(/^\/governors\/statutory\/$/)],
    ['governors committee', find(/^\/governors\/committees\/[^/]+\/$/)],
    ['governors register', find(/^\/governors\/register\/$/)],
    ['vacancies', find(/^\/vacancies\/$/)],
    ['open vacancy', find(/^\/vacancies\/[^/]+\/$/, (p) => html(p).includes('"@type":"JobPosting"'))],
    ['closed vacancy', find(/^\/vacancies\/[^/]+\/$/, (p) => html(p).includes('data-vacancy="closed"'))],
    ['translated home', find(/^\/[a-z]{2,3}\/$/)],
    ['translated page (right to left)', rtl],
    ['search with results', pages.includes('/search/') ? '/search/?q=uniform' : undefined],
    ['404', '/404.html'],
  ];
  return types.filter((t): t is [string, string] => t[1] !== undefined && (t[1].includes('?') || pages.includes(t[1]))).map(([name, path]) => ({ name, path }));
}

/**
 * The content check's link problems for a copy of `contentDir` whose about page links to every
 * address built in `outDir`: none, when the check knows every address the site builds (so it can
 * never refuse a link that works). `now` is the day the site was built.
 */
export function linksToEveryBuiltAddress(contentDir: string, outDir: string, now: string): Problem[] {
  // _headers is the hosts' configuration, never served.
  const links = siteFiles(outDir)
    .filter((f) => f !== '/_headers')
    .map(addressOf)
    .map((address) => `- [${address}](<${address}>)`)
    .join('\n');
  const dir = contentWith({ 'pages/about.md': `${fixtureFile('pages/about.md', contentDir)}\n${links}\n` }, contentDir);
  return checkContent(dir, { SITE_NOW: now }).links.problems;
}
