/** The link checker on small made-up sites: it finds each kind of broken link, and only those. */
import { describe, expect, it } from 'vitest';
import { checkLinks, decodeEntities, htmlLinks, icsLinks, srcsetUrls, xmlLinks, type BuiltFiles } from '../../scripts/lib/links';

const SITE = 'https://www.school.example';

function site(files: Record<string, string>): BuiltFiles {
  return { files: new Set(Object.keys(files)), read: (path) => files[path] ?? '' };
}

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('reading links', () => {
  it('finds addresses in every attribute that holds one, decoded, and the ids a page offers', () => {
    const { links, ids } = htmlLinks(
      page(
        '<h2 id="fees">Fees</h2><a name="old"></a><a href="/a/?x=1&amp;y=2">A</a><img src="/i.jpg" srcset="/i-400.jpg 400w, /i-800.jpg 800w" alt="">' +
          '<picture><source srcset="/p.avif 1x, /p2.avif 2x"></picture><form action="/search/"></form>' +
          '<script src="/_astro/x.js"></script><script>const a = "<a href=\'/not-a-link/\'>";</script><!-- <a href="/commented/"> -->',
        '<link rel="stylesheet" href="/_astro/s.css"><meta property="og:image" content="https://www.school.example/o.jpg">' +
          '<script type="application/ld+json">{"@id":"https://www.school.example/#school","url":"https://www.school.example/","@type":"https://schema.org/School"}</script>',
      ),
    );
    expect(links.map((l) => l.url)).toEqual([
      '/_astro/s.css',
      'https://www.school.example/o.jpg',
      '/a/?x=1&y=2',
      '/i.jpg',
      '/i-400.jpg',
      '/i-800.jpg',
      '/p.avif',
      '/p2.avif',
      '/search/',
      '/_astro/x.js',
      'https://www.school.example/',
      'https://www.school.example/',
    ]);
    expect([...ids]).toEqual(['fees', 'old']);
  });

  it('reads srcset candidates, entities, feeds and calendars', () => {
    expect(srcsetUrls('/a.jpg 1x,/b.jpg 2x')).toEqual(['/a.jpg', '/b.jpg']);
    expect(decodeEntities('&#106;&#x61;&amp;&quot;&unknown;')).toBe('ja&"&unknown;');
    const rss =
      '<rss><channel><link>https://www.school.example/news/</link><item><guid isPermaLink="false">x</guid>' +
      '<enclosure url="https://www.school.example/p.jpg"/><content:encoded>&lt;a href="https://www.school.example/item/"&gt;x&lt;/a&gt;</content:encoded></item></channel></rss>';
    expect(xmlLinks(rss).map((l) => l.url)).toEqual([
      'https://www.school.example/news/',
      'https://www.school.example/p.jpg',
      'https://www.school.example/item/',
    ]);
    expect(icsLinks('BEGIN:VEVENT\r\nURL:https://www.school.example/events/a\r\n b/\r\nEND:VEVENT').map((l) => l.url)).toEqual([
      'https://www.school.example/events/ab/',
    ]);
  });
});

describe('checking a built site', () => {
  const good = {
    '/index.html': page(
      '<a href="/about/">About</a> <a href="/about/#fees">Fees</a> <a href="#top">Top</a><span id="top"></span>',
      '<link rel="canonical" href="https://www.school.example/">',
    ),
    '/about/index.html': page(
      '<h2 id="fees">Fees</h2><img src="/_astro/a.jpg" srcset="/_astro/a.jpg 1x" alt="A"><a href="webcal://www.school.example/events.ics">Calendar</a>',
    ),
    '/_astro/a.jpg': '',
    '/events.ics': 'BEGIN:VCALENDAR\r\nURL:https://www.school.example/about/\r\nEND:VCALENDAR',
    '/rss.xml': '<rss><channel><link>https://www.school.example/</link></channel></rss>',
    '/sitemap-0.xml': '<urlset><url><loc>https://www.school.example/about/</loc></url></urlset>',
    '/robots.txt': 'Sitemap: https://www.school.example/sitemap-0.xml',
  };

  it('passes a site whose every internal address and anchor resolves, and lists external links without fetching them', () => {
    const report = checkLinks(
      site({
        ...good,
        '/contact/index.html': page(
          '<a href="https://council.example/schools">Council</a> <a href="mailto:office@school.example">Email</a> <a href="tel:01632960000">Call</a>',
        ),
      }),
      SITE,
    );
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(8);
    expect([...report.external.keys()]).toEqual(['https://council.example/schools']);
    expect([...report.external.get('https://council.example/schools')!]).toEqual(['/contact/']);
  });

  it.each([
    ['a page that was never built', page('<a href="/missing/">x</a>'), '/missing/', 'is not a built page or file'],
    ['a folder without its trailing slash', page('<a href="/about">x</a>'), '/about', 'needs a trailing slash'],
    ['an anchor that is not on the target page', page('<a href="/about/#prices">x</a>'), '/about/#prices', 'has no #prices on /about/'],
    ['an anchor missing from the same page', page('<a href="#nowhere">x</a>'), '#nowhere', 'has no #nowhere on /broken/'],
    ['a picture in a srcset', page('<img src="/_astro/a.jpg" srcset="/_astro/gone.jpg 2x" alt="">'), '/_astro/gone.jpg', 'is not a built page or file'],
    [
      'an absolute address on the school’s own site',
      page('<a href="https://www.school.example/old-page/">x</a>'),
      'https://www.school.example/old-page/',
      'is not a built page or file',
    ],
    [
      'a calendar subscription',
      page('<a href="webcal://www.school.example/classes/oak/events.ics">x</a>'),
      'webcal://www.school.example/classes/oak/events.ics',
      'is not a built page or file',
    ],
    ['a link to "#"', page('<a href="#">x</a>'), '#', '"#" leads nowhere'],
  ])('finds %s', (_name, html, url, problem) => {
    const report = checkLinks(site({ ...good, '/broken/index.html': html }), SITE);
    expect(report.broken).toEqual([expect.objectContaining({ from: '/broken/', url, problem })]);
  });

  it('finds broken addresses in feeds, calendars, sitemaps and robots.txt', () => {
    const report = checkLinks(
      site({
        ...good,
        '/rss.xml':
          '<rss><channel><item><link>https://www.school.example/newsletters/gone/</link><content:encoded><![CDATA[<img src="https://www.school.example/_astro/gone.jpg" alt="">]]></content:encoded></item></channel></rss>',
        '/events.ics': 'BEGIN:VEVENT\r\nURL:https://www.school.example/events/gone/\r\nEND:VEVENT',
        '/sitemap-0.xml': '<urlset><url><loc>https://www.school.example/gone/</loc></url></urlset>',
        '/robots.txt': 'Sitemap: https://www.school.example/sitemap-index.xml',
      }),
      SITE,
    );
    expect(report.broken.map((b) => `${b.from} ${b.url}`)).toEqual([
      '/events.ics https://www.school.example/events/gone/',
      '/robots.txt https://www.school.example/sitemap-index.xml',
      '/rss.xml https://www.school.example/newsletters/gone/',
      '/rss.xml https://www.school.example/_astro/gone.jpg',
      '/sitemap-0.xml https://www.school.example/gone/',
    ]);
  });
});
