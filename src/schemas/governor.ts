/**
 * One member of the governing board (or of an academy trust): `content/governors/<slug>.md`, shown
 * in the register at `/governors/register/`. The law asks schools to publish, for everyone who
 * served in the last 12 months, who they are, how and when they were appointed, their term, their
 * roles and committees, their business interests, other governance roles, relationships with staff
 * and their attendance at meetings. Nothing else about a governor belongs here: there is no field
 * for a home address or telephone number, and the email address is optional.
 */
import { z } from 'astro/zod';
import { academicYearOf } from '../lib/core/school-year';
import { isRealDate } from '../lib/core/time';
import { academicYear, dateWithin, draft, email, list, oneOf, text, wholeNumber } from './common';

/**
 * The kinds of governor. A maintained school's board has parent, staff, local authority, co-opted,
 * foundation and partnership governors, the headteacher, and associate members (appointed to
 * committees, without a vote on the board); an academy trust also has members, trustees and the
 * local governors of each school's local governing body.
 */
export const GOVERNOR_CATEGORIES = [
  'parent',
  'staff',
  'local-authority',
  'co-opted',
  'foundation',
  'partnership',
  'headteacher',
  'associate-member',
  'member',
  'trustee',
  'local-governor',
] as const;

/** The categories that exist only in an academy trust: refused for a maintained school (`school_type` in the settings). */
export const ACADEMY_ONLY_CATEGORIES: readonly GovernorCategory[] = ['member', 'trustee', 'local-governor'];

/** A school year's meetings for one governor: how many there were that they were expected at, and how many they attended. */
const attendanceYear = z.object(
  {
    /** The school year, written 2025-26. */
    year: academicYear,
    /** Meetings of the board and of the governor's committees held that year while they served. */
    meetings: wholeNumber({ min: 0, max: 100, unit: 'meetings', example: 9 }),
    /** How many of those meetings they attended. */
    attended: wholeNumber({ min: 0, max: 100, unit: 'meetings', example: 8 }),
  },
  { error: 'must be a school year with year, meetings and attended, such as {year: 2025-26, meetings: 9, attended: 8}.' },
);

export const governorSchema = z
  .object({
    /** The governor's name as it is published, with a title if they use one ("Mrs Amina Patel"). */
    title: text({ max: 100 }),
    /** The kind of governor; member, trustee and local governor only at an academy. */
    category: oneOf(GOVERNOR_CATEGORIES),
    /** Who appointed or elected them: "Elected by parents", "The governing board", "Brackenford Council". */
    appointed_by: text({ max: 120 }),
    /** The first day of their current term of office. */
    appointed: dateWithin('appointment dates must be', 1),
    /** The last day of their term of office. Leave empty for someone who serves while in post (the headteacher). */
    term_ends: dateWithin('terms of office must end', 6).optional(),
    /** The day they stepped down, resigned or their term ended without reappointment. They stay on the register for 12 months after it. */
    stepped_down: dateWithin('the day someone stepped down must be', 1).optional(),
    /** Chair or vice-chair of the board. */
    position: oneOf(['chair', 'vice-chair']).optional(),
    /** Other roles on the board: "Safeguarding governor", "Chair of the resources committee". */
    roles: list(text({ max: 100 })),
    /** The committees they sit on, named as the board names them ("Resources"). */
    committees: list(text({ max: 100 })),
    /** The day they signed their latest declaration of business and pecuniary interests (governors declare every year). */
    interests_declared: dateWithin('declaration dates must be', 1).optional(),
    /** Business and pecuniary interests they declared. Leave empty, with the declaration date, when they declared none. */
    interests: list(text({ max: 300 })),
    /** Governance roles in other schools or trusts ("Governor at Brackenford Academy"). Empty: none. */
    other_governance: list(text({ max: 200 })),
    /** Relationships with people who work at the school ("Sister of a lunchtime supervisor"). Empty: none. */
    staff_relationships: list(text({ max: 200 })),
    /** Meetings attended, one line per school year. */
    attendance: list(attendanceYear),
    /** An email address to publish for them, only if they want one shown (often the clerk's is used instead). */
    email: email.optional(),
    draft,
  })
  .superRefine((v, ctx) => {
    // An unreadable date has its own problem already; comparing it would only add a confusing second one.
    const appointed = isRealDate(v.appointed) ? v.appointed : undefined;
    if (appointed && v.term_ends && isRealDate(v.term_ends) && v.term_ends < appointed) {
      ctx.addIssue({
        code: 'custom',
        path: ['term_ends'],
        message: `"${v.term_ends}" is before they were appointed (${appointed}): a term ends after it starts.`,
      });
    }
    // A date they stepped down before they were appointed is one mistake: attendance is not then judged by it too.
    const left = v.stepped_down && isRealDate(v.stepped_down) && (!appointed || v.stepped_down >= appointed) ? v.stepped_down : undefined;
    if (appointed && v.stepped_down && isRealDate(v.stepped_down) && v.stepped_down < appointed) {
      ctx.addIssue({
        code: 'custom',
        path: ['stepped_down'],
        message: `"${v.stepped_down}" is before they were appointed (${appointed}). Check both dates: someone steps down after they are appointed.`,
      });
    }
    const seen = new Set<string>();
    v.attendance.forEach((a, i) => {
      // Each comparison only when its values could be read: the others have problems of their own.
      if (!/^\d{4}-\d{2}$/.test(a.year)) return;
      if (Number.isInteger(a.attended) && Number.isInteger(a.meetings) && a.attended > a.meetings) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', i, 'attended'],
          message: `is ${a.attended}, more than the ${a.meetings} meetings in ${a.year}. Count only meetings they were expected at, and check both numbers.`,
        });
      }
      if (seen.has(a.year))
        ctx.addIssue({ code: 'custom', path: ['attendance', i, 'year'], message: `"${a.year}" is given twice. Keep one line per school year.` });
      seen.add(a.year);
      if (appointed && a.year < academicYearOf(appointed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', i, 'year'],
          message: `is ${a.year}, before they were appointed (${appointed}, in ${academicYearOf(appointed)}). Check the year and the appointment date.`,
        });
      }
      if (left && a.year > academicYearOf(left)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', i, 'year'],
          message: `is ${a.year}, after they stepped down (${left}, in ${academicYearOf(left)}). Check the year and the date they stepped down.`,
        });
      }
    });
  });

export type Governor = z.infer<typeof governorSchema>;
/** A kind of governor as the schema accepts it (every one needs a label in src/lib/domain/labels.ts). */
export type GovernorCategory = (typeof GOVERNOR_CATEGORIES)[number];
