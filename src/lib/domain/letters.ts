/** Which curriculum letters belong to a class, in school-year order. */
import { TERM_ORDER } from '../core/school-year';

type Letter = { id: string; data: { class?: string; year_group?: string; term: keyof typeof TERM_ORDER; academic_year: string } };

/**
 * Letters written for the class itself or for its whole year group, newest term first.
 */
export function lettersForClass<L extends Letter>(letters: readonly L[], schoolClass: { id: string; data: { year_group: string } }): L[] {
  return letters
    .filter((l) => l.data.class === schoolClass.id || (!l.data.class && l.data.year_group === schoolClass.data.year_group))
    .sort((a, b) => b.data.academic_year.localeCompare(a.data.academic_year) || TERM_ORDER[b.data.term] - TERM_ORDER[a.data.term]);
}
