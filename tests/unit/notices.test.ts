/**
 * Urgent notices: the rules that refuse a bad one, when one is up (starts ≤ now < expires, in
 * school time whatever the machine's zone), the order several are shown in, and the closure's
 * SpecialAnnouncement for search engines.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schemaProblems } from '../helpers/schema';
import { liveNotices, noticeState, noticesByState, postedNotices } from '../../src/lib/domain/notices';
import { specialAnnouncementJsonLd } from '../../src/lib/domain/structured-data';
import { linkOrSitePath } from '../../src/schemas/common';
import { noticeSchema } from '../../src/schemas/notice';
import { settingsSchema } from '../../src/schemas/settings';

const snow = {
  title: 'Snow: school closed today',
  severity: 'closure',
  starts: '2026-01-08T06:30',
  expires: '2026-01-09T00:00',
  summary: 'School is closed to all pupils today.',
};
const problems = (data: Record<string, unknown>) => schemaProblems(noticeSchema, data);

beforeAll(() => {
  vi.stubEnv('SITE_NOW', '2026-01-08');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('a notice file', () => {
  it('is accepted with a title, severity, start, expiry and summary', () => {
    expect(problems(snow)).toEqual([]);
    expect(noticeSchema.parse(snow)).toMatchObject({ long_running: false, draft: false });
  });

  it('is refused when it comes down before (or as) it goes up', () => {
    expect(problems({ ...snow, expires: '2026-01-08T06:00' })).toEqual([
      'expires: "2026-01-08T06:00" is not after the start ("2026-01-08T06:30"). A notice must come down after it goes up: check the date and time.',
    ]);
    expect(problems({ ...snow, expires: '2026-01-08T06:30' })[0]).toContain('is not after the start');
  });

  it('is refused when it would stay up more than 14 days, unless it is long-running', () => {
    expect(problems({ ...snow, expires: '2026-01-22T06:30' })).toEqual([]);
    const [problem] = problems({ ...snow, expires: '2026-01-22T06:31' });
    expect(problem).toContain('expires: "2026-01-22T06:31" is 15 days after the start ("2026-01-08T06:30")');
    expect(problem).toContain('set long_running: true');
    // A mistyped month: up for ten months above every page.
    expect(problems({ ...snow, expires: '2026-10-09T00:00' })[0]).toContain('is 274 days after the start');
    expect(problems({ ...snow, expires: '2026-10-09T00:00', long_running: true })).toEqual([]);
  });

  it('is refused with an unknown severity, naming the choices', () => {
    expect(problems({ ...snow, severity: 'urgent' })).toEqual(['severity: "urgent" is not one of the choices. Choose one of: closure, warning, info.']);
  });

  it('needs school times without a time zone, within the years a notice can be in', () => {
    expect(problems({ ...snow, starts: '2026-01-08' })[0]).toContain(
      'starts: "2026-01-08" has no time. Add a time of day in school time, such as 2026-01-08T12:00',
    );
    expect(problems({ ...snow, starts: '2026-01-08T06:30Z' })[0]).toContain('ends with a time zone');
    expect(problems({ ...snow, starts: '2062-01-08T06:30', expires: '2062-01-09T00:00' })[0]).toContain(
      'looks like a mistyped year: notices must be between 2000-01-01 and 2027-12-31',
    );
    expect(problems({ ...snow, starts: undefined })[0]).toContain('starts: is missing.');
  });
});

describe('a notice’s link', () => {
  it('is a secure web address or a page of this site', () => {
    for (const ok of ['https://www.brackenford.gov.uk/school-closures', '/term-dates/', '/policies/uniform/#jumpers', '/uploads/notices/letter.pdf']) {
      expect(linkOrSitePath.safeParse(ok).success, ok).toBe(true);
    }
  });

  it('is never another website in disguise, a script or plain http', () => {
    for (const bad of [
      '//evil.example/',
      '/\\evil.example/',
      '/\\/evil.example',
      'javascript:alert(1)',
      'http://www.brackenford.gov.uk/',
      'term-dates',
      '/term dates/',
      'data:text/html,hi',
    ]) {
      expect(linkOrSitePath.safeParse(bad).success, bad).toBe(false);
    }
  });
});

const notice = (id: string, severity: string, starts: string, expires: string) => ({ id, data: { severity: severity as never, starts, expires } });

describe('when a notice is up', () => {
  // Winter: school time is UTC. Summer: school time is an hour ahead (and the machine is in New York).
  it('is from its start (included) to its expiry (not included), in school time', () => {
    const n = notice('snow', 'closure', '2026-01-08T06:30', '2026-01-09T00:00').data;
    expect(noticeState(n, new Date('2026-01-08T06:29:59Z'), 'Europe/London')).toBe('upcoming');
    expect(noticeState(n, new Date('2026-01-08T06:30:00Z'), 'Europe/London')).toBe('live');
    expect(noticeState(n, new Date('2026-01-08T23:59:59Z'), 'Europe/London')).toBe('live');
    expect(noticeState(n, new Date('2026-01-09T00:00:00Z'), 'Europe/London')).toBe('ended');
  });

  it('counts British Summer Time', () => {
    const n = notice('heat', 'warning', '2026-07-01T07:00', '2026-07-01T16:00').data;
    expect(noticeState(n, new Date('2026-07-01T06:30:00Z'), 'Europe/London')).toBe('live'); // 7:30am in school
    expect(noticeState(n, new Date('2026-07-01T15:00:00Z'), 'Europe/London')).toBe('ended'); // 4pm in school
  });

  it('puts the most severe first when several are up, then the newest', () => {
    const notices = [
      notice('info', 'info', '2026-01-08T08:00', '2026-01-10T00:00'),
      notice('warning', 'warning', '2026-01-08T07:00', '2026-01-10T00:00'),
      notice('closure', 'closure', '2026-01-08T06:30', '2026-01-09T00:00'),
      notice('later-warning', 'warning', '2026-01-08T07:30', '2026-01-10T00:00'),
      notice('tomorrow', 'closure', '2026-01-09T06:30', '2026-01-10T00:00'),
      notice('last-week', 'closure', '2026-01-01T06:30', '2026-01-02T00:00'),
    ];
    const at = new Date('2026-01-08T09:00:00Z');
    expect(liveNotices(notices, at, 'Europe/London').map((n) => n.id)).toEqual(['closure', 'later-warning', 'warning', 'info']);
    const byState = noticesByState(notices, at, 'Europe/London');
    expect(byState.upcoming.map((n) => n.id)).toEqual(['tomorrow']);
    expect(byState.ended.map((n) => n.id)).toEqual(['last-week']);
    // A feed never announces a notice before it goes up.
    expect(postedNotices(notices, at, 'Europe/London').map((n) => n.id)).toEqual(['info', 'later-warning', 'warning', 'closure', 'last-week']);
  });
});

describe('a closure for search engines', () => {
  const settings = settingsSchema.parse({
    name: 'Hazelbrook Primary School',
    url: 'https://www.hazelbrook.sch.uk',
    address: { line1: 'Sycamore Lane', town: 'Brackenford', postcode: 'BF4 2QT' },
    phone: '01632 960 418',
    email: 'office@hazelbrook.sch.uk',
    head_teacher: 'Mrs Adeyemi',
    senco: { name: 'Mr Nowak', email: 'senco@hazelbrook.sch.uk' },
    opening_hours: [{ label: 'School day', hours: '8:50am to 3:20pm' }],
  });
  const url = 'https://www.hazelbrook.sch.uk/notices/snow/';

  it('is a SpecialAnnouncement with the properties search engines read, at the school', () => {
    const json = specialAnnouncementJsonLd({ ...snow, url }, settings);
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'SpecialAnnouncement',
      name: snow.title,
      text: snow.summary,
      url,
      datePosted: '2026-01-08T06:30:00+00:00',
      expires: '2026-01-09T00:00:00+00:00',
      category: 'School closure',
      schoolClosuresInfo: url,
      announcementLocation: { '@type': 'School', '@id': 'https://www.hazelbrook.sch.uk/#school', name: 'Hazelbrook Primary School' },
    });
    expect((json.announcementLocation as { address: Record<string, string> }).address).toMatchObject({ postalCode: 'BF4 2QT', addressCountry: 'GB' });
  });

  it('gives summer times the school’s offset', () => {
    expect(specialAnnouncementJsonLd({ ...snow, starts: '2026-06-30T06:30', expires: '2026-07-01T00:00', url }, settings)).toMatchObject({
      datePosted: '2026-06-30T06:30:00+01:00',
      expires: '2026-07-01T00:00:00+01:00',
    });
  });
});
