/**
 * The governors' register: who is on the board on a given day, who stepped down in the last 12
 * months (the law asks for them too, so they stay on the page for a year and then drop off on
 * their own), attendance over the last school year, and what the clerk should put right.
 * Everything is counted from "today", so the daily rebuild keeps the page true without an edit.
 */
import { GOVERNOR_CATEGORIES, type Governor, type GovernorCategory } from '../../schemas/governor';
import { formatDay } from '../core/format';
import { academicYearOf } from '../core/school-year';
import { addMonths, type LocalDate } from '../core/time';

/** A governor's entry as the register needs it. */
export interface GovernorEntry {
  id: string;
  data: Pick<
    Governor,
    'title' | 'category' | 'appointed' | 'term_ends' | 'stepped_down' | 'position' | 'committees' | 'interests_declared' | 'attendance' | 'draft'
  >;
}

/** How long someone who stepped down stays on the register, in months. */
export const STEPPED_DOWN_MONTHS = 12;

/** On the board on `today`: appointed by then, and not yet stepped down. */
export function isCurrentGovernor(g: GovernorEntry, today: LocalDate): boolean {
  return !g.data.draft && g.data.appointed <= today && (g.data.stepped_down === undefined || g.data.stepped_down > today);
}

/** Stepped down within the last 12 months, so still on the register. */
export function steppedDownRecently(g: GovernorEntry, today: LocalDate): boolean {
  const left = g.data.stepped_down;
  return !g.data.draft && left !== undefined && left <= today && left > addMonths(today, -STEPPED_DOWN_MONTHS);
}

/** The school year before the current one ("2025-26" on 23 November 2026): the one the attendance table covers. */
export function lastSchoolYear(today: LocalDate): string {
  return academicYearOf(addMonths(today, -12));
}

/** The surname, for sorting: the last word of the name ("Mrs Amina Patel" → "Patel"). */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;
const byName = <G extends GovernorEntry>(a: G, b: G) =>
  surname(a.data.title).localeCompare(surname(b.data.title), 'en-GB') || a.data.title.localeCompare(b.data.title, 'en-GB');
const POSITION_ORDER = { chair: 0, 'vice-chair': 1 } as const;
/** The chair first, then the vice-chair, then everyone by surname. */
const boardOrder = <G extends GovernorEntry>(a: G, b: G) =>
  (a.data.position ? POSITION_ORDER[a.data.position] : 2) - (b.data.position ? POSITION_ORDER[b.data.position] : 2) || byName(a, b);

export interface AttendanceRow<G> {
  governor: G;
  meetings: number;
  attended: number;
  /** Still on the board (otherwise stepped down in the last 12 months). */
  current: boolean;
}

export interface AttendanceTable<G> {
  /** The school year, "2025-26". */
  year: string;
  rows: AttendanceRow<G>[];
  total: { meetings: number; attended: number };
}

export interface Register<G> {
  /** The chair, when the board has one. */
  chair?: G;
  viceChair?: G;
  /** Everyone on the board today: the chair, the vice-chair, then by surname. */
  current: G[];
  /** The board by kind of governor, in the order of the categories; kinds with nobody are left out. */
  byCategory: { category: GovernorCategory; governors: G[] }[];
  /** Each committee with its current members, by committee name. */
  committees: { name: string; members: G[] }[];
  /** Who stepped down in the last 12 months, most recent first. */
  steppedDown: G[];
  attendance: AttendanceTable<G>;
}

/** The register on `today`, from every governor's entry (drafts are left out). */
export function governorsRegister<G extends GovernorEntry>(governors: readonly G[], today: LocalDate): Register<G> {
  const current = governors.filter((g) => isCurrentGovernor(g, today)).sort(boardOrder);
  const steppedDown = governors
    .filter((g) => steppedDownRecently(g, today))
    .sort((a, b) => b.data.stepped_down!.localeCompare(a.data.stepped_down!) || byName(a, b));
  const committeeNames = [...new Set(current.flatMap((g) => g.data.committees))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const year = lastSchoolYear(today);
  const rows = [...current, ...steppedDown].flatMap((governor): AttendanceRow<G>[] => {
    const record = governor.data.attendance.find((a) => a.year === year);
    return record ? [{ governor, meetings: record.meetings, attended: record.attended, current: current.includes(governor) }] : [];
  });
  return {
    chair: current.find((g) => g.data.position === 'chair'),
    viceChair: current.find((g) => g.data.position === 'vice-chair'),
    current,
    byCategory: GOVERNOR_CATEGORIES.map((category) => ({ category, governors: current.filter((g) => g.data.category === category) })).filter(
      (group) => group.governors.length > 0,
    ),
    committees: committeeNames.map((name) => ({ name, members: current.filter((g) => g.data.committees.includes(name)) })),
    steppedDown,
    attendance: {
      year,
      rows,
      total: { meetings: rows.reduce((n, r) => n + r.meetings, 0), attended: rows.reduce((n, r) => n + r.attended, 0) },
    },
  };
}

/** Attended as a share of meetings, in whole per cent; undefined when there were no meetings. */
export function attendancePercent(record: { meetings: number; attended: number }): number | undefined {
  return record.meetings > 0 ? Math.round((record.attended / record.meetings) * 100) : undefined;
}

/** Something on the register the clerk should put right, about one governor's entry. */
export interface RegisterWarning {
  id: string;
  message: string;
}

/**
 * What the register gets wrong without being impossible: a term that has ended with no date they
 * stepped down, no declaration of interests (or one more than a year old), no attendance for the
 * last school year for someone who served in it, and two chairs or two vice-chairs at once.
 */
export function registerWarnings(governors: readonly GovernorEntry[], today: LocalDate): RegisterWarning[] {
  const warnings: RegisterWarning[] = [];
  const year = lastSchoolYear(today);
  const current = governors.filter((g) => isCurrentGovernor(g, today));
  for (const g of current) {
    const { title, term_ends, interests_declared } = g.data;
    if (term_ends !== undefined && term_ends < today) {
      warnings.push({
        id: g.id,
        message: `the term of office of ${title} ended on ${term_ends}, but no date they stepped down is given, so the register still shows them on the board. If they were reappointed, set appointed and term_ends to the new term; if they left, set stepped_down.`,
      });
    }
    if (interests_declared === undefined) {
      warnings.push({
        id: g.id,
        message: `${title} has no declaration of interests. Add the date of their latest declaration (interests_declared) and the interests they declared; with none, leave interests empty and the register says “none declared”.`,
      });
    } else if (interests_declared <= addMonths(today, -12)) {
      warnings.push({
        id: g.id,
        message: `${title} last declared their interests on ${interests_declared}, more than a year ago. Governors declare every year: add the date of the new declaration (interests_declared).`,
      });
    }
  }
  for (const g of [...current, ...governors.filter((x) => steppedDownRecently(x, today))]) {
    const servedThen = academicYearOf(g.data.appointed) <= year;
    if (servedThen && !g.data.attendance.some((a) => a.year === year)) {
      warnings.push({
        id: g.id,
        message: `${g.data.title} served in ${year}, but their attendance that year is not given, so the register's attendance table leaves them out. Add a line to attendance for ${year} (meetings: 0 if there were none while they served).`,
      });
    }
  }
  for (const position of ['chair', 'vice-chair'] as const) {
    const holders = current.filter((g) => g.data.position === position);
    for (const extra of holders.slice(1)) {
      warnings.push({
        id: extra.id,
        message: `${extra.data.title} and ${holders[0]!.data.title} are both shown as ${position} of the board. Set position on the one who no longer holds it (or remove it).`,
      });
    }
  }
  return warnings;
}

/** A term of office in words: "1 September 2024 to 31 August 2028", or "from 1 September 2019, while in post". */
export function termOfOffice(g: Pick<Governor, 'appointed' | 'term_ends'>): string {
  return g.term_ends ? `${formatDay(g.appointed)} to ${formatDay(g.term_ends)}` : `From ${formatDay(g.appointed)}, while in post`;
}

/**
 * What the register says about someone's business interests: the interests they declared, "none
 * declared" when they declared none, or that no declaration has been recorded (never a silent blank).
 */
export function interestsStatement(g: Pick<Governor, 'interests' | 'interests_declared'>): { items: string[]; note: string } {
  if (g.interests_declared === undefined) return { items: g.interests, note: 'No declaration recorded yet.' };
  const when = `declared ${formatDay(g.interests_declared)}`;
  return g.interests.length ? { items: g.interests, note: `(${when})` } : { items: [], note: `None (${when}).` };
}
