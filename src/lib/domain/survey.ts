/** Survey open/closed state and result percentages. */
import type { LocalDate } from '../core/time';

export type SurveyState = 'not-yet-open' | 'open' | 'closed';

/** Open from the `opens` day to the end of the `closes` day, school time. */
export function surveyState(survey: { opens: LocalDate; closes: LocalDate }, today: LocalDate): SurveyState {
  if (today < survey.opens) return 'not-yet-open';
  return today > survey.closes ? 'closed' : 'open';
}

export const ANSWERS = ['strongly_agree', 'agree', 'disagree', 'strongly_disagree', 'dont_know'] as const;
export type Answer = (typeof ANSWERS)[number];

export const ANSWER_LABELS: Record<Answer, string> = {
  strongly_agree: 'Strongly agree',
  agree: 'Agree',
  disagree: 'Disagree',
  strongly_disagree: 'Strongly disagree',
  dont_know: 'Don’t know',
};

/** Chart colours, darkest for the strongest agreement; each meets 3:1 against white. */
export const ANSWER_COLOURS: Record<Answer, string> = {
  strongly_agree: '#1f5a4a',
  agree: '#4f8a76',
  disagree: '#b7791f',
  strongly_disagree: '#a8251c',
  dont_know: '#6b7370',
};

/**
 * Each answer's count and whole-number percentage of those who answered the question.
 * Percentages use the largest-remainder method, so they always add up to 100.
 */
export function answerShares(counts: Record<Answer, number>): { answer: Answer; count: number; percent: number }[] {
  const total = ANSWERS.reduce((n, a) => n + counts[a], 0);
  if (total === 0) return ANSWERS.map((answer) => ({ answer, count: 0, percent: 0 }));
  const exact = ANSWERS.map((a) => (counts[a] * 100) / total);
  const floors = exact.map(Math.floor);
  let spare = 100 - floors.reduce((n, x) => n + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (spare-- <= 0) break;
    floors[i]! += 1;
  }
  return ANSWERS.map((answer, i) => ({ answer, count: counts[answer], percent: floors[i]! }));
}

/** The text alternative for a question's chart: every answer with its percentage. */
export function chartDescription(counts: Record<Answer, number>): string {
  return answerShares(counts)
    .map((s) => `${ANSWER_LABELS[s.answer]} ${s.percent}%`)
    .join(', ');
}

/** Percentage who agreed or strongly agreed (the shares' own rounding, so it matches the table). */
export function agreedPercent(counts: Record<Answer, number>): number {
  const [strongly, agree] = answerShares(counts);
  return strongly!.percent + agree!.percent;
}

interface SurveyWithResults {
  id: string;
  data: { opens: string; results?: { questions: { text: string; counts: Record<Answer, number> }[] } };
}

/** The most recent earlier survey that has results, to compare this year's answers with. */
export function previousSurvey<S extends SurveyWithResults>(surveys: readonly S[], current: S): S | undefined {
  return surveys
    .filter((s) => s.id !== current.id && s.data.results && s.data.opens < current.data.opens)
    .sort((a, b) => (a.data.opens < b.data.opens ? 1 : -1))[0];
}
