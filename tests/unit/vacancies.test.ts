/**
 * Vacancies: open until their closing time in school time (whatever the machine's zone), the
 * facts an applicant reads first, and the JobPosting search engines read, with every property
 * their job listings require, safe whatever the advert's text holds.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureFile } from '../helpers/content';
import { settingsSchema } from '../../src/schemas/settings';
import { vacancySchema } from '../../src/schemas/vacancy';
import { jobPostingJsonLd, serialiseJsonLd } from '../../src/lib/domain/structured-data';
import { closingWords, isOpen, openVacancies, vacancyFacts, vacancyHtml } from '../../src/lib/domain/vacancies';

const settings = settingsSchema.parse(parse(fixtureFile('settings/school.yaml')));

const vacancy = (fields: Record<string, unknown> = {}) => ({
  data: vacancySchema.parse({
    title: 'Class teacher',
    summary: 'A class teacher for Oak Class.',
    date: '2026-11-13',
    closes: '2026-12-04T12:00',
    pay: 'Main pay scale (£32,916 to £45,352)',
    hours: 'Full-time',
    working: 'full-time',
    contract: 'permanent',
    starts: 'April 2027',
    apply_email: 'jobs@fixture.example.org',
    ...fields,
  }),
});

describe('open or closed', () => {
  it('is open until the closing minute in school time, in winter and in summer', () => {
    // 12:00 in London in December is 12:00 UTC; in June it is 11:00 UTC.
    expect(isOpen(vacancy(), new Date('2026-12-04T11:59:00Z'), 'Europe/London')).toBe(true);
    expect(isOpen(vacancy(), new Date('2026-12-04T12:00:00Z'), 'Europe/London')).toBe(false);
    const summer = vacancy({ date: '2027-05-01', closes: '2027-06-04T12:00' });
    expect(isOpen(summer, new Date('2027-06-04T10:59:00Z'), 'Europe/London')).toBe(true);
    expect(isOpen(summer, new Date('2027-06-04T11:00:00Z'), 'Europe/London')).toBe(false);
  });
  it('lists the open ones, closing soonest first', () => {
    const later = { id: 'later', ...vacancy({ title: 'B', closes: '2026-12-10T09:00' }) };
    const sooner = { id: 'sooner', ...vacancy({ title: 'A', closes: '2026-12-01T09:00' }) };
    const closed = { id: 'closed', ...vacancy({ title: 'C', date: '2026-10-01', closes: '2026-10-20T12:00' }) };
    expect(openVacancies([later, closed, sooner], new Date('2026-11-23T09:00:00Z'), 'Europe/London').map((v) => v.id)).toEqual(['sooner', 'later']);
  });
});

describe('the advert', () => {
  it('gives the facts in words, and the closing time as parents read times', () => {
    expect(closingWords('2026-12-04T12:00')).toBe('Friday 4 December 2026, 12pm');
    expect(vacancyFacts(vacancy({ working: 'part-time', contract: 'fixed-term' }).data)).toEqual([
      { label: 'Pay', value: 'Main pay scale (£32,916 to £45,352)' },
      { label: 'Hours', value: 'Full-time' },
      { label: 'Contract', value: 'Part-time, fixed-term' },
      { label: 'Starts', value: 'April 2027' },
      { label: 'Closing date', value: 'Friday 4 December 2026, 12pm' },
    ]);
  });
  it('escapes the fields it writes as HTML, and ends with the safer-recruitment statement', () => {
    const html = vacancyHtml(vacancy({ summary: '<img src=x onerror=alert(1)>' }).data, '<p>Body</p>', 'Checks & references <apply>.');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).not.toContain('<img');
    expect(html.endsWith('<p>Checks &amp; references &lt;apply&gt;.</p>')).toBe(true);
  });
});

describe('the JobPosting', () => {
  const posting = (fields: Record<string, unknown> = {}) => {
    const { data } = vacancy(fields);
    return jobPostingJsonLd(
      { ...data, id: 'class-teacher', descriptionHtml: '<p>The advert</p>', url: 'https://fixture.example.org/vacancies/class-teacher/' },
      settings,
    );
  };

  it('has every property job listings require, with the school as employer and place of work', () => {
    const job = posting();
    for (const property of ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation', 'employmentType']) {
      expect(job, property).toHaveProperty(property);
    }
    expect(job).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Class teacher',
      description: '<p>The advert</p>',
      datePosted: '2026-11-13',
      validThrough: '2026-12-04T12:00:00+00:00',
      employmentType: ['FULL_TIME'],
      hiringOrganization: { name: 'Fixture Primary School', sameAs: 'https://fixture.example.org/' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', streetAddress: '1 Test Road', addressLocality: 'Testville', postalCode: 'TE1 1ST', addressCountry: 'GB' },
      },
      identifier: { '@type': 'PropertyValue', value: 'class-teacher' },
    });
    expect(job).not.toHaveProperty('baseSalary');
  });
  it('gives the closing time with the summer offset, and a fixed-term part-time post both types', () => {
    expect(posting({ date: '2027-05-01', closes: '2027-06-04T12:00' }).validThrough).toBe('2027-06-04T12:00:00+01:00');
    expect(posting({ working: 'part-time', contract: 'fixed-term' }).employmentType).toEqual(['PART_TIME', 'TEMPORARY']);
  });
  it('gives the salary as a range, or as one amount, per year, day or hour, in pounds', () => {
    expect(posting({ salary: { min: 32916, max: 45352 } }).baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'GBP',
      value: { '@type': 'QuantitativeValue', minValue: 32916, maxValue: 45352, unitText: 'YEAR' },
    });
    expect(posting({ salary: { min: 12.85, per: 'hour' } }).baseSalary).toMatchObject({ value: { value: 12.85, unitText: 'HOUR' } });
  });
  it('stays inside its script whatever the advert says', () => {
    const job = jobPostingJsonLd(
      {
        ...vacancy().data,
        title: '</script><script>alert(1)</script>',
        id: 'x',
        descriptionHtml: '<p></script></p>',
        url: 'https://fixture.example.org/vacancies/x/',
      },
      settings,
    );
    const json = serialiseJsonLd(job);
    expect(json).not.toMatch(/<\/?script/i);
    expect(JSON.parse(json).title).toBe('</script><script>alert(1)</script>');
  });
});
