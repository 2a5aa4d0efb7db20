/**
 * Home learning on a small site: the list and its year-group and subject pages (links, no
 * JavaScript), the class page and class feed, search tags, and the checks on bad entries.
 */
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { contentWith } from '../helpers/content';
import { checkContent } from '../../src/lib/content/check';

const resource = (fields: string, body = 'Do this at home.') => `---\n${fields.trim()}\n---\n${body}\n`;
const FILES = {
  'home-learning/times-tables.md': resource(`
title: Times tables practice
summary: "Ten minutes a day on the 3, 4 and 8 times tables."
year_groups: [Year 3]
subjects: [maths]
kind: maths-practice
links:
  - { title: Times tables games, url: "https://www.topmarks.co.uk/maths-games" }
date: 2026-11-02`),
  'home-learning/christmas-pack.md': resource(`
title: Christmas holiday pack
summary: "Reading, writing and maths for every year group over the holiday."
subjects: [all-subjects]
kind: holiday-pack
date: 2026-11-20`),
  'home-learning/year-5-spellings.md': resource(`
title: Year 5 spellings
summary: "Words to practise this term."
year_groups: [Year 5]
subjects: [spelling]
kind: spelling-list
date: 2026-10-01`),
  'home-learning/not-yet.md': resource(`
title: Spring reading list
summary: "Books for the spring term."
year_groups: [Year 3]
subjects: [reading]
kind: reading-list
date: 2027-01-04`),
  'home-learning/draft-pack.md': resource(`
title: Draft science pack
summary: "Not ready yet."
year_groups: [Year 3]
subjects: [science]
kind: activity
date: 2026-11-01
draft: true`),
};

let site: BuiltSite;
beforeAll(() => {
  site = buildSite(contentWith(FILES), '2026-11-23');
  if (!site.ok) throw new Error(site.output);
});

describe('home learning', () => {
  it('lists published resources, newest first, with year-group and subject filters as links', () => {
    const main = mainOf(site.file('/home-learning/'));
    expect(textOf(main)).toMatch(/Christmas holiday pack.*Times tables practice.*Year 5 spellings/);
    expect(main).not.toMatch(/Spring reading list|Draft science pack/);
    expect(main).toContain('href="/home-learning/year/year-3/"');
    expect(main).toContain('href="/home-learning/subject/maths/"');
    expect(site.has('/home-learning/draft-pack/')).toBe(false);
    expect(site.has('/home-learning/not-yet/')).toBe(false);
  });

  it('shows a year group its own resources and those for every year', () => {
    const year3 = textOf(mainOf(site.file('/home-learning/year/year-3/')));
    expect(year3).toContain('Times tables practice');
    expect(year3).toContain('Christmas holiday pack');
    expect(year3).not.toContain('Year 5 spellings');
    const maths = textOf(mainOf(site.file('/home-learning/subject/maths/')));
    expect(maths).toContain('Times tables practice');
    expect(maths).not.toContain('Year 5 spellings');
  });

  it('has a page per resource with its links', () => {
    const page = mainOf(site.file('/home-learning/times-tables/'));
    expect(textOf(page)).toMatch(/Maths practice · Maths · Year 3/);
    expect(page).toContain('href="https://www.topmarks.co.uk/maths-games"');
    expect(site.file('/home-learning/times-tables/')).toMatch(/data-pagefind-filter="type">Home learning</);
  });

  it('appears on the class page and in the class feed', () => {
    const classPage = mainOf(site.file('/classes/oak/'));
    expect(classPage).toContain('href="/home-learning/times-tables/"');
    expect(classPage).toContain('href="/home-learning/christmas-pack/"');
    expect(classPage).not.toContain('year-5-spellings');
    const feed = new XMLParser().parse(site.file('/classes/oak/rss.xml'));
    const titles = [feed.rss.channel.item].flat().map((i: { title: string }) => i.title);
    expect(titles).toContain('Home learning: Times tables practice');
    expect(titles).not.toContain('Home learning: Year 5 spellings');
  });

  it('rejects a resource for a class that does not exist, without a subject, or with an http link', () => {
    const dir = contentWith({
      'home-learning/bad.md': resource(`
title: Bad
summary: "Bad."
classes: [ash]
subjects: []
kind: activity
links:
  - { title: Old site, url: "http://example.org" }
date: 2026-11-01`),
    });
    const problems = checkContent(dir).problems.filter((p) => p.file.endsWith('home-learning/bad.md'));
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['subjects']));
    expect(problems.some((p) => /links/.test(p.field ?? '') && /https/.test(p.message))).toBe(true);
  });
});
