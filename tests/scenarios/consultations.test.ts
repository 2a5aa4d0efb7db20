/**
 * A draft policy out for consultation on a small site, built before, during and after the
 * consultation: the banner and its form, the policy library, the consultations list, the home
 * page and the governors' dashboard; and the checks on a consultation's survey and dates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { contentWith } from '../helpers/content';
import { checkContent } from '../../src/lib/content/check';

const policy = (consultation: string) => `---
title: Mobile phones
summary: "When pupils may bring a phone to school."
category: behaviour
committee: Full governing board
owner: Headteacher
approved: 2026-12-08
review_months: 24
consultation:
${consultation}
draft: true
---
Phones are handed in at the start of the day.
`;
const CONSULTATION = '  opens: 2026-11-16\n  closes: 2026-12-04\n  survey: phones-consultation\n  decision: 2026-12-08';
const SURVEY = `---
title: "Consultation: mobile phones"
summary: "Tell us what you think of the draft."
opens: 2026-11-16
closes: 2026-12-04
form_url: https://forms.office.com/r/phones
---
Five questions.
`;
const files = { 'policies/mobile-phones.md': policy(CONSULTATION), 'surveys/phones-consultation.md': SURVEY };

const sites: Record<'before' | 'during' | 'after', BuiltSite> = {} as never;
beforeAll(() => {
  const dir = contentWith(files);
  for (const [name, now] of [
    ['before', '2026-11-10'],
    ['during', '2026-11-23'],
    ['after', '2026-12-05'],
  ] as const) {
    sites[name] = buildSite(dir, now);
    if (!sites[name].ok) throw new Error(sites[name].output);
  }
});

const banner = (site: BuiltSite) =>
  /<section class="consultation[^"]*"[^>]*data-consultation-state="(\w+)"[\s\S]*?<\/section>/.exec(site.file('/policies/mobile-phones/'));

describe('a policy consultation', () => {
  it('says when it opens, before it opens, without the form', () => {
    const m = banner(sites.before)!;
    expect(m[1]).toBe('upcoming');
    expect(textOf(m[0])).toMatch(
      /^Draft for consultation The consultation runs from Monday 16 November 2026 to Friday 4 December 2026\. You will be able to comment from Monday 16 November 2026/,
    );
    expect(m[0]).not.toContain('survey-embed');
  });

  it('asks parents to have their say while open, with the form behind the consent panel', () => {
    const m = banner(sites.during)!;
    expect(m[1]).toBe('open');
    expect(textOf(m[0])).toMatch(/^Draft for consultation — have your say by Friday 4 December 2026/);
    expect(m[0]).toMatch(/<survey-embed[^>]*data-src="https:\/\/forms\.office\.com\/r\/phones"/);
    // The home page announces it, instead of announcing its survey separately.
    const home = textOf(mainOf(sites.during.file('/')));
    expect(home).toMatch(/Have your say on a draft policy: Mobile phones/);
    expect(home).not.toMatch(/Have your say: Consultation: mobile phones/);
  });

  it('says when the governors will consider it, after it closes', () => {
    const m = banner(sites.after)!;
    expect(m[1]).toBe('closed');
    expect(textOf(m[0])).toMatch(/the governors will consider the responses at their meeting on Tuesday 8 December 2026/);
    expect(m[0]).not.toContain('survey-embed');
  });

  it('keeps the draft out of the policy library, but lists it under consultations and for governors', () => {
    for (const site of Object.values(sites)) {
      expect(site.file('/policies/')).not.toContain('/policies/mobile-phones/');
      expect(site.file('/policies/mobile-phones/')).not.toContain('data-pagefind-body');
    }
    expect(textOf(mainOf(sites.during.file('/consultations/')))).toMatch(/Mobile phones Open now: Monday 16 November 2026 to Friday 4 December 2026/);
    expect(textOf(mainOf(sites.during.file('/governors/')))).toMatch(
      /Policies under consultation Mobile phones \(new draft\): open until Friday 4 December 2026; governors decide on Tuesday 8 December 2026\./,
    );
  });

  it('must name a survey that exists, and close after it opens', () => {
    const missing = checkContent(
      contentWith({
        'policies/mobile-phones.md': policy(CONSULTATION.replace('phones-consultation', 'phone-survey')),
        'surveys/phones-consultation.md': SURVEY,
      }),
    );
    expect(missing.problems).toEqual([
      {
        file: expect.stringMatching(/policies\/mobile-phones\.md$/),
        field: 'consultation → survey',
        message: expect.stringMatching(/^"phone-survey" is not a survey\. .*phones-consultation/),
      },
    ]);
    const backwards = checkContent(
      contentWith({
        'policies/mobile-phones.md': policy('  opens: 2026-12-04\n  closes: 2026-11-16\n  survey: phones-consultation'),
        'surveys/phones-consultation.md': SURVEY,
      }),
    );
    expect(backwards.problems.map((p) => [p.field, p.message])).toEqual([
      ['consultation → closes', '"2026-11-16" is before the consultation opens (2026-12-04).'],
    ]);
  });
});
