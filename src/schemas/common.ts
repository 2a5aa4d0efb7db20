/**
 * Building blocks shared by every content schema. Messages are written for a school office
 * administrator: they say what is wrong and what would be accepted, with an example.
 */
import { z } from 'astro/zod';
import { isRealDate, isRealLocalDateTime, localDateOf, siteNow, type LocalDate } from '../lib/core/time';

/** Human-readable name of a value's type, for "must be text, not a list" style messages. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a group of fields' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'yes/no' : 'text';
}

/** A required piece of text. `max` is in characters. */
export function text(opts: { max?: number; example?: string } = {}) {
  let schema = z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? 'is missing. Please fill it in.'
          : iss.input === null
            ? 'is empty. Please fill it in.'
            : `must be text, not ${kindOf(iss.input)}.`,
    })
    .trim()
    .min(1, { error: 'is empty. Please fill it in.' });
  if (opts.max) {
    const max = opts.max;
    schema = schema.max(max, {
      error: (iss) => `is ${String((iss.input as string).length)} characters long; keep it to ${max} characters or fewer.`,
    });
  }
  return schema;
}

/** `draft: true` keeps an entry off the site everywhere (pages, lists, feeds, search, sitemap). */
export const draft = z.boolean({ error: 'must be true or false.' }).default(false);

/** The one- or two-sentence summary shown in listings, feeds, search results and meta descriptions. */
export const summary = text({ max: 300 });

/** What a short name (an entry's file name, a web address part) may be: lower-case letters, numbers and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lower-case web address part such as `oak` or `year-3-trip`: letters, numbers and hyphens. */
export const slug = z.string({ error: 'must be the short name of an entry, such as oak or home-school-agreement.' }).regex(SLUG_PATTERN, {
  error: (iss) => `"${String(iss.input)}" is not a valid short name: use lower-case letters, numbers and hyphens, such as year-3-trip.`,
});

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
/** A date and time followed by a UTC offset or Z, as calendar programs export them. */
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** How a date field is written and which years it may be in, for the CMS configuration to read. */
export interface DateField {
  /** `date`: 2026-09-01; `datetime`: 2026-09-01T18:00; `date-or-time`: either. */
  kind: 'date' | 'datetime' | 'date-or-time';
  /** The latest date allowed is 31 December this many years after this one; undefined: any real date. */
  yearsAhead?: number;
  /** Who the bounds are for, to start the sentence that gives them: "class updates must be dated". */
  rule?: string;
}

const DATE_FIELDS = new WeakMap<z.ZodType, DateField>();

/** What kind of date field a schema is (undefined for other fields). */
export function dateFieldOf(schema: z.ZodType): DateField | undefined {
  return DATE_FIELDS.get(schema);
}

function registerDate<T extends z.ZodType>(schema: T, field: DateField): T {
  DATE_FIELDS.set(schema, field);
  return schema;
}

/**
 * The earliest date any school date may be. An earlier one is a mistyped year (an update dated
 * 1906-12-06 was saved from the editor's date box): no school publishes news from before 2000.
 */
export const EARLIEST_DATE: LocalDate = '2000-01-01';

/**
 * News (newsletters, class updates, curriculum letters, home learning) is dated the day it goes out,
 * or scheduled a few weeks ahead: up to the end of the year after next leaves room for any real
 * plan and still catches a year typed as 2062 or 2206.
 */
export const POST_YEARS_AHEAD = 2;

/** Bounds only need the year, and the schools this is for keep UK time. */
const BOUNDS_TIME_ZONE = 'Europe/London';

/**
 * The latest date allowed: 31 December, `yearsAhead` years after this year. "This year" comes from
 * SITE_NOW or the clock (src/lib/core/time.ts); in the editor's browser there is no SITE_NOW, so the
 * clock. The bound only ever moves later, so content that passes today passes next year too.
 */
export function latestDate(yearsAhead: number, env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env): LocalDate {
  return `${thisYear(env) + yearsAhead}-12-31`;
}

/** This year in school time, by SITE_NOW or by the hour of the clock (the UK's year only turns on the hour). */
const years = new Map<string, number>();

/**
 * This year in school time. Every date of every entry asks, and working it out through the time
 * zone database was a third of the content check of a ten-year archive, so it is remembered.
 */
function thisYear(env: Record<string, string | undefined>): number {
  const fixed = env.SITE_NOW?.trim();
  const now = fixed && years.has(fixed) ? undefined : siteNow(BOUNDS_TIME_ZONE, env);
  const key = fixed || `hour ${Math.floor(now!.getTime() / 3_600_000)}`;
  let year = years.get(key);
  if (year === undefined) {
    if (years.size > 100) years.clear();
    year = Number(localDateOf(now ?? siteNow(BOUNDS_TIME_ZONE, env), BOUNDS_TIME_ZONE).slice(0, 4));
    years.set(key, year);
  }
  return year;
}

/** The problem with a real date (or date-time) outside its field's years, if it is. */
function boundsProblem(value: string, field: DateField): string | undefined {
  if (field.yearsAhead === undefined) return undefined;
  const day = value.slice(0, 10);
  const latest = latestDate(field.yearsAhead);
  if (day >= EARLIEST_DATE && day <= latest) return undefined;
  return `"${value}" looks like a mistyped year: ${field.rule ?? 'dates must be'} between ${EARLIEST_DATE} and ${latest}.`;
}

const dateSchema = () =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? 'is missing. Write a date as YYYY-MM-DD, for example 2026-09-01.'
          : iss.input === null
            ? 'is empty. Write a date as YYYY-MM-DD, for example 2026-09-01.'
            : 'must be a date written as YYYY-MM-DD, for example 2026-09-01.',
    })
    .refine((v) => DATE_SHAPE.test(v), {
      error: (iss) => `"${String(iss.input)}" is not written as a date. Use YYYY-MM-DD, for example 2026-09-01.`,
      abort: true,
    })
    .refine(isRealDate, { error: (iss) => `"${String(iss.input)}" is not a real date (check the day and month).` });

/**
 * A calendar date written `YYYY-MM-DD` (for example 2026-09-01), kept as that string.
 * Impossible dates such as 2026-02-30 are rejected rather than rolled over into March.
 */
export const localDate = registerDate(dateSchema(), { kind: 'date' });

/**
 * A date, as `localDate`, between EARLIEST_DATE and 31 December `yearsAhead` years after this
 * one; `rule` starts the sentence that says so ("newsletters must be dated").
 */
export function dateWithin(rule: string, yearsAhead: number) {
  const field: DateField = { kind: 'date', yearsAhead, rule };
  return registerDate(
    dateSchema().superRefine((v, ctx) => {
      const problem = isRealDate(v) ? boundsProblem(v, field) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    field,
  );
}

const dateTimeSchema = () =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? 'is missing. Write a date and school time as YYYY-MM-DDTHH:mm, for example 2026-10-14T18:00.'
          : 'must be a date and school time written as YYYY-MM-DDTHH:mm, for example 2026-10-14T18:00.',
    })
    .refine((v) => DATETIME_SHAPE.test(v), {
      error: (iss) =>
        WITH_ZONE.test(String(iss.input))
          ? `"${String(iss.input)}" ends with a time zone. Write a date and time in school time (2026-10-14T18:00), with no time zone.`
          : DATE_SHAPE.test(String(iss.input))
            ? `"${String(iss.input)}" has no time. Add a time of day in school time, such as ${String(iss.input)}T12:00 for noon.`
            : `"${String(iss.input)}" is not a date and time. Use YYYY-MM-DDTHH:mm in school time, for example 2026-10-14T18:00 (no time zone).`,
      abort: true,
    })
    .refine(isRealLocalDateTime, { error: (iss) => `"${String(iss.input)}" is not a real date and time (check the day, month, hour and minutes).` });

/**
 * A local school time written `YYYY-MM-DDTHH:mm` (for example 2026-10-14T18:00), in the school's
 * time zone. No offset or "Z": the school's clock time is what parents read.
 */
export const localDateTime = registerDate(dateTimeSchema(), { kind: 'datetime' });

/** A school time, as `localDateTime`, within the years `dateWithin` describes. */
export function dateTimeWithin(rule: string, yearsAhead: number) {
  const field: DateField = { kind: 'datetime', yearsAhead, rule };
  return registerDate(
    dateTimeSchema().superRefine((v, ctx) => {
      const problem = isRealLocalDateTime(v) ? boundsProblem(v, field) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    field,
  );
}

/** The problem with a value that should be a date or a date and time, if any. */
function dateOrDateTimeProblem(v: string): string | undefined {
  if (DATE_SHAPE.test(v)) return isRealDate(v) ? undefined : `"${v}" is not a real date (check the day and month).`;
  if (DATETIME_SHAPE.test(v)) return isRealLocalDateTime(v) ? undefined : `"${v}" is not a real date and time (check the day, month, hour and minutes).`;
  if (WITH_ZONE.test(v)) return `"${v}" ends with a time zone. Write a date and time in school time (2026-10-14T18:00), with no time zone.`;
  return `"${v}" is not a date. Write a date (2026-10-14) or a date and time in school time (2026-10-14T18:00), with no time zone.`;
}

const dateOrDateTimeSchema = (field: DateField) =>
  registerDate(
    z
      .string({
        error: (iss) =>
          iss.input === undefined
            ? 'is missing. Write a date (2026-10-14) or a date and time (2026-10-14T18:00).'
            : 'must be a date (2026-10-14) or a date and time (2026-10-14T18:00).',
      })
      .superRefine((v, ctx) => {
        const problem = dateOrDateTimeProblem(v) ?? boundsProblem(v, field);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    field,
  );

/** Either a whole day (`2026-10-14`) or a school-time moment (`2026-10-14T18:00`). */
export const dateOrDateTime = dateOrDateTimeSchema({ kind: 'date-or-time' });

/** A date or date and time, as `dateOrDateTime`, within the years `dateWithin` describes. */
export function dateOrDateTimeWithin(rule: string, yearsAhead: number) {
  return dateOrDateTimeSchema({ kind: 'date-or-time', yearsAhead, rule });
}

/** A secure web address. Parents' browsers warn about plain http, so only https is accepted. */
export const httpsUrl = z.string({ error: 'must be a web address starting with https://' }).superRefine((v, ctx) => {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a complete web address. It should start with https://` });
    return;
  }
  if (url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: `"${v}" must start with https:// (secure links only).` });
});

/**
 * A link parents follow: a secure web address (https://…) or a page of this site written from its
 * first slash (/policies/uniform/). The content check makes sure a page of the site exists. A
 * path may not start with two slashes or a backslash: browsers read `//host` and `/\host` as
 * another website.
 */
export const linkOrSitePath = z
  .string({ error: 'must be a web address starting with https:// or a page of this site starting with /' })
  .superRefine((v, ctx) => {
    if (v.startsWith('/')) {
      if (/^\/[/\\]/.test(v) || /[\s\\]/.test(v)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${v}" is not a page of this site. Write the page's address from its first slash, such as /policies/uniform/ (no spaces or backslashes), or a web address starting with https://`,
        });
      }
      return;
    }
    const checked = httpsUrl.safeParse(v);
    if (!checked.success) {
      ctx.addIssue({
        code: 'custom',
        message: `"${v}" must be a web address starting with https:// (secure links only) or a page of this site starting with /, such as /policies/uniform/`,
      });
    }
  });

/** An email address. */
export const email = z.string({ error: 'must be an email address.' }).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
  error: (iss) => `"${String(iss.input)}" is not an email address.`,
});

const UPLOAD_SHAPE = /^\/uploads\/[^\s?#]+$/;

/**
 * A file uploaded through the CMS, written as `/uploads/...`. Uploads are stored in
 * `content/uploads/` so the build can process them; the build checks the file exists.
 */
export const uploadPath = z
  .string({ error: 'must be the path of an uploaded file, starting with /uploads/' })
  .regex(UPLOAD_SHAPE, {
    error: (iss) => `"${String(iss.input)}" is not an uploaded file. Upload it through the editor, or write a path starting with /uploads/ (no spaces).`,
  })
  // Checked only when the shape is right, so a path has one problem at a time.
  .refine((v) => !UPLOAD_SHAPE.test(v) || !v.split('/').some((part) => part === '..' || part === '.'), {
    error: (iss) =>
      `"${String(iss.input)}" points outside the uploads folder. Write the path from /uploads/ without ../, such as /uploads/classes/oak/leaf-hunt.jpg`,
  });

/** A photo or picture with the description a screen reader reads aloud. */
export const image = z.object(
  {
    /** The uploaded picture, for example /uploads/classes/oak/leaf-hunt.jpg */
    src: uploadPath,
    /** What the picture shows, for people who cannot see it ("Children measuring leaves on the field"). */
    alt: z
      .string({ error: 'is missing: every picture needs a description (alt text) for parents who cannot see it.' })
      .trim()
      .min(1, { error: 'is empty: every picture needs a description (alt text) for parents who cannot see it.' })
      .max(250, { error: 'is too long: keep a picture description to 250 characters.' }),
  },
  { error: 'must be a picture with src (the uploaded file) and alt (a description).' },
);

/** The switch an editor turns on to confirm photo consent (`photo_consent`). */
export const photoConsent = z.boolean({ error: 'must be true or false.' }).default(false);

/**
 * Photos of people are published only once the editor confirms consent: the rule for class
 * updates and the headteacher's welcome. Adds the problem to `photo_consent` when there are
 * photos and it is not switched on.
 */
export function requirePhotoConsent(ctx: z.RefinementCtx, hasPhotos: boolean, consent: boolean): void {
  if (hasPhotos && !consent) {
    ctx.addIssue({
      code: 'custom',
      path: ['photo_consent'],
      message: 'must be ticked (true) before photos are published: confirm that every child shown has photo consent, or remove the photos.',
    });
  }
}

/** A downloadable document: an uploaded file or a secure link. */
export const documentLink = z.object(
  {
    /** What the document is, shown as the link text ("Full policy (PDF)"). */
    title: text({ max: 150 }),
    /** The uploaded file (/uploads/...) or an https:// address. */
    file: z.union([uploadPath, httpsUrl], {
      error: 'must be an uploaded file (/uploads/...) or a web address starting with https://',
    }),
  },
  { error: 'must be a document with title and file.' },
);

/**
 * A whole number from `min` to `max` (`max` optional), with messages that give the range in the
 * field's own unit ("must be at least 200 pixels").
 */
export function wholeNumber(opts: { min: number; max?: number; unit: string; example: number }) {
  const range = opts.max === undefined ? `${opts.min} ${opts.unit} or more` : `from ${opts.min} to ${opts.max} ${opts.unit}`;
  const schema = z
    .number({ error: `must be a whole number of ${opts.unit} (${range}), such as ${opts.example}.` })
    .int({ error: `must be a whole number of ${opts.unit} (${range}), such as ${opts.example}.` })
    .min(opts.min, { error: (iss) => `is ${String(iss.input)}; it must be at least ${opts.min} ${opts.unit}.` });
  return opts.max === undefined ? schema : schema.max(opts.max, { error: (iss) => `is ${String(iss.input)}; it must be ${opts.max} ${opts.unit} or fewer.` });
}

/** A list field that may be left out (an empty list). */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'must be a list.' }).default([]);
}

/** School year groups, as parents say them. */
export const YEAR_GROUPS = [
  'Nursery',
  'Reception',
  'Year 1',
  'Year 2',
  'Year 3',
  'Year 4',
  'Year 5',
  'Year 6',
  'Year 7',
  'Year 8',
  'Year 9',
  'Year 10',
  'Year 11',
  'Year 12',
  'Year 13',
  'Mixed ages',
] as const;

/** One of the named choices, with a message listing them. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `is missing. Choose one of: ${values.join(', ')}.`
        : `"${String(iss.input)}" is not one of the choices. Choose one of: ${values.join(', ')}.`,
  });
}

export const yearGroup = oneOf(YEAR_GROUPS);

/** A school (academic) year, September to August, written 2026-27: the second year is the next one. */
export const academicYear = z.string({ error: 'must be an academic year written like 2026-27.' }).superRefine((v, ctx) => {
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not an academic year. Write it like 2026-27 (the second year is the next one).` });
  }
});
