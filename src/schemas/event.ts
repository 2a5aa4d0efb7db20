/**
 * An event: `content/events/<slug>.md` → `/events/<slug>/`. Times are school (Europe/London) time.
 */
import { z } from 'astro/zod';
import { compareLocal, isAllDay, isRealDate, isRealLocalDateTime, weekdayOf } from '../lib/core/time';
import { dateOrDateTimeWithin, dateWithin, draft, httpsUrl, list, oneOf, slug, summary, text } from './common';

export const EVENT_CATEGORIES = [
  'consultation',
  'assembly',
  'workshop',
  'induction',
  'trip',
  'performance',
  'term-dates',
  'holiday',
  'inset',
  'governors',
  'club',
  'community',
  'open-day',
  'other',
] as const;

/**
 * Term dates and the school calendar are planned a few years ahead (and weekly clubs repeat until
 * a date far off), so events may be up to five years after this one; later is a mistyped year.
 */
const EVENT_YEARS_AHEAD = 5;

const isRealDateOrTime = (value: unknown) => typeof value === 'string' && (isRealDate(value) || isRealLocalDateTime(value));

export const eventSchema = z
  .object({
    /** The event's name, such as "Parent consultations". */
    title: text({ max: 120 }),
    /** A date (2026-10-14) for an all-day event, or a date and time (2026-10-14T15:30). */
    start: dateOrDateTimeWithin('events must be', EVENT_YEARS_AHEAD),
    /** When it ends, written the same way as start. For all-day events, the last day. Leave empty for a single day. */
    end: dateOrDateTimeWithin('events must be', EVENT_YEARS_AHEAD).optional(),
    /** Where it happens ("School hall"). */
    location: text({ max: 150 }).optional(),
    /**
     * The kind of event. A "holiday" (every day from start to end) and an "inset" day are days the
     * school is closed to pupils: clubs and weekly events in term time only do not meet on them.
     */
    category: oneOf(EVENT_CATEGORIES),
    /** Short names of the classes it is for. Leave empty for the whole school. */
    classes: list(slug),
    /** For an event that happens every week. */
    repeat: z
      .object({
        /** How often: only "week" for now. */
        every: oneOf(['week']),
        /** The last date it can happen. */
        until: dateWithin('events must be', EVENT_YEARS_AHEAD),
        /** Dates in the pattern when it does not happen (a trip day, a performance). */
        except: list(dateWithin('events must be', EVENT_YEARS_AHEAD)),
        /**
         * In term time only: no date in a school holiday or on an INSET day. The site knows them from
         * the events of kind "holiday" (every day from start to end) and "inset" (INSET days).
         */
        term_time_only: z.boolean({ error: 'must be true or false.' }).default(false),
      })
      .optional(),
    /** Where parents book a place or a time slot (https). */
    booking_url: httpsUrl.optional(),
    /** One or two sentences for the events list and calendars. */
    summary,
    draft,
  })
  .superRefine((v, ctx) => {
    // An unreadable start has its own problem already; comparing with it would only add confusing ones.
    if (!isRealDateOrTime(v.start)) return;
    if (v.end !== undefined && isRealDateOrTime(v.end)) {
      if (isAllDay(v.start) !== isAllDay(v.end)) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `"${v.end}" must be written the same way as start ("${v.start}"): both dates, or both dates with times.`,
        });
      } else if (compareLocal(v.end, v.start) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `"${v.end}" is before the start ("${v.start}"). The end must be the same as or after the start.`,
        });
      }
    }
    if (v.repeat) {
      const startDay = v.start.slice(0, 10);
      if (isRealDate(v.repeat.until) && v.repeat.until < startDay) {
        ctx.addIssue({ code: 'custom', path: ['repeat', 'until'], message: `"${v.repeat.until}" is before the first date (${startDay}).` });
      }
      if (v.end !== undefined && isRealDateOrTime(v.end) && v.end.slice(0, 10) !== startDay) {
        ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'only works for events that start and end on the same day.' });
      }
      v.repeat.except.forEach((day, i) => {
        if (!isRealDate(day) || !isRealDate(v.repeat!.until)) return;
        if (day < startDay || day > v.repeat!.until || weekdayOf(day) !== weekdayOf(startDay)) {
          ctx.addIssue({
            code: 'custom',
            path: ['repeat', 'except', i],
            message: `"${day}" is not one of this event's dates (it repeats every week on the same day as ${startDay}, until ${v.repeat!.until}).`,
          });
        }
      });
    }
  });

export type SchoolEvent = z.infer<typeof eventSchema>;
/** An event category as the schema accepts it (every one needs a label in src/lib/domain/labels.ts). */
export type EventCategory = SchoolEvent['category'];
