/**
 * Which vacancies are open. A vacancy closes at its closing time in school time; the site is
 * rebuilt every day, so a closed vacancy leaves the list, the feed and the search on the next
 * build, and its page (kept, so links to it still work) says it has closed.
 */
import type { Vacancy } from '../../schemas/vacancy';
import { formatWhen } from '../core/format';
import { toInstant, type LocalDateTime } from '../core/time';
import { escapeHtml } from './html';
import { CONTRACT_LABELS, WORKING_PATTERN_LABELS } from './labels';

interface Closing {
  data: { closes: LocalDateTime };
}

/** The instant applications close. */
export function closingInstant(vacancy: Closing, timeZone: string): Date {
  return toInstant(vacancy.data.closes, timeZone);
}

/** Still taking applications at `now`. */
export function isOpen(vacancy: Closing, now: Date, timeZone: string): boolean {
  return now.getTime() < closingInstant(vacancy, timeZone).getTime();
}

/** The vacancies open at `now`, closing soonest first (then by title). */
export function openVacancies<V extends Closing & { data: { title: string } }>(vacancies: readonly V[], now: Date, timeZone: string): V[] {
  return vacancies
    .filter((v) => isOpen(v, now, timeZone))
    .sort((a, b) => closingInstant(a, timeZone).getTime() - closingInstant(b, timeZone).getTime() || a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** One line of a vacancy's key facts: "Hours: 32.5 hours a week, term time only". */
export interface VacancyFact {
  label: string;
  value: string;
}

/** When applications close, as the advert says it: "Friday 4 December 2026, 12pm". */
export function closingWords(closes: LocalDateTime): string {
  return formatWhen({ start: closes, end: closes });
}

/** The facts an applicant looks for first, in the order adverts give them. */
export function vacancyFacts(v: Pick<Vacancy, 'pay' | 'hours' | 'working' | 'contract' | 'starts' | 'closes'>): VacancyFact[] {
  return [
    { label: 'Pay', value: v.pay },
    { label: 'Hours', value: v.hours },
    { label: 'Contract', value: `${WORKING_PATTERN_LABELS[v.working]}, ${CONTRACT_LABELS[v.contract].toLowerCase()}` },
    { label: 'Starts', value: v.starts },
    { label: 'Closing date', value: closingWords(v.closes) },
  ];
}

/**
 * The whole advert as HTML, for feed readers and search engines' job listings: the summary, the
 * key facts, the text (already rendered and cleaned) and the safer-recruitment statement.
 */
export function vacancyHtml(
  v: Pick<Vacancy, 'summary' | 'pay' | 'hours' | 'working' | 'contract' | 'starts' | 'closes'>,
  bodyHtml: string,
  saferRecruitment: string,
): string {
  const facts = vacancyFacts(v)
    .map((f) => `<li><strong>${escapeHtml(f.label)}:</strong> ${escapeHtml(f.value)}</li>`)
    .join('');
  return `<p>${escapeHtml(v.summary)}</p><ul>${facts}</ul>${bodyHtml}<p>${escapeHtml(saferRecruitment)}</p>`;
}
