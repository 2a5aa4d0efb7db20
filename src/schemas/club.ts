/**
 * A club: `content/clubs/<slug>.md` → `/clubs/<slug>/`, listed at `/clubs/` by day and year group.
 * It meets every week on its days from `from` until `until`, in term time only: never in a school
 * holiday or on an INSET day (see src/lib/domain/term-time.ts), and never on its `except` dates.
 */
import { z } from 'astro/zod';
import { isRealDate, weekdayOf } from '../lib/core/time';
import { dateWithin, draft, linkOrSitePath, list, oneOf, summary, text, wholeNumber, yearGroup } from './common';

/** Days of the week, Monday first as school timetables are written; the index + 1 is the day's number (Sunday is 7). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Clubs are planned for the year ahead: a date in the year after next is a mistyped year. */
const CLUB_YEARS_AHEAD = 1;

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day on the 24-hour clock, `15:20`. */
const clockTime = z.string({ error: 'must be a time written as HH:mm on the 24-hour clock, for example 15:20 for 3:20pm.' }).regex(CLOCK_TIME, {
  error: (iss) => `"${String(iss.input)}" is not a time. Write it as HH:mm on the 24-hour clock, for example 15:20 for 3:20pm.`,
});

export const clubSchema = z
  .object({
    /** The club's name, such as "Football club". */
    title: text({ max: 80 }),
    /** One or two sentences for the clubs list: what children do. */
    summary,
    /** The days it meets, such as [tuesday] or [monday, thursday]. */
    days: z.array(oneOf(WEEKDAYS), { error: 'must be a list of days, such as [tuesday].' }).min(1, { error: 'needs at least one day, such as tuesday.' }),
    /** When a session starts, on the 24-hour clock (15:20). */
    start_time: clockTime,
    /** When a session ends (16:20). */
    end_time: clockTime,
    /** The year groups it is for. */
    year_groups: z.array(yearGroup, { error: 'must be a list of year groups, such as [Year 3, Year 4].' }).min(1, {
      error: 'needs at least one year group, such as Year 3.',
    }),
    /** Where it meets ("School hall"). */
    location: text({ max: 150 }),
    /** Who runs it, as parents know them ("Mr Okafor" or "Kickstart Coaching"). */
    run_by: text({ max: 120 }),
    /** What it costs ("£3 a session", "£30 a half term"). Leave empty when it is free. */
    cost: text({ max: 120 }).optional(),
    /** How many children it can take. */
    places: wholeNumber({ min: 1, max: 500, unit: 'places', example: 20 }).optional(),
    /** Where parents book: a secure web address (https://) or a page of this site (/contact/). Leave empty when there is no need to book. */
    booking_url: linkOrSitePath.optional(),
    /** The first week it runs (2026-09-14). */
    from: dateWithin('clubs must run', CLUB_YEARS_AHEAD),
    /** The last date it can run (2026-12-18). */
    until: dateWithin('clubs must run', CLUB_YEARS_AHEAD),
    /** Dates it does not meet besides holidays and INSET days (a trip, a school event). */
    except: list(dateWithin('clubs must run', CLUB_YEARS_AHEAD)),
    draft,
  })
  .superRefine((v, ctx) => {
    if (CLOCK_TIME.test(v.start_time) && CLOCK_TIME.test(v.end_time) && v.end_time <= v.start_time) {
      ctx.addIssue({ code: 'custom', path: ['end_time'], message: `"${v.end_time}" is not after the start time (${v.start_time}).` });
    }
    if (isRealDate(v.from) && isRealDate(v.until) && v.until < v.from) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: `"${v.until}" is before the first date (${v.from}).` });
    }
    const days = new Set(v.days.map((d) => (WEEKDAYS.indexOf(d) + 1) % 7));
    v.except.forEach((day, i) => {
      if (!isRealDate(day) || !isRealDate(v.from) || !isRealDate(v.until)) return;
      if (day < v.from || day > v.until || !days.has(weekdayOf(day))) {
        ctx.addIssue({
          code: 'custom',
          path: ['except', i],
          message: `"${day}" is not a day the club meets (${v.days.join(', ')}, from ${v.from} until ${v.until}).`,
        });
      }
    });
  });

export type Club = z.infer<typeof clubSchema>;
export type Weekday = Club['days'][number];
