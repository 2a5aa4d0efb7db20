/** A survey open or closed, and its results as percentages (src/lib/domain/survey.ts). */
import { describe, expect, it } from 'vitest';
import { answerShares, surveyState } from '../../src/lib/domain/survey';

describe('surveys', () => {
  const survey = { opens: '2026-11-09', closes: '2026-12-04' };
  it('is open from the first to the last day inclusive', () => {
    expect(surveyState(survey, '2026-11-08')).toBe('not-yet-open');
    expect(surveyState(survey, '2026-11-09')).toBe('open');
    expect(surveyState(survey, '2026-12-04')).toBe('open');
    expect(surveyState(survey, '2026-12-05')).toBe('closed');
  });
  it('gives percentages that add up to 100', () => {
    const shares = answerShares({ strongly_agree: 1, agree: 1, disagree: 1, strongly_disagree: 0, dont_know: 0 });
    expect(shares.map((s) => s.percent)).toEqual([34, 33, 33, 0, 0]);
    expect(answerShares({ strongly_agree: 0, agree: 0, disagree: 0, strongly_disagree: 0, dont_know: 0 }).every((s) => s.percent === 0)).toBe(true);
  });
});
