/** Dates and times written the way parents read them, in the page's language. */
import type { Occurrence } from './recurrence';
import { isAllDay, toUtcMidnight, type LocalDate, type LocalDateTime } from './time';

// Calendar dates are carried as UTC midnight and formatted in UTC, so the machine's zone never matters.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

/** "Friday 4 September 2026". */
export function formatDate(day: LocalDate, lang = 'en'): string {
  return formatter(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(toUtcMidnight(day)).replace(',', '');
}

/** "4 September 2026". */
export function formatDay(day: LocalDate, lang = 'en'): string {
  return formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(toUtcMidnight(day));
}

/** "Friday". */
export function formatWeekday(day: LocalDate, lang = 'en'): string {
  return formatter(lang, { weekday: 'long' }).format(toUtcMidnight(day));
}

/** "23 Nov", for a short list of dates. */
export function formatShortDay(day: LocalDate, lang = 'en'): string {
  return formatter(lang, { day: 'numeric', month: 'short' }).format(toUtcMidnight(day));
}

/** "Sep", for a calendar-style date block. */
export function formatShortMonth(day: LocalDate, lang = 'en'): string {
  return formatter(lang, { month: 'short' }).format(toUtcMidnight(day));
}

/** "September 2026". */
export function formatMonth(day: LocalDate, lang = 'en'): string {
  return formatter(lang, { month: 'long', year: 'numeric' }).format(toUtcMidnight(day));
}

/** "6pm", "3:30pm" in English (as British schools write times); the language's own style otherwise. */
export function formatTime(value: LocalDateTime, lang = 'en'): string {
  const [h, m] = value.slice(11, 16).split(':').map(Number) as [number, number];
  if (lang === 'en') {
    const suffix = h < 12 ? 'am' : 'pm';
    const hour = h % 12 === 0 ? 12 : h % 12;
    return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${suffix}`;
  }
  return formatter(lang, { hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}

/**
 * When an occurrence happens, in one line: "Tuesday 13 October 2026, 3:30pm to 6:30pm",
 * "Monday 26 October 2026 to Friday 30 October 2026", or "Wednesday 2 September 2026".
 */
export function formatWhen(o: Pick<Occurrence, 'start' | 'end'>, lang = 'en', words = { to: 'to' }): string {
  const startDay = o.start.slice(0, 10);
  const endDay = o.end.slice(0, 10);
  if (isAllDay(o.start)) {
    return startDay === endDay ? formatDate(startDay, lang) : `${formatDate(startDay, lang)} ${words.to} ${formatDate(endDay, lang)}`;
  }
  const startTime = formatTime(o.start, lang);
  if (startDay === endDay) {
    return o.end === o.start
      ? `${formatDate(startDay, lang)}, ${startTime}`
      : `${formatDate(startDay, lang)}, ${startTime} ${words.to} ${formatTime(o.end, lang)}`;
  }
  return `${formatDate(startDay, lang)}, ${startTime} ${words.to} ${formatDate(endDay, lang)}, ${formatTime(o.end, lang)}`;
}

/** The `datetime` attribute for a `<time>` element. */
export function machineTime(value: LocalDate | LocalDateTime): string {
  return value.length === 16 ? value : value.slice(0, 19);
}

/** A phone number as shown on a page: its spaces made non-breaking, so it never wraps between its digits. */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, '\u00a0');
}

/**
 * The `tel:` address of a phone number as an office writes it: its digits (and a leading +) up to
 * the first word, so "01632 960 418, option 1" dials 01632960418. Undefined when it has no number to dial.
 */
export function telHref(phone: string): string | undefined {
  let number = /^\s*\+?[\d\s()-]+/.exec(phone)?.[0] ?? '';
  // "01632 960418 (24 hours)": a bracket that is not closed starts the words, not the number.
  const open = number.lastIndexOf('(');
  if (open > number.lastIndexOf(')')) number = number.slice(0, open);
  const digits = number.replace(/\D/g, '');
  return digits ? `tel:${number.trim().startsWith('+') ? '+' : ''}${digits}` : undefined;
}
