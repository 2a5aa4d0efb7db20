/**
 * Vacancies on the basic fixture, built at 11:00 on 23 November 2026 with three vacancies: one open
 * for weeks, one closing in an hour, one that closed three days ago (plus a draft and one
 * advertised from next week). The open ones are listed, in the feed and the search index, and
 * carry a JobPosting with what job listings require; the closed one keeps its page, says it has
 * closed, and is in none of them (nor the sitemap). Built again at 12:30, the vacancy that closed
 * at noon has gone the same way, with no edit.
 */
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { contentWith, fixtureFile } from '../helpers/content';
import { parseHtml, visibleText } from '../helpers/markup';
import { searchIndexRecords } from '../helpers/site-files';

const SAFER = 'Our own words: every appointment depends on an enhanced DBS check and two references.';

/** A vacancy's file: the fields every one needs, then `extra` lines of YAML. */
const vacancy = (title: string, extra: string, body = 'Come and work with us.') =>
  `---\ntitle: ${JSON.stringify(title)}\nsummary: ${JSON.stringify(`All about the ${title.toLowerCase()} job.`)}\n${extra.trim()}\n---\n${body}\n`;

const CONTENT: Record<string, string> = {
  'settings/school.yaml': `${fixtureFile('settings/school.yaml')}safer_recruitment: ${JSON.stringify(SAFER)}\n`,
  'uploads/vacancies/teacher-pack.pdf': '%PDF-1.4\n% Application pack\n',
  'vacancies/class-teacher.md': vacancy(
    'Class teacher </script><script>alert(1)</script>',
    `
date: 2026-11-13
closes: 2026-12-04T12:00
pay: Main pay scale (£32,916 to £45,352)
salary: { min: 32916, max: 45352 }
hours: Full-time
working: full-time
contract: permanent
starts: April 2027
apply_email: jobs@fixture.example.org
documents:
  - { title: Application pack (PDF), file: /uploads/vacancies/teacher-pack.pdf }`,
    '## The role\n\nTeach Oak Class, with <b>a great team</b>.',
  ),
  'vacancies/lunchtime-supervisor.md': vacancy(
    'Lunchtime supervisor',
    `
date: 2026-11-16
closes: 2026-11-23T12:00
pay: £12.85 an hour
salary: { min: 12.85, per: hour }
hours: 7.5 hours a week
working: part-time
contract: permanent
starts: January 2027
apply_url: https://jobs.fixture.example.org/lunchtime`,
  ),
  'vacancies/teaching-assistant.md': vacancy(
    'Teaching assistant',
    `
date: 2026-10-01
closes: 2026-11-20T12:00
pay: Grade 4
hours: 27.5 hours a week, term time only
working: part-time
contract: fixed-term
starts: January 2027
apply_email: jobs@fixture.example.org`,
  ),
  'vacancies/caretaker.md': vacancy(
    'Caretaker',
    `
date: 2026-11-30
closes: 2026-12-11T12:00
pay: Grade 3
hours: 20 hours a week
working: part-time
contract: permanent
starts: February 2027
apply_email: jobs@fixture.example.org`,
  ),
  'vacancies/cook.md': vacancy(
    'Cook',
    `
date: 2026-11-01
closes: 2026-12-11T12:00
pay: Grade 3
hours: 25 hours a week
working: part-time
contract: permanent
starts: February 2027
apply_email: jobs@fixture.example.org
draft: true`,
  ),
};

let dir: string;
let site: BuiltSite;
let later: BuiltSite;
beforeAll(() => {
  dir = contentWith(CONTENT);
  site = buildSite(dir, '2026-11-23T11:00');
  if (!site.ok) throw new Error(site.output);
  later = buildSite(dir, '2026-11-23T12:30');
  if (!later.ok) throw new Error(later.output);
});

/** Every schema.org object in a page's JSON-LD scripts, parsed. */
function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}
const jobPosting = (html: string) => jsonLd(html).find((d) => d['@type'] === 'JobPosting');

const parser = new XMLParser({ processEntities: true, htmlEntities: true });
/** The feed's items' titles. */
const feedTitles = (built: BuiltSite) => [parser.parse(built.file('/vacancies/rss.xml')).rss.channel.item ?? []].flat().map((i: { title: string }) => i.title);
/** The titles of the vacancies listed on /vacancies/. */
const listed = (built: BuiltSite) =>
  [...mainOf(built.file('/vacancies/')).matchAll(/<h2 class="entry-card__title"[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => visibleText(m[1]!));
const CLASS_TEACHER = 'Class teacher </script><script>alert(1)</script>';

describe('open vacancies', () => {
  it('are listed closing soonest first, with the closing time; closed, draft and not-yet-advertised ones are not', () => {
    expect(listed(site)).toEqual(['Lunchtime supervisor', CLASS_TEACHER]);
    expect(textOf(mainOf(site.file('/vacancies/')))).toContain('Closes Monday 23 November 2026, 12pm');
    expect(site.has('/vacancies/cook/')).toBe(false);
    expect(site.has('/vacancies/caretaker/')).toBe(false);
  });

  it('are in the feed, each with the whole advert and the safer-recruitment statement', () => {
    expect(feedTitles(site).sort()).toEqual([CLASS_TEACHER, 'Lunchtime supervisor']);
    const item = [parser.parse(site.file('/vacancies/rss.xml')).rss.channel.item].flat().find((i: { title: string }) => i.title === 'Lunchtime supervisor');
    expect(item.link).toBe('https://fixture.example.org/vacancies/lunchtime-supervisor/');
    expect(item['content:encoded']).toContain(SAFER);
    expect(site.file('/vacancies/')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Fixture Primary School: vacancies" href="https://fixture.example.org/vacancies/rss.xml">',
    );
  });

  it('carry a JobPosting with every property job listings require, the salary, and the school as employer and place', () => {
    const job = jobPosting(site.file('/vacancies/class-teacher/'))!;
    expect(job).toBeDefined();
    for (const property of ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation', 'employmentType'])
      expect(job[property], property).toBeTruthy();
    expect(job).toMatchObject({
      '@context': 'https://schema.org',
      title: CLASS_TEACHER,
      datePosted: '2026-11-13',
      validThrough: '2026-12-04T12:00:00+00:00',
      employmentType: ['FULL_TIME'],
      hiringOrganization: { name: 'Fixture Primary School', sameAs: 'https://fixture.example.org/' },
      jobLocation: { address: { streetAddress: '1 Test Road', addressLocality: 'Testville', postalCode: 'TE1 1ST', addressCountry: 'GB' } },
      baseSalary: { currency: 'GBP', value: { minValue: 32916, maxValue: 45352, unitText: 'YEAR' } },
      url: 'https://fixture.example.org/vacancies/class-teacher/',
    });
    expect(job.description).toMatch(/<h2[^>]*>The role<\/h2>/);
    expect(job.description).toContain(SAFER);
    expect(jobPosting(site.file('/vacancies/lunchtime-supervisor/'))).toMatchObject({
      validThrough: '2026-11-23T12:00:00+00:00',
      employmentType: ['PART_TIME'],
      baseSalary: { value: { value: 12.85, unitText: 'HOUR' } },
    });
  });

  it('show the title that looks like markup as text, in the page and in its JSON-LD', () => {
    const html = site.file('/vacancies/class-teacher/');
    // Every script the page has is its JSON-LD or a file of the site's own: the title opened none.
    const scripts: string[] = [];
    const visit = (nodes: readonly any[]) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        if (node.tagName === 'script') scripts.push(String(node.properties.src ?? node.properties.type ?? 'inline'));
        visit(node.children);
      }
    };
    visit(parseHtml(html, false).children);
    expect(scripts.filter((s) => s !== 'application/ld+json' && !s.startsWith('/_astro/'))).toEqual([]);
    expect(jsonLd(html).length).toBe(scripts.filter((s) => s === 'application/ld+json').length);
    expect(visibleText(mainOf(html))).toContain(CLASS_TEACHER);
  });

  it('say how to apply, with the documents and the school’s safer-recruitment statement', () => {
    const text = visibleText(mainOf(site.file('/vacancies/class-teacher/')));
    expect(text).toMatch(/How to apply Applications must reach us by Friday 4 December 2026, 12pm\. Email your application to jobs@fixture\.example\.org/);
    expect(text).toContain(`Safer recruitment ${SAFER}`);
    expect(site.file('/vacancies/class-teacher/')).toMatch(/<a href="\/uploads\/vacancies\/teacher-pack\.pdf"[^>]*>Application pack \(PDF\)<\/a>/);
    expect(site.has('/uploads/vacancies/teacher-pack.pdf')).toBe(true);
    expect(site.file('/vacancies/lunchtime-supervisor/')).toMatch(
      /<a class="button"[^>]* href="https:\/\/jobs\.fixture\.example\.org\/lunchtime"|<a href="https:\/\/jobs\.fixture\.example\.org\/lunchtime"[^>]*class="button"/,
    );
    expect(site.file('/')).toMatch(/<footer[\s\S]*href="\/vacancies\/"/);
  });

  it('are in the sitemap and the search index', () => {
    const sitemap = site.file('/sitemap-0.xml');
    expect(sitemap).toContain('https://fixture.example.org/vacancies/class-teacher/');
    expect(sitemap).toContain('https://fixture.example.org/vacancies/lunchtime-supervisor/');
    const index = searchIndexRecords(site.outDir)
      .map((r) => r.text)
      .join('\n');
    expect(index).toContain('All about the lunchtime supervisor job.');
  });
});

describe('a closed vacancy', () => {
  const closed = () => site.file('/vacancies/teaching-assistant/');

  it('keeps its page, which says it has closed and no longer says how to apply', () => {
    expect(visibleText(mainOf(closed()))).toContain('This vacancy closed on Friday 20 November 2026, 12pm. Applications are no longer accepted.');
    expect(closed()).not.toContain('data-vacancy="apply"');
    expect(closed()).toContain('data-vacancy="closed"');
  });

  it('has no JobPosting, asks search engines not to index it, and is in no list, feed, sitemap or search', () => {
    expect(jobPosting(closed())).toBeUndefined();
    expect(closed()).toContain('<meta name="robots" content="noindex">');
    expect(closed()).not.toContain('rel="canonical"');
    expect(closed()).not.toContain('data-pagefind-body');
    expect(listed(site)).not.toContain('Teaching assistant');
    expect(feedTitles(site)).not.toContain('Teaching assistant');
    expect(site.file('/sitemap-0.xml')).not.toContain('/vacancies/teaching-assistant/');
    expect(
      searchIndexRecords(site.outDir)
        .map((r) => r.text)
        .join('\n'),
    ).not.toContain('All about the teaching assistant job.');
  });

  it('is where the vacancy closing in an hour is on the next build, with no edit', () => {
    expect(listed(later)).toEqual([CLASS_TEACHER]);
    expect(feedTitles(later)).toEqual([CLASS_TEACHER]);
    const page = later.file('/vacancies/lunchtime-supervisor/');
    expect(visibleText(mainOf(page))).toContain('This vacancy closed on Monday 23 November 2026, 12pm.');
    expect(jobPosting(page)).toBeUndefined();
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(later.file('/sitemap-0.xml')).not.toContain('/vacancies/lunchtime-supervisor/');
    expect(
      searchIndexRecords(later.outDir)
        .map((r) => r.text)
        .join('\n'),
    ).not.toContain('All about the lunchtime supervisor job.');
  });
});
