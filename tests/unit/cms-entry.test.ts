/**
 * What the CMS does with an entry before saving it: leaves out what the editor left empty, checks
 * it with the build's own schema in the form's words, insists on photo consent, and finds
 * pictures for the editor's thumbnails.
 */
import { describe, expect, it, vi } from 'vitest';
import { cmsBackend } from '../../admin/config/git-host';
import { cmsConfig, configFields } from '../../admin/config/index';
import {
  classFolderProblem,
  editorPicture,
  emptyOptionalPaths,
  entryIssues,
  entryProblems,
  issuesAt,
  photoConsentMissing,
  publicFolderFor,
  withoutEmptyOptional,
} from '../../admin/entry-check';
import { dateInWords, displayDate, readTypedDate, withTypedDates, type DateBounds } from '../../admin/dates';
import { eventSchema } from '../../src/schemas/event';
import { newsletterSchema } from '../../src/schemas/newsletter';

const config = cmsConfig({
  backend: cmsBackend({}, true),
  contentDir: 'content',
  classes: [{ slug: 'oak', title: 'Oak Class' }],
  statutory: [{ key: 'behaviour-policy', title: 'Behaviour policy' }],
  schoolName: 'Hazelbrook Primary School',
  siteUrl: 'https://www.hazelbrook.sch.uk',
});

describe('leaving out what the editor left empty', () => {
  it('drops empty optional fields and groups, so the schema never sees location: ""', () => {
    const event = {
      title: 'Harvest assembly',
      start: '2026-10-02T09:00',
      end: '',
      location: '  ',
      category: 'assembly',
      classes: [],
      // The form fills a group's switches in, off, even when the editor never opened the group.
      repeat: { every: '', until: '', except: [], term_time_only: false },
      booking_url: '',
      summary: 'Our harvest assembly.',
      draft: false,
      body: 'Come along.',
    };
    const fields = configFields(config, 'events');
    expect(emptyOptionalPaths(event, fields)).toEqual([['repeat'], ['location'], ['end'], ['booking_url']]);
    const saved = withoutEmptyOptional(event, fields);
    expect(saved).toEqual({
      title: 'Harvest assembly',
      start: '2026-10-02T09:00',
      category: 'assembly',
      classes: [],
      summary: 'Our harvest assembly.',
      draft: false,
      body: 'Come along.',
    });
    expect(eventSchema.safeParse(saved).success).toBe(true);
    expect(eventSchema.safeParse(event).success).toBe(false);
  });

  it('keeps a group that is filled in, and removes blank lines from simple lists', () => {
    const fields = configFields(config, 'events');
    const saved = withoutEmptyOptional(
      {
        title: 'Club',
        start: '2026-09-07T15:30',
        category: 'club',
        summary: 'Club.',
        repeat: { every: 'week', until: '2026-12-14', except: ['2026-10-26', ''] },
      },
      fields,
    );
    expect(saved.repeat).toEqual({ every: 'week', until: '2026-12-14', except: ['2026-10-26'] });
    // A switch that is on is something the editor filled in.
    const termTime = withoutEmptyOptional({ title: 'Club', repeat: { every: '', until: '', except: [], term_time_only: true } }, fields);
    expect(termTime.repeat).toEqual({ except: [], term_time_only: true });
  });

  it('drops an optional picture left empty, but keeps a half-filled one for the check to report', () => {
    const fields = configFields(config, 'newsletters');
    const base = { title: 'Newsletter 1', date: '2026-09-04', summary: 'Welcome back.', draft: false };
    expect(withoutEmptyOptional({ ...base, image: { src: '', alt: '' } }, fields)).toEqual(base);
    expect(newsletterSchema.safeParse(withoutEmptyOptional({ ...base, image: { src: '', alt: '' } }, fields)).success).toBe(true);
    const half = withoutEmptyOptional({ ...base, image: { src: '/uploads/newsletters/school.jpg', alt: '' } }, fields);
    expect(entryProblems('newsletters', half, fields)).toEqual([
      'Picture at the top → Description (alt text): is missing: every picture needs a description (alt text) for parents who cannot see it.',
    ]);
  });

  it('removes later list items before earlier ones, so positions stay right while deleting', () => {
    const fields = configFields(config, 'services');
    expect(emptyOptionalPaths({ languages: ['', 'Polish', ''] }, fields)).toEqual([
      ['languages', 2],
      ['languages', 0],
    ]);
  });
});

describe('checking an entry with the build’s own schema', () => {
  const fields = configFields(config, 'classUpdates');
  const update = {
    title: 'Pond dipping',
    class: 'oak',
    date: '2026-11-23',
    author: 'Mrs Okafor',
    summary: 'We went pond dipping.',
    images: [{ src: '/uploads/classes/oak/2026-11-23/pond.jpg', alt: 'Children at the pond' }],
    photo_consent: true,
    draft: false,
    body: 'Text',
  };

  it('accepts a complete update', () => {
    expect(entryProblems('classUpdates', update, fields)).toEqual([]);
  });

  it('names problems with the labels the editor sees', () => {
    expect(entryProblems('classUpdates', { ...update, photo_consent: false }, fields)).toEqual([
      'Photo consent checked: must be ticked (true) before photos are published: confirm that every child shown has photo consent, or remove the photos.',
    ]);
    expect(entryProblems('classUpdates', { ...update, images: [{ src: update.images[0]!.src }] }, fields)).toEqual([
      'Photos 1 → Description (alt text): is missing: every picture needs a description (alt text) for parents who cannot see it.',
    ]);
    expect(
      entryProblems('events', { title: 'Trip', start: '2026-10-14', end: '2026-10-13', category: 'trip', summary: 'A trip.' }, configFields(config, 'events')),
    ).toEqual(['Ends: "2026-10-13" is before the start ("2026-10-14"). The end must be the same as or after the start.']);
  });

  it('refuses a date with a mistyped year before it is saved, with the years allowed', () => {
    vi.stubEnv('SITE_NOW', '2026-11-23');
    try {
      expect(entryProblems('classUpdates', { ...update, date: '1906-12-06' }, fields)).toEqual([
        'Date: "1906-12-06" looks like a mistyped year: class updates must be dated between 2000-01-01 and 2028-12-31.',
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('checks the settings file too', () => {
    expect(entryProblems('settings', { name: 'Hazelbrook' }, configFields(config, 'settings'))[0]).toBe(
      'Website address: must be a web address starting with https://',
    );
  });

  it('insists on photo consent only when there are photos', () => {
    expect(photoConsentMissing({ images: [{ src: '/uploads/a.jpg', alt: 'A' }], photo_consent: false })).toBe(true);
    expect(photoConsentMissing({ images: [{ src: '/uploads/a.jpg', alt: 'A' }], photo_consent: true })).toBe(false);
    expect(photoConsentMissing({ images: [], photo_consent: false })).toBe(false);
    expect(photoConsentMissing({})).toBe(false);
  });

  it('refuses to move an existing update to another class, which would leave it in the wrong folder', () => {
    expect(classFolderProblem('content/class-updates/oak/2026-11-23-pond.md', 'oak')).toBeUndefined();
    expect(classFolderProblem(undefined, 'willow')).toBeUndefined();
    expect(classFolderProblem('content/class-updates/oak/2026-11-23-pond.md', 'willow')).toContain('filed under oak, so its class cannot be changed to willow');
  });
});

describe('pictures in the editor', () => {
  it('fills in the entry’s own picture folder', () => {
    expect(publicFolderFor('/uploads/classes/{{fields.class}}/{{fields.date}}', { class: 'oak', date: '2026-11-23' })).toBe('/uploads/classes/oak/2026-11-23');
    expect(publicFolderFor('/uploads/classes/{{fields.class}}/{{fields.date}}', {})).toBe('/uploads/classes');
    expect(publicFolderFor(undefined, {})).toBe('/uploads');
  });

  it('takes a picture in the entry’s folder from the CMS, and any other from the editor’s small copies', () => {
    expect(editorPicture('/uploads/classes/oak/2026-11-23/pond.jpg', '/uploads/classes/oak/2026-11-23')).toEqual({ file: 'pond.jpg' });
    expect(editorPicture('/uploads/classes/oak/leaf-hunt.jpg', '/uploads/classes/oak/2026-11-23')).toEqual({
      url: '/admin/uploads/classes/oak/leaf-hunt.jpg.webp',
    });
    expect(editorPicture('https://example.org/a.jpg', '/uploads')).toBeUndefined();
  });
});

describe('dates as the office types them into the date box', () => {
  const date: DateBounds = { kind: 'date', min: '2000-01-01', max: '2028-12-31' };
  const either: DateBounds = { kind: 'date-or-time', min: '2000-01-01', max: '2031-12-31' };
  const moment: DateBounds = { kind: 'datetime' };

  it('reads UK dates, day first, and the files’ own form, saving school time with no offset', () => {
    for (const [typed, saved] of [
      ['10/12/2026', '2026-12-10'],
      ['10-12-2026', '2026-12-10'],
      ['10.12.26', '2026-12-10'],
      ['1/2/2027', '2027-02-01'],
      [' 2026-12-10 ', '2026-12-10'],
    ])
      expect(readTypedDate(typed!, date).value, typed).toBe(saved);
    for (const [typed, saved] of [
      ['10/12/2026 18:00', '2026-12-10T18:00'],
      ['10/12/2026 6pm', '2026-12-10T18:00'],
      ['10/12/2026, 6:30 pm', '2026-12-10T18:30'],
      ['10/12/2026 at 9.15am', '2026-12-10T09:15'],
      ['10/12/2026 12am', '2026-12-10T00:00'],
      ['10/12/2026 12pm', '2026-12-10T12:00'],
      ['2026-12-10T18:00', '2026-12-10T18:00'],
      ['2026-12-10 18:00', '2026-12-10T18:00'],
      ['10/12/2026', '2026-12-10'],
    ])
      expect(readTypedDate(typed!, either).value, typed).toBe(saved);
    expect(readTypedDate('10/12/2026 18:00', moment).value).toBe('2026-12-10T18:00');
  });

  it('says what is wrong, in words, with a date it cannot take', () => {
    expect(readTypedDate('31/02/2026', date).problem).toBe('“31/02/2026” is not a real date: check the day and the month (day first, such as 10/12/2026).');
    expect(readTypedDate('12/31/2026', date).problem).toContain('is not a real date');
    expect(readTypedDate('06/12/1906', date).problem).toBe('Thursday 6 December 1906 is too early: check the year (the earliest is Saturday 1 January 2000).');
    expect(readTypedDate('06/12/2206', date).problem).toBe(
      'Saturday 6 December 2206 is too far ahead: check the year (the latest is Sunday 31 December 2028).',
    );
    expect(readTypedDate('next Tuesday', date).problem).toBe('“next Tuesday” is not a date. Write it as day/month/year, such as 10/12/2026.');
    expect(readTypedDate('10/12/2026 18:00', date).problem).toBe('Write only the date, such as 10/12/2026: this box takes no time.');
    expect(readTypedDate('10/12/2026', moment).problem).toBe('Add the time after the date, such as 10/12/2026 18:00.');
    expect(readTypedDate('10/12/2026 25:00', either).problem).toBe('“25:00” is not a time of day. Write it as 18:00 or 6pm.');
    expect(readTypedDate('10/12/2026 13pm', either).problem).toContain('is not a time of day');
    expect(readTypedDate('2026-10-14T18:00+01:00', either).problem).toContain('is not a time of day');
  });

  it('shows a saved value the UK way and in words, and rewrites the build’s messages the same way', () => {
    expect(displayDate('2026-12-10')).toBe('10/12/2026');
    expect(displayDate('2026-12-10T18:00')).toBe('10/12/2026 18:00');
    expect(dateInWords('2026-12-10')).toBe('Thursday 10 December 2026');
    expect(dateInWords('2026-12-10T18:30')).toBe('Thursday 10 December 2026, 6:30pm');
    expect(dateInWords('31/02/2026')).toBeUndefined();
    expect(withTypedDates('"2026-10-13T17:00" is before the start ("2026-10-14").')).toBe('“13/10/2026 17:00” is before the start (“14/10/2026”).');
  });
});

describe('the build’s problems shown at the field they are in', () => {
  const event = { title: 'Trip', start: '2026-10-14T18:00', end: '2026-10-14T17:00', category: 'trip', summary: 'A trip.', classes: [] };

  it('puts an end before the start at the end, and nowhere else', () => {
    const issues = entryIssues('events', event);
    expect(issuesAt(issues, event, 'end', '2026-10-14T17:00')).toEqual([
      '"2026-10-14T17:00" is before the start ("2026-10-14T18:00"). The end must be the same as or after the start.',
    ]);
    expect(issuesAt(issues, event, 'start', '2026-10-14T18:00')).toEqual([]);
    expect(issuesAt(issues, event, 'title', 'Trip')).toEqual([]);
  });

  it('finds a field inside a group or a list by its name and its value', () => {
    const weekly = {
      ...event,
      end: undefined,
      start: '2026-09-04T14:45',
      repeat: { every: 'week', until: '2027-07-16', except: ['2026-10-30', '2026-10-31'] },
    };
    const issues = entryIssues('events', weekly);
    expect(issuesAt(issues, weekly, 'item', '2026-10-31')).toHaveLength(0);
    // A list of plain dates: Decap names each item's editor after the list's item label.
    const except = issues.find((i) => i.path.join('.') === 'repeat.except.1')!;
    expect(except.message).toContain('"2026-10-31" is not one of this event\'s dates');
    expect(issuesAt(issues, weekly, 'except', '2026-10-31')).toEqual([except.message]);
    expect(issuesAt(issues, weekly, 'except', '2026-10-30')).toEqual([]);
    const early = { ...weekly, repeat: { ...weekly.repeat, until: '2026-08-28', except: [] } };
    expect(issuesAt(entryIssues('events', early), early, 'until', '2026-08-28')).toEqual(['"2026-08-28" is before the first date (2026-09-04).']);
  });
});
