/**
 * iCalendar (RFC 5545) files parents subscribe to on their phones. Times are written in the
 * school's zone with a VTIMEZONE, so 6pm stays 6pm across the clock change; all-day events use
 * VALUE=DATE with the exclusive end RFC 5545 requires; weekly events use RRULE and EXDATE.
 */
import { skippedDates, type WeeklyRepeat } from '../core/recurrence';
import { isAllDay, addDays, toInstant, type LocalDate, type LocalDateTime } from '../core/time';
import { withoutForbiddenCharacters } from '../security/xml';

export interface CalendarEvent {
  /** Stable across rebuilds: the event's slug. */
  id: string;
  title: string;
  summary: string;
  start: LocalDate | LocalDateTime;
  end?: LocalDate | LocalDateTime;
  location?: string;
  category?: string;
  /** Absolute address of the event's page. */
  url: string;
  /** Weekly: the dates left out (the editor's and the school's closed days) are written as EXDATEs. */
  repeat?: WeeklyRepeat;
}

export interface CalendarOptions {
  /** Shown as the calendar's name in the phone's calendar app. */
  name: string;
  /** The site's host name, used to make event UIDs unique. */
  host: string;
  timeZone: string;
  /** The build's "now" (SITE_NOW), so DTSTAMP is the same for the same input. */
  now: Date;
}

/**
 * Escapes text values (RFC 5545 §3.3.11): backslash, semicolon, comma, and every line break
 * (CRLF, a lone CR or a lone LF) as `\n`. A calendar may hold no other control character (§3.1,
 * CONTROL), so those go as XML's do (see src/lib/security/xml.ts), and DEL too: a phone that meets one may
 * drop the whole calendar.
 */
export function escapeText(value: string): string {
  return withoutForbiddenCharacters(value)
    .replace(/\u007F/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1), never splitting a
 * UTF-8 character. Continuation lines start with a space.
 */
export function foldLine(line: string): string {
  // Most lines are short: measure them without encoding (a build writes hundreds of thousands).
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (local: string) => local.replace(/[-:]/g, '');

/** `20261013T153000` from `2026-10-13T15:30`. */
function localStamp(value: LocalDateTime): string {
  return compact(value.length === 16 ? `${value}:00` : value);
}

/** `20261013T143000Z` for an instant. */
function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The VTIMEZONE for the UK's clocks (BST from the last Sunday of March to the last Sunday of October). */
const EUROPE_LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: CalendarEvent, options: CalendarOptions): string[] {
  const { timeZone } = options;
  // Europe/London is written as local times with its VTIMEZONE; any other zone as UTC instants.
  const zoned = timeZone === 'Europe/London';
  const allDay = isAllDay(event.start);
  const end = event.end ?? event.start;
  const dateTime = (name: string, value: LocalDateTime) =>
    zoned ? `${name};TZID=${timeZone}:${localStamp(value)}` : `${name}:${utcStamp(toInstant(value, timeZone))}`;
  const lines = ['BEGIN:VEVENT', `UID:${event.id}@${options.host}`, `DTSTAMP:${utcStamp(options.now)}`];
  if (allDay) {
    lines.push(`DTSTART;VALUE=DATE:${compact(event.start)}`, `DTEND;VALUE=DATE:${compact(addDays(end, 1))}`);
  } else {
    lines.push(dateTime('DTSTART', event.start));
    if (event.end) lines.push(dateTime('DTEND', event.end));
  }
  if (event.repeat) {
    // UNTIL must be UTC for a zoned start (RFC 5545 §3.3.10): the instant of the last possible occurrence.
    const until = allDay ? compact(event.repeat.until) : utcStamp(toInstant(`${event.repeat.until}${event.start.slice(10)}`, timeZone));
    lines.push(`RRULE:FREQ=WEEKLY;UNTIL=${until}`);
    // EXDATE rather than one rule per stretch of term: every calendar app reads it, and the event
    // stays one event (one UID) that a parent can delete in one go.
    for (const day of skippedDates(event.repeat)) {
      lines.push(allDay ? `EXDATE;VALUE=DATE:${compact(day)}` : dateTime('EXDATE', `${day}${event.start.slice(10)}`));
    }
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`, `DESCRIPTION:${escapeText(`${event.summary}\n\n${event.url}`)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.category) lines.push(`CATEGORIES:${escapeText(event.category)}`);
  lines.push(`URL:${event.url}`, 'END:VEVENT');
  return lines;
}

/** A whole calendar file, with CRLF line endings and folded lines. */
export function calendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${options.host}//School website//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${options.timeZone}`,
    // Ask calendar apps to check for changes twice a day.
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...(options.timeZone === 'Europe/London' && events.some((e) => !isAllDay(e.start)) ? EUROPE_LONDON : []),
    ...events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
