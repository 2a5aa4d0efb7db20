/** Calendar files checked with ical.js, an independent parser used by real calendar apps. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, type CalendarEvent } from '../../src/lib/domain/ical';

const options = { name: 'Hazelbrook: whole school', host: 'www.hazelbrook.sch.uk', timeZone: 'Europe/London', now: new Date('2026-11-23T00:00:00Z') };
const url = (slug: string) => `https://www.hazelbrook.sch.uk/events/${slug}/`;

const events: CalendarEvent[] = [
  {
    id: 'celebration-assembly',
    title: 'Celebration assembly',
    summary: 'Every Friday; families welcome, bring a coat.',
    start: '2026-09-04T14:45',
    end: '2026-09-04T15:15',
    location: 'School hall',
    category: 'assembly',
    url: url('celebration-assembly'),
    repeat: { every: 'week', until: '2026-12-18', except: ['2026-10-30'] },
  },
  { id: 'half-term', title: 'Half term', summary: 'School is closed.', start: '2026-10-26', end: '2026-10-30', url: url('half-term') },
  { id: 'inset', title: 'INSET day', summary: 'Closed to pupils.', start: '2026-11-02', url: url('inset') },
  {
    id: 'consultations',
    title: 'Parent consultations: autumn',
    summary: 'Ten-minute meetings with your child’s teacher — book a slot; it fills up quickly.',
    start: '2026-10-13T15:30',
    end: '2026-10-13T18:30',
    url: url('consultations'),
  },
];

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('calendar files', () => {
  const text = calendar(events, options);
  const parsed = parse(text);
  const byUid = new Map(parsed.events.map((e) => [e.uid, e]));

  it('has one event per entry, named and with stable UIDs', () => {
    expect(parsed.events).toHaveLength(4);
    expect(parsed.component.getFirstPropertyValue('x-wr-calname')).toBe('Hazelbrook: whole school');
    expect([...byUid.keys()]).toEqual([
      'celebration-assembly@www.hazelbrook.sch.uk',
      'half-term@www.hazelbrook.sch.uk',
      'inset@www.hazelbrook.sch.uk',
      'consultations@www.hazelbrook.sch.uk',
    ]);
    expect(calendar(events, options)).toBe(text); // same input, same file: DTSTAMP comes from SITE_NOW
  });

  it('keeps 2:45pm at 2:45pm across the October clock change, and skips half term', () => {
    const assembly = byUid.get('celebration-assembly@www.hazelbrook.sch.uk')!;
    const it = assembly.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next; next = it.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toHaveLength(15); // 16 Fridays from 4 Sep to 18 Dec, less half term
    expect(starts).toContain('2026-10-23T13:45:00.000Z'); // BST
    expect(starts).not.toContain('2026-10-30T14:45:00.000Z'); // half term: skipped
    expect(starts).toContain('2026-11-06T14:45:00.000Z'); // GMT
    expect(starts.at(-1)).toBe('2026-12-18T14:45:00.000Z');
    expect(assembly.location).toBe('School hall');
  });

  it('puts all-day events on the right days, with an exclusive end', () => {
    const halfTerm = byUid.get('half-term@www.hazelbrook.sch.uk')!;
    expect(halfTerm.startDate.isDate).toBe(true);
    expect(halfTerm.startDate.toString()).toBe('2026-10-26');
    expect(halfTerm.endDate.toString()).toBe('2026-10-31');
    const inset = byUid.get('inset@www.hazelbrook.sch.uk')!;
    expect(inset.startDate.toString()).toBe('2026-11-02');
    expect(inset.endDate.toString()).toBe('2026-11-03');
  });

  it('escapes text so punctuation survives', () => {
    const c = byUid.get('consultations@www.hazelbrook.sch.uk')!;
    expect(c.description).toBe(
      'Ten-minute meetings with your child’s teacher — book a slot; it fills up quickly.\n\nhttps://www.hazelbrook.sch.uk/events/consultations/',
    );
    expect(c.startDate.toJSDate().toISOString()).toBe('2026-10-13T14:30:00.000Z');
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('uses CRLF and folds lines at 75 octets without splitting characters', () => {
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    const long = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it('writes UTC times when the school is not on UK time', () => {
    const other = calendar([events[3]!], { ...options, timeZone: 'Europe/Warsaw' });
    expect(other).toContain('DTSTART:20261013T133000Z');
    expect(other).not.toContain('VTIMEZONE');
  });
});

describe('hostile text', () => {
  it('escapes every kind of line break, a lone CR included, and keeps the words', () => {
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
    const text = calendar([{ ...events[2]!, title: 'INSET\rday', summary: 'Closed\r\nto pupils\rall day', location: 'Hall\r' }], options);
    expect(text).not.toMatch(/\r(?!\n)/);
    const inset = parse(text).events[0]!;
    expect(inset.summary).toBe('INSET\nday');
    expect(inset.description).toBe('Closed\nto pupils\nall day\n\nhttps://www.hazelbrook.sch.uk/events/inset/');
    expect(inset.location).toBe('Hall\n');
  });

  it('writes no control character a calendar may not hold', () => {
    expect(escapeText('Sports\u000Bday\u000C\u0000\u0008\u001B\u007F \uFFFF\uD800 ok\ttab')).toBe('Sports day  \uFFFD ok\ttab');
    const text = calendar([{ ...events[2]!, title: 'a\u0000b\u0007c', location: 'x\u001Fy' }], { ...options, name: 'n\u000Bm' });
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(parse(text).events[0]!.summary).toBe('abc');
  });
});

describe('folding long lines', () => {
  it('measures 2-, 3- and 4-byte characters correctly and never splits one', () => {
    for (const long of [`SUMMARY:${'🎄€ü'.repeat(30)}`, `SUMMARY:${'a'.repeat(74)}€`, `X:${'€'.repeat(25)}`]) {
      const folded = foldLine(long);
      expect(folded.split('\r\n ').join('')).toBe(long);
      expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
      expect(folded).not.toContain('\uFFFD');
    }
    expect(foldLine(`X:${'€'.repeat(24)}`)).toBe(`X:${'€'.repeat(24)}`);
  });

  it('never splits a surrogate pair, wherever the fold falls', () => {
    for (let pad = 0; pad < 8; pad++) {
      const long = `SUMMARY:${'a'.repeat(pad)}${'😀'.repeat(40)}`;
      const folded = foldLine(long);
      expect(folded.split('\r\n ').join('')).toBe(long);
      for (const l of folded.split('\r\n')) {
        expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
        expect(l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }
    }
  });
});
