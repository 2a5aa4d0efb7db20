/** The school's own details: `content/settings/school.yaml`. */
import { z } from 'astro/zod';
import { email, httpsUrl, list, localDate, oneOf, text, wholeNumber } from './common';

/** Maintained school or academy (free schools are academies). */
export const SCHOOL_TYPES = ['maintained', 'academy'] as const;
/** The stages of education a school can teach; an all-through school teaches all three. */
export const PHASES = ['primary', 'secondary', 'sixth-form'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
export type Phase = (typeof PHASES)[number];

export const language = z.object({
  /** Language code used in web addresses, such as `ur` for Urdu or `pl` for Polish. */
  code: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/, {
    error: (iss) => `"${String(iss.input)}" is not a language code. Use a short code such as en, ur, pl or ar.`,
  }),
  /** The language's name written in that language ("اردو", "Polski"). */
  name: text({ max: 60 }),
  /** Writing direction: ltr (left to right) or rtl (right to left, for Arabic or Urdu). */
  dir: oneOf(['ltr', 'rtl']).default('ltr'),
});

/**
 * A time zone name such as Europe/London. Offsets such as +01:00 are refused: they do not follow
 * British Summer Time.
 */
function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z]/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.object({
  /** The school's full name, as it appears in the header and page titles. */
  name: text({ max: 120 }),
  /** The website's address (https origin), for example https://www.hazelbrook.sch.uk */
  url: httpsUrl,
  /** Postal address. */
  address: z.object({
    line1: text(),
    line2: text().optional(),
    town: text(),
    postcode: text({ max: 10 }),
  }),
  /** The main office phone number, written as parents would dial it. */
  phone: text({ max: 40 }),
  /** The office email address. */
  email,
  /** The headteacher's name. */
  head_teacher: text({ max: 100 }),
  /** The special educational needs co-ordinator (the law asks schools to publish the name). */
  senco: z.object({ name: text({ max: 100 }), email }),
  /** The school day, one line per part ("Gates open" – "8:40am"). */
  opening_hours: z
    .array(z.object({ label: text({ max: 80 }), hours: text({ max: 80 }) }), {
      error: 'must be a list of times, each with a label and hours.',
    })
    .min(1, { error: 'needs at least one line, such as the school day.' }),
  /** Total hours in the school week (32.5 is the expected minimum in England). */
  weekly_hours: z
    .number({ error: 'must be a number of hours, such as 32.5.' })
    .positive({ error: (iss) => `is ${String(iss.input)}; it must be a number of hours above 0, such as 32.5.` })
    .optional(),
  /** Unique reference number from Get Information About Schools. */
  urn: z.union([z.string(), z.number()]).transform(String).optional(),
  /** Link to the latest Ofsted report. */
  ofsted_report_url: httpsUrl.optional(),
  /** Link to the school's page on the performance tables service. */
  performance_tables_url: httpsUrl.optional(),
  /**
   * Maintained school or academy (free schools are academies): decides which items the law asks
   * you to publish, and which of the Department's two lists of them applies.
   */
  school_type: oneOf(SCHOOL_TYPES).default('maintained'),
  /**
   * The stages the school teaches: primary, secondary, sixth-form (16 to 19). An all-through
   * school lists all three. Decides, for example, whether key stage 2 results and the PE and
   * sport premium, or careers information and key stage 4 results, are asked for. Most schools
   * using this site are primary schools, so that is the default.
   */
  phases: z
    .array(oneOf(PHASES), { error: 'must be a list of stages, such as [primary] or [secondary, sixth-form].' })
    .min(1, { error: 'needs at least one stage: primary, secondary or sixth-form.' })
    .default(['primary']),
  /** true for a special school: places come through education, health and care plans, so admission arrangements are not asked for. */
  special_school: z.boolean({ error: 'must be true or false.' }).default(false),
  /**
   * How many people the school employs (headcount on 31 March). Only used to decide whether the
   * gender pay gap report applies (250 or more). Leave it out if the school is well under 250.
   */
  employees: wholeNumber({ min: 1, max: 10000, unit: 'employees', example: 45 }).optional(),
  /** The time zone of every date and time on the site. */
  timezone: z
    .string({ error: 'must be the name of a time zone, such as Europe/London.' })
    .refine(isTimeZone, {
      error: (iss) => `"${String(iss.input)}" is not a time zone. Use a name from the time zone list, such as Europe/London (for schools in the UK).`,
    })
    .default('Europe/London'),
  /** Languages the site is offered in; the first is the main language. */
  languages: z
    .array(language, { error: 'must be a list of languages, each with a code and a name.' })
    .min(1, { error: 'needs at least one language: the site’s main language, such as en (English).' })
    .default([{ code: 'en', name: 'English', dir: 'ltr' }]),
  /** Web addresses (host names) allowed for embedded survey forms, such as forms.office.com */
  survey_hosts: list(
    z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: (iss) => `"${String(iss.input)}" is not a host name. Write only the host, such as forms.office.com` }),
  ),
  /** Governors' dashboard: a review due within this many days is shown as "due soon". */
  review_due_soon_days: wholeNumber({ min: 1, max: 365, unit: 'days', example: 90 }).default(90),
  /**
   * What the build does when something the school must publish is missing: warn, or fail (the
   * site is not published until it is added). Missing items the guidance says the school should
   * publish only ever warn.
   */
  statutory_missing: oneOf(['warn', 'fail']).default('warn'),
  /**
   * How the public governors' pages show policy reviews. calm: in the words of the policy pages
   * ("being reviewed: stays in force until the governors approve the new version"), without
   * counting days. detailed: the status with the number of days overdue or left, as
   * `npm run policies:report` always prints it.
   */
  governors_dashboard: oneOf(['calm', 'detailed']).default('calm'),
  /** The school's social media accounts. */
  social: list(z.object({ name: text({ max: 40 }), url: httpsUrl })),
  /**
   * Only the demonstration school has this: the date its news, events and survey were written for.
   * The site is built and shown as on that day (unless SITE_NOW is set), with a note on every page
   * saying so, so the demo looks as designed whatever the date. `npm run new-school` leaves it out:
   * a school's own site always uses today's date.
   */
  demo_date: localDate.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
