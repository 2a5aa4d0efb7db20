/**
 * The one module that owns time. School dates are calendar dates (`YYYY-MM-DD`) and school times
 * are wall-clock times (`YYYY-MM-DDTHH:mm`) in the school's time zone; they only become instants
 * when compared with "now". The machine's own time zone never leaks into output.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A wall-clock time in the school's time zone, `YYYY-MM-DDTHH:mm` (seconds optional). */
export type LocalDateTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a `YYYY-MM-DD` string that names a day that exists (no 30 February). */
export function isRealDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for a `YYYY-MM-DDTHH:mm[:ss]` string with a real date and a real clock time. */
export function isRealLocalDateTime(value: string): boolean {
  const m = DATETIME_RE.exec(value);
  if (!m) return false;
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  return isRealDate(value.slice(0, 10)) && h <= 23 && mi <= 59 && s <= 59;
}

/** True when the value is a whole day rather than a time of day. */
export function isAllDay(value: LocalDate | LocalDateTime): boolean {
  return DATE_RE.test(value);
}

/** Normalises a date or date-time to `YYYY-MM-DDTHH:mm:ss` so strings compare in time order. */
function normalise(value: string): string {
  if (isAllDay(value)) return `${value}T00:00:00`;
  return value.length === 16 ? `${value}:00` : value;
}

/** Compares two local dates or date-times: negative if a is earlier. */
export function compareLocal(a: string, b: string): number {
  const [x, y] = [normalise(a), normalise(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Day of the week, 0 = Sunday, for a `YYYY-MM-DD` date. */
export function weekdayOf(day: LocalDate): number {
  return toUtcMidnight(day).getUTCDay();
}

/** The UTC-midnight Date for a calendar date: a neutral carrier for date arithmetic and formatting. */
export function toUtcMidnight(day: LocalDate): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The calendar date `n` days after `day` (n may be negative). */
export function addDays(day: LocalDate, n: number): LocalDate {
  const date = toUtcMidnight(day);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar date `n` months after `day`. When the month is shorter, the last day of that
 * month is used (31 August + 6 months = 28 or 29 February), as people count review dates.
 */
export function addMonths(day: LocalDate, n: number): LocalDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const dd = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMidnight(b).getTime() - toUtcMidnight(a).getTime()) / 86_400_000);
}

/**
 * Minutes from one school time to another as the school's clocks read them (b minus a). A clock
 * change in between is not counted: it only matters for exact durations, never for "how many days".
 */
export function wallClockMinutesBetween(a: LocalDate | LocalDateTime, b: LocalDate | LocalDateTime): number {
  const asUtc = (v: string) => Date.parse(`${normalise(v)}Z`);
  return Math.round((asUtc(b) - asUtc(a)) / 60_000);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string): WallClock {
  let fmt = partsFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The offset of a time zone from UTC at an instant, in minutes (60 for British Summer Time). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the school's clocks show this local date-time (or midnight, for a date).
 * In the spring-forward gap the later reading is used; in the autumn repeat, the first.
 */
export function toInstant(local: LocalDate | LocalDateTime, timeZone: string): Date {
  const [d, t = '00:00:00'] = normalise(local).split('T') as [string, string];
  const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = t.split(':').map(Number) as [number, number, number];
  const guess = Date.UTC(y, mo - 1, da, h, mi, s);
  // The zone's offsets half a day either side cover any clock change near this time.
  const before = offsetMinutes(new Date(guess - 43_200_000), timeZone);
  const after = offsetMinutes(new Date(guess + 43_200_000), timeZone);
  const candidates = [...new Set([before, after])].map((offset) => guess - offset * 60_000).sort((p, q) => p - q);
  const target = localDateTimeOf(new Date(guess), 'UTC');
  const matching = candidates.find((c) => localDateTimeOf(new Date(c), timeZone) === target);
  // In the spring gap no candidate matches: use the offset from before the change, which lands later.
  return new Date(matching ?? guess - before * 60_000);
}

/** The school's calendar date at an instant. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const w = wallClock(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The school's wall-clock date-time at an instant, `YYYY-MM-DDTHH:mm`. */
export function localDateTimeOf(instant: Date, timeZone: string): LocalDateTime {
  const w = wallClock(instant, timeZone);
  return `${localDateOf(instant, timeZone)}T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/**
 * "Now" for a build: the `SITE_NOW` environment variable when set (an ISO date, a local
 * date-time in the school's zone, or an instant with an offset), otherwise the clock.
 * Every "upcoming", "overdue", "open" or "published yet" decision goes through this.
 */
export function siteNow(timeZone: string, env: Record<string, string | undefined> = process.env): Date {
  const raw = env.SITE_NOW?.trim();
  if (!raw) return new Date();
  if (isRealDate(raw) || isRealLocalDateTime(raw)) return toInstant(raw, timeZone);
  const parsed = new Date(raw);
  if (/^\d{4}-\d{2}-\d{2}T.+(?:Z|[+-]\d{2}:?\d{2})$/.test(raw) && !Number.isNaN(parsed.getTime())) return parsed;
  throw new Error(`SITE_NOW="${raw}" is not a date. Use 2026-11-23, 2026-11-23T09:00 (school time) or an ISO instant such as 2026-11-23T09:00:00Z.`);
}

/**
 * Shows the demonstration school as on the date its content was written for: sets SITE_NOW in
 * `env` to the settings' `demo_date`, unless SITE_NOW is already set. A school's own settings have
 * no `demo_date`, so nothing changes for a real site. Returns the date now in force, if it is the demo's.
 */
export function pinDemoDate(demoDate: LocalDate | undefined, env: Record<string, string | undefined> = process.env): LocalDate | undefined {
  if (!demoDate) return undefined;
  if (!env.SITE_NOW?.trim()) env.SITE_NOW = demoDate;
  return env.SITE_NOW;
}
