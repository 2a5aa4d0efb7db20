/**
 * Every rule that rejects content has a fixture in tests/fixtures/rejected/<rule>/ (an overlay on
 * the valid basic fixture that breaks exactly that rule) and a row here checking that the problem
 * names the file, the field and what is allowed, in words an office administrator understands.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { BASIC_CONTENT, contentWithOverlay } from '../helpers/content';

// [fixture, file (relative to the content folder), field (undefined: the whole file), words in the message]
const RULES: [string, string, string | undefined, string][] = [
  ['impossible-date', 'policies/behaviour.md', 'approved', '"2026-02-30" is not a real date (check the day and month).'],
  ['date-wrong-format', 'newsletters/2026-11-20-newsletter-1.md', 'date', '"20/11/2026" is not written as a date. Use YYYY-MM-DD, for example 2026-09-01.'],
  ['datetime-with-offset', 'events/celebration-assembly.md', 'start', 'a date and time in school time (2026-10-14T18:00), with no time zone'],
  ['end-before-start', 'events/half-term.md', 'end', '"2026-10-20" is before the start ("2026-10-26")'],
  ['end-different-kind', 'events/half-term.md', 'end', 'must be written the same way as start ("2026-10-26"): both dates, or both dates with times'],
  ['unknown-class-in-update', 'class-updates/elm/2026-10-09-leaf-hunt.md', 'class', '"elm" is not a class. The classes are: oak.'],
  ['update-folder-mismatch', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'class', 'is "willow" but the update is in the "oak" folder. They must match.'],
  ['unknown-class-in-event', 'events/oak-trip.md', 'classes 2', '"elm" is not a class. The classes are: oak.'],
  ['unknown-related-policy', 'policies/behaviour.md', 'related 1', '"uniforms" is not a policy. Use the short name of a policy file in content/policies/, such as behaviour, uniform.'],
  ['related-to-itself', 'policies/behaviour.md', 'related 1', 'a policy cannot be related to itself.'],
  ['related-to-draft', 'policies/behaviour.md', 'related 1', '"secret-plan" is a draft policy, so parents could not open it.'],
  ['image-missing-alt', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'images 1 → alt', 'is missing: every picture needs a description (alt text)'],
  ['image-empty-alt', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'images 1 → alt', 'is empty: every picture needs a description (alt text)'],
  ['images-without-consent', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'photo_consent', 'must be ticked (true) before photos are published'],
  ['missing-upload', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'images 1 → src', '"/uploads/classes/oak/Leaf.jpg" was not found. Upload the file again, or check its name (capital letters matter).'],
  ['duplicate-slug', 'policies/uniform.mdx', undefined, 'policies/uniform.md, so both would have the same web address. Rename or remove one of them.'],
  ['missing-required-field', 'policies/behaviour.md', 'title', 'is missing. Please fill it in.'],
  ['summary-too-long', 'policies/behaviour.md', 'summary', 'is 359 characters long; keep it to 300 characters or fewer.'],
  ['http-booking-url', 'events/oak-trip.md', 'booking_url', '"http://bookings.example.org/oak" must start with https:// (secure links only).'],
  ['http-survey-url', 'surveys/parent-survey.md', 'form_url', 'must start with https:// (secure links only).'],
  ['survey-host-look-alike', 'surveys/parent-survey.md', 'form_url', 'is hosted at forms.office.com.evil.example, which is not in the list of allowed survey providers'],
  ['survey-javascript-url', 'surveys/parent-survey.md', 'form_url', '"javascript:alert(1)" must start with https:// (secure links only).'],
  ['survey-host-not-allowed', 'surveys/parent-survey.md', 'form_url', 'is hosted at forms.evil.example.com, which is not in the list of allowed survey providers (survey_hosts in content/settings/school.yaml: forms.office.com)'],
  ['misspelt-field', 'newsletters/2026-11-20-newsletter-1.md', 'drafts', 'is not a field this kind of entry has, so it would be ignored. Check the spelling; the fields are: title, date, summary, image, draft.'],
  ['file-name-not-a-web-address', 'policies/Uniform Policy.md', undefined, 'has a file name that cannot be a web address. Use lower-case letters, numbers and hyphens only, for example uniform-policy.md'],
  ['reserved-page-name', 'pages/policies.md', undefined, 'cannot be called "policies": the site already uses /policies/ for something else.'],
  ['invalid-yaml', 'policies/behaviour.md', undefined, 'could not be read (line 9): Missing closing quote mark ("). Check the indentation, colons and quotes.'],
  ['unknown-category', 'policies/behaviour.md', 'category', '"sports" is not one of the choices. Choose one of: curriculum, safeguarding, send, behaviour,'],
  ['review-months-out-of-range', 'policies/behaviour.md', 'review_months', 'must be 60 months (5 years) or fewer.'],
  ['repeat-exception-not-in-pattern', 'events/celebration-assembly.md', 'repeat → except 1', '"2026-10-29" is not one of this event\'s dates (it repeats every week on the same day as 2026-09-04, until 2026-12-18).'],
  ['letter-without-class-or-year-group', 'curriculum-letters/oak-autumn-2026-27.md', 'class', 'give the class (such as oak) or the year_group (such as Year 3) the letter is for.'],
  ['letter-year-group-mismatch', 'curriculum-letters/oak-autumn-2026-27.md', 'year_group', 'is "Year 4" but Oak Class is Year 3.'],
  ['bad-academic-year', 'curriculum-letters/oak-autumn-2026-27.md', 'academic_year', '"2026-28" is not an academic year. Write it like 2026-27'],
  ['draft-class-referenced', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'class', '"oak" is a draft class, so this would link to a page that does not exist.'],
  ['settings-http-url', 'settings/school.yaml', 'url', '"http://fixture.example.org" must start with https://'],
  ['settings-missing-senco', 'settings/school.yaml', 'senco', 'is missing. Please fill it in.'],
  ['unknown-statutory-key', 'policies/behaviour.md', 'statutory 1', '"behaviour" is not an item on the statutory list. Use one of: contact-details,'],
  ['translation-language-not-offered', 'policies/xx', undefined, '"xx" is not a language the site is translated into (no translations are offered yet).'],
  ['update-outside-class-folder', 'class-updates/loose-update.md', undefined, 'must be inside a folder named after its class, for example class-updates/oak/loose-update.md.'],
  ['not-markdown', 'newsletters/newsletter.docx', undefined, 'is not a Markdown (.md) entry.'],
];

// Fixtures that cause more than one problem, and why.
const EXPECTED_COUNT: Record<string, number> = {
  // The draft class is referenced by two updates, a letter and an event.
  'draft-class-referenced': 4,
  // Renaming uniform.md leaves behaviour.md's related link pointing at nothing.
  'file-name-not-a-web-address': 2,
};

describe('the valid fixture', () => {
  it('has no problems', () => {
    expect(checkContent(BASIC_CONTENT).problems).toEqual([]);
  });
});

describe('each rejection rule', () => {
  it('has a fixture, and every fixture has a rule here', () => {
    expect(readdirSync('tests/fixtures/rejected').sort()).toEqual(RULES.map((r) => r[0]).sort());
  });

  it.each(RULES)('%s: %s names the field and what is allowed', (fixture, file, field, words) => {
    const { problems } = checkContent(contentWithOverlay(fixture));
    const match = problems.find((p) => p.file.endsWith(file) && p.field === field);
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match!.message).toContain(words);
    expect(problems).toHaveLength(EXPECTED_COUNT[fixture] ?? 1);
  });
});
