/**
 * Dates as the office types them into the editor's date boxes, and back. A school in the UK writes
 * 10/12/2026 for 10 December and 18:00 or 6pm for a time; the content files keep `2026-12-10` and
 * `2026-12-10T18:00`, school time with no offset, so nothing here goes through a `Date` or the
 * browser's time zone. Used by the date widget (admin/browser/dates.ts) and its unit tests.
 */
import { formatDate, formatTime } from '../src/lib/core/format';
import { isRealDate, isRealLocalDateTime, type LocalDate, type LocalDateTime } from '../src/lib/core/time';

/** What a date field holds: a date, a date and time, or either (an event's start and end). */
export type DateKind = 'date' | 'datetime' | 'date-or-time';

/** What a date box needs to know: its kind and the dates the schema allows. */
export interface DateBounds {
  kind: DateKind;
  /** The earliest date allowed, `YYYY-MM-DD`. */
  min?: LocalDate;
  /** The latest date allowed, `YYYY-MM-DD`. */
  max?: LocalDate;
}

/** What was typed, read: the value to save, or what is wrong with it in the office's words. */
export type TypedDate = { value: LocalDate | LocalDateTime; problem?: undefined } | { value?: undefined; problem: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+|,\s*)(.+))?$/;
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:(?:\s+at\s+|,\s*|\s+)(.+))?$/i;
const TIME = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** "18:00", "18.00", "6pm", "6:30 pm" → "18:00"; undefined when it is not a time of day. */
export function readTime(text: string): string | undefined {
  const m = TIME.exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

function example(kind: DateKind): string {
  if (kind === 'date') return 'day/month/year, such as 10/12/2026';
  if (kind === 'datetime') return 'day/month/year and a time, such as 10/12/2026 18:00';
  return 'day/month/year, such as 10/12/2026, with a time if it has one (10/12/2026 18:00)';
}

/**
 * Reads a date box: UK order (10/12/2026, 10-12-26, 10.12.2026) or as the files write it
 * (2026-12-10), with a time after it where the field takes one (18:00, 6pm, 6:30pm). Checks that
 * the date is real and within the field's years.
 */
export function readTypedDate(typed: string, bounds: DateBounds): TypedDate {
  const text = typed.trim().replace(/\s+/g, ' ');
  const iso = ISO.exec(text);
  const uk = iso ? undefined : UK.exec(text);
  if (!iso && !uk) return { problem: `“${text}” is not a date. Write it as ${example(bounds.kind)}.` };
  const [year, month, day, timeText] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]]
    : [uk![3]!.length === 2 ? 2000 + Number(uk![3]) : Number(uk![3]), Number(uk![2]), Number(uk![1]), uk![4]];
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const inCalendar = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!inCalendar) return { problem: `“${text}” is not a real date: check the day and the month (day first, such as 10/12/2026).` };
  if (bounds.min && date < bounds.min) return { problem: `${formatDate(date)} is too early: check the year (the earliest is ${formatDate(bounds.min)}).` };
  if (bounds.max && date > bounds.max) return { problem: `${formatDate(date)} is too far ahead: check the year (the latest is ${formatDate(bounds.max)}).` };
  if (!isRealDate(date)) return { problem: `“${text}” is not a date the site can show: check the year.` };
  if (timeText === undefined) {
    if (bounds.kind === 'datetime') return { problem: `Add the time after the date, such as ${displayDate(date)} 18:00.` };
    return { value: date };
  }
  if (bounds.kind === 'date') return { problem: `Write only the date, such as ${displayDate(date)}: this box takes no time.` };
  const time = readTime(timeText);
  if (!time || !isRealLocalDateTime(`${date}T${time}`)) return { problem: `“${timeText.trim()}” is not a time of day. Write it as 18:00 or 6pm.` };
  return { value: `${date}T${time}` };
}

/** A saved value as the box shows it: `2026-12-10` → 10/12/2026, `2026-12-10T18:00` → 10/12/2026 18:00. */
export function displayDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
  if (!m) return value;
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}` : ''}`;
}

/** A saved value in words under the box, so a swapped day and month shows: "Thursday 10 December 2026, 6pm". */
export function dateInWords(value: string): string | undefined {
  if (isRealDate(value)) return formatDate(value);
  if (isRealLocalDateTime(value)) return `${formatDate(value.slice(0, 10))}, ${formatTime(value)}`;
  return undefined;
}

/**
 * A message of the build's check with its dates written as the date boxes show them:
 * `"2026-10-14T17:00" is before the start` → `“14/10/2026 17:00” is before the start`.
 */
export function withTypedDates(message: string): string {
  return message.replace(/"(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)"/g, (_, value: string) => `“${displayDate(value)}”`);
}
