/** Academic years and terms in England. */
import type { LocalDate } from './time';

/** The academic year a date falls in, written "2026-27" (a year runs September to August). */
export function academicYearOf(day: LocalDate): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Term order within a year. */
export const TERM_ORDER = { autumn: 0, spring: 1, summer: 2 } as const;
