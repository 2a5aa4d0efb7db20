/**
 * A link checker for the built site: every address a page, feed, calendar, sitemap or robots.txt
 * points at on the school's own site must be a built file, and every `#anchor` an id on the page it
 * names. Links to other sites are only collected, never fetched (a test must not depend on the
 * internet, and a school's partner sites may be slow or down). Used by tests/quality/links.test.ts
 * on the demo school; pure, so it is tested on small made-up sites in tests/unit/links.test.ts.
 */

/** One start tag: its name (lower case) and its attributes (names lower case, values decoded). */
export interface HtmlTag {
  name: string;
  attrs: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The start tags of an HTML document in order, skipping comments and the text of scripts and styles. */
export function htmlTags(html: string): HtmlTag[] {
  const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const tags: HtmlTag[] = [];
  for (const m of text.matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    tags.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

/** An address found in a file, and where. */
export interface FoundLink {
  /** The address as written (decoded). */
  url: string;
  /** Where it was found: `a[href]`, `img[srcset]`, `rss <link>`, `ics URL`… */
  where: string;
}

/** The URLs in a `srcset` (each candidate is "url [descriptor]"). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((c) => c.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

/** URL-valued attributes, by element. `content` only counts on the meta tags that hold addresses. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  button: ['formaction'],
  input: ['src', 'formaction'],
  use: ['href'],
  image: ['href'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};
const META_URLS = new Set(['og:url', 'og:image', 'twitter:image', 'msapplication-tileimage']);

/** Every address in JSON-LD data (the `url`, `item`, `image`… values that look like addresses). */
function jsonLdUrls(json: string): string[] {
  const urls: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (/^(https?:)?\/\//.test(value) || value.startsWith('/')) urls.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  try {
    walk(JSON.parse(json));
  } catch {
    // Not JSON: html-validate and the structured-data tests report that.
  }
  return urls;
}

/** The links in an HTML document and the ids (and `<a name>`) it offers as anchors. */
export function htmlLinks(html: string): { links: FoundLink[]; ids: Set<string> } {
  const links: FoundLink[] = [];
  const ids = new Set<string>();
  for (const tag of htmlTags(html)) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name')!);
    for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
      const value = tag.attrs.get(attr);
      if (value === undefined) continue;
      const urls = attr === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const url of urls) links.push({ url, where: `${tag.name}[${attr}]` });
    }
    if (tag.name === 'meta') {
      const key = (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '').toLowerCase();
      if (META_URLS.has(key) && tag.attrs.get('content')) links.push({ url: tag.attrs.get('content')!, where: `meta[${key}]` });
      if (tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.get('content') ?? '')?.[1];
        if (target) links.push({ url: target.trim(), where: 'meta[refresh]' });
      }
    }
  }
  for (const m of html.matchAll(/<script\b[^>]*type=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    // schema.org's own addresses name types and values (`https://schema.org/EventScheduled`), they are not links;
    // and an `@id` such as `https://school/#school` names a thing, not an anchor on the page.
    for (const url of jsonLdUrls(m[1]!)) if (!/^https?:\/\/schema\.org\//.test(url)) links.push({ url: url.replace(/#.*$/, ''), where: 'JSON-LD' });
  }
  return { links, ids };
}

/** The links in an RSS feed or sitemap: element addresses, attribute addresses and the HTML inside items. */
export function xmlLinks(xml: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const m of xml.matchAll(/<(loc|link|guid|url|comments)\b([^>]*)>([^<]+)<\/\1>/g)) {
    if (m[1] === 'guid' && /isPermaLink=["']false/.test(m[2]!)) continue;
    links.push({ url: decodeEntities(m[3]!.trim()), where: `xml <${m[1]}>` });
  }
  for (const m of xml.matchAll(/<[\w:-]+\s[^>]*?\b(href|url)=(?:"([^"]*)"|'([^']*)')/g)) {
    links.push({ url: decodeEntities(m[2] ?? m[3] ?? ''), where: `xml [${m[1]}]` });
  }
  for (const m of xml.matchAll(/<(description|content:encoded)>([\s\S]*?)<\/\1>/g)) {
    const body = m[2]!.startsWith('<![CDATA[') ? m[2]!.slice(9, -3) : decodeEntities(m[2]!);
    for (const link of htmlLinks(body).links) links.push({ url: link.url, where: `xml <${m[1]}> ${link.where}` });
  }
  return links;
}

/** The addresses in an iCalendar file (`URL:` properties, folded lines joined). */
export function icsLinks(ics: string): FoundLink[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(/^(URL|TZURL|X-WR-URL|SOURCE)(?:;[^:]*)?:(.+)$/gm)].map((m) => ({
    url: m[2]!.trim().replace(/\\([,;\\])/g, '$1'),
    where: `ics ${m[1]}`,
  }));
}

/** The `Sitemap:` addresses in robots.txt. */
export function robotsLinks(robots: string): FoundLink[] {
  return [...robots.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => ({ url: m[1]!, where: 'robots.txt Sitemap' }));
}

/** A link that does not lead anywhere on the built site. */
export interface BrokenLink {
  /** The file it was found in (`/policies/behaviour/`, `/rss.xml`). */
  from: string;
  url: string;
  where: string;
  problem: string;
}

/** A built site to check: the files in it (site paths such as `/policies/index.html`) and a way to read them. */
export interface BuiltFiles {
  files: ReadonlySet<string>;
  read(path: string): string;
}

/** The result: broken internal links, and external addresses with the files that use them. */
export interface LinkReport {
  broken: BrokenLink[];
  external: Map<string, Set<string>>;
  /** How many internal links were checked. */
  checked: number;
}

/** The address a file is served at (`/a/index.html` → `/a/`). */
function servedAt(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The built file a site path is served from, or undefined. With `trailingSlash: 'always'` a folder is only reached with its slash. */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  if (path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  return files.has(path) ? path : undefined;
}

/** Links the checker leaves alone: other schemes parents' devices handle (phone, email). */
const IGNORED_SCHEMES = /^(mailto|tel|sms|data|blob|about):/i;

/**
 * Checks every internal address in every HTML, XML, iCalendar and robots.txt file. `siteUrl` is the
 * settings' `url`: absolute addresses on it (canonical links, feeds, calendars, `webcal://`) are
 * internal and checked like relative ones.
 */
export function checkLinks(site: BuiltFiles, siteUrl: string): LinkReport {
  const site0 = new URL(siteUrl);
  const broken: BrokenLink[] = [];
  const external = new Map<string, Set<string>>();
  const idsCache = new Map<string, Set<string>>();
  let checked = 0;
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = htmlLinks(site.read(file)).ids));
    return ids;
  };

  for (const file of [...site.files].sort()) {
    const text = /\.(html|xml|ics|txt)$/.test(file) ? site.read(file) : undefined;
    if (text === undefined) continue;
    const found = file.endsWith('.html')
      ? htmlLinks(text).links
      : file.endsWith('.xml')
        ? xmlLinks(text)
        : file.endsWith('.ics')
          ? icsLinks(text)
          : file === '/robots.txt'
            ? robotsLinks(text)
            : [];
    const base = new URL(servedAt(file), site0);
    for (const { url, where } of found) {
      if (!url || IGNORED_SCHEMES.test(url)) continue;
      const problem = (message: string) => broken.push({ from: servedAt(file), url, where, problem: message });
      if (url === '#') {
        problem('"#" leads nowhere');
        continue;
      }
      let target: URL;
      try {
        target = new URL(url.replace(/^webcal:/i, 'https:'), base);
      } catch {
        problem('is not a valid address');
        continue;
      }
      if (target.host !== site0.host || !/^https?:$/.test(target.protocol)) {
        if (target.protocol !== 'javascript:') {
          const users = external.get(target.href) ?? new Set<string>();
          users.add(servedAt(file));
          external.set(target.href, users);
        } else problem('is a javascript: address');
        continue;
      }
      checked++;
      let path: string;
      try {
        path = decodeURIComponent(target.pathname);
      } catch {
        problem('is badly encoded');
        continue;
      }
      const targetFile = fileFor(path, site.files);
      if (!targetFile) {
        problem(fileFor(`${path}/`, site.files) ? 'needs a trailing slash' : 'is not a built page or file');
        continue;
      }
      const fragment = target.hash.slice(1);
      if (fragment && !fragment.startsWith(':~:') && targetFile.endsWith('.html') && !idsOf(targetFile).has(decodeURIComponent(fragment))) {
        problem(`has no #${decodeURIComponent(fragment)} on ${servedAt(targetFile)}`);
      }
    }
  }
  return { broken, external, checked };
}
