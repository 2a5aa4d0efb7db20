/**
 * Every rule that rejects content has a fixture in tests/fixtures/rejected/<rule>/ (an overlay on
 * the valid basic fixture that breaks exactly that rule) and a row here checking that the problem
 * names the file, the field and what is allowed, in words an office administrator understands.

 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { BASIC_CONTENT, contentWithOverlay } from '../helpers/content';

// [fixture, file (relative to the content folder), field (undefined: the whole file), words in the message]
const RULES: [string, string, string | undefined, string][] = [
  ['impossible-date', 'policies/behaviour.md', 'approved', '"2026-02-30" is not a real date (check the day and month).'],
  ['date-wrong-format', 'newsletters/2026-11-20-newsletter-1.md', 'date', '"20/11/2026" is not written as a date. Use YYYY-MM-DD, for example 2026-09-01.'],
  [
    'datetime-with-offset',
    'events/celebration-assembly.md',
    'start',
    '"2026-09-04T14:45+01:00" ends with a time zone. Write a date and time in school time (2026-10-14T18:00), with no time zone.',
  ],
  ['end-before-start', 'events/half-term.md', 'end', '"2026-10-20" is before the start ("2026-10-26")'],
  ['end-different-kind', 'events/half-term.md', 'end', 'must be written the same way as start ("2026-10-26"): both dates, or both dates with times'],
  ['unknown-class-in-update', 'class-updates/elm/2026-10-09-leaf-hunt.md', 'class', '"elm" is not a class. The classes are: oak.'],
  ['update-folder-mismatch', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'class', 'is "willow" but the update is in the "oak" folder. They must match.'],
  ['unknown-class-in-event', 'events/oak-trip.md', 'classes 2', '"elm" is not a class. The classes are: oak.'],
  [
    'unknown-related-policy',
    'policies/behaviour.md',
    'related 1',
    '"uniforms" is not a policy. Did you mean uniform? Use the short name of a policy file in content/policies/.',
  ],
  ['related-to-itself', 'policies/behaviour.md', 'related 1', 'a policy cannot be related to itself.'],
  ['related-to-draft', 'policies/behaviour.md', 'related 1', '"secret-plan" is a draft policy, so parents could not open it.'],
  ['image-missing-alt', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'images 1 → alt', 'is missing: every picture needs a description (alt text)'],
  ['image-empty-alt', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'images 1 → alt', 'is empty: every picture needs a description (alt text)'],
  ['images-without-consent', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'photo_consent', 'must be ticked (true) before photos are published'],
  [
    'missing-upload',
    'class-updates/oak/2026-10-09-leaf-hunt.md',
    'images 1 → src',
    '"/uploads/classes/oak/Leaf.jpg" was not found. Upload the file again, or check its name (capital letters matter).',
  ],
  ['duplicate-slug', 'policies/uniform.mdx', undefined, 'policies/uniform.md, so both would have the same web address. Rename or remove one of them.'],
  ['missing-required-field', 'policies/behaviour.md', 'title', 'is missing. Please fill it in.'],
  ['summary-too-long', 'policies/behaviour.md', 'summary', 'is 359 characters long; keep it to 300 characters or fewer.'],
  ['http-booking-url', 'events/oak-trip.md', 'booking_url', '"http://bookings.example.org/oak" must start with https:// (secure links only).'],
  ['http-survey-url', 'surveys/parent-survey.md', 'form_url', 'must start with https:// (secure links only).'],
  [
    'survey-host-look-alike',
    'surveys/parent-survey.md',
    'form_url',
    'is hosted at forms.office.com.evil.example, which is not in the list of allowed survey providers',
  ],
  ['survey-javascript-url', 'surveys/parent-survey.md', 'form_url', '"javascript:alert(1)" must start with https:// (secure links only).'],
  [
    'survey-host-not-allowed',
    'surveys/parent-survey.md',
    'form_url',
    'is hosted at forms.evil.example.com, which is not in the list of allowed survey providers (survey_hosts in content/settings/school.yaml: forms.office.com)',
  ],
  [
    'misspelt-field',
    'newsletters/2026-11-20-newsletter-1.md',
    'drafts',
    'is not a field this kind of entry has, so it would be ignored. Did you mean draft? Check the spelling; the fields are: title, date, summary, image, draft.',
  ],
  [
    'file-name-not-a-web-address',
    'policies/Uniform Policy.md',
    undefined,
    'has a file name that cannot be a web address. Use lower-case letters, numbers and hyphens only, for example uniform-policy.md',
  ],
  ['reserved-page-name', 'pages/policies.md', undefined, 'cannot be called "policies": the site already uses /policies/ for something else.'],
  ['invalid-yaml', 'policies/behaviour.md', undefined, 'could not be read (line 5): a value starts with a quote mark (") but does not end with one.'],
  ['unknown-category', 'policies/behaviour.md', 'category', '"sports" is not one of the choices. Choose one of: curriculum, safeguarding, send, behaviour,'],
  ['review-months-out-of-range', 'policies/behaviour.md', 'review_months', 'must be 60 months (5 years) or fewer.'],
  [
    'repeat-exception-not-in-pattern',
    'events/celebration-assembly.md',
    'repeat → except 1',
    '"2026-10-29" is not one of this event\'s dates (it repeats every week on the same day as 2026-09-04, until 2026-12-18).',
  ],
  [
    'letter-without-class-or-year-group',
    'curriculum-letters/oak-autumn-2026-27.md',
    'class',
    'give the class (such as oak) or the year_group (such as Year 3) the letter is for.',
  ],
  ['letter-year-group-mismatch', 'curriculum-letters/oak-autumn-2026-27.md', 'year_group', 'is "Year 4" but Oak Class is Year 3.'],
  ['bad-academic-year', 'curriculum-letters/oak-autumn-2026-27.md', 'academic_year', '"2026-28" is not an academic year. Write it like 2026-27'],
  ['draft-class-referenced', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'class', '"oak" is a draft class, so this would link to a page that does not exist.'],
  ['settings-http-url', 'settings/school.yaml', 'url', '"http://fixture.example.org" must start with https://'],
  ['settings-missing-senco', 'settings/school.yaml', 'senco', 'is missing. Please fill it in.'],
  ['unknown-statutory-key', 'policies/behaviour.md', 'statutory 1', '"behaviour" is not an item on the statutory list. Use one of: contact-details,'],
  ['translation-language-not-offered', 'policies/xx', undefined, '"xx" is not a language the site is translated into (no translations are offered yet).'],
  [
    'update-outside-class-folder',
    'class-updates/loose-update.md',
    undefined,
    'must be inside a folder named after its class, for example class-updates/oak/loose-update.md.',
  ],
  ['not-markdown', 'newsletters/newsletter.docx', undefined, 'is not a Markdown (.md) entry.'],
  ['survey-closes-before-opens', 'surveys/parent-survey.md', 'closes', '"2026-11-01" is before the opening date (2026-11-09).'],
  ['repeat-until-before-start', 'events/celebration-assembly.md', 'repeat → until', '"2026-08-28" is before the first date (2026-09-04).'],
  ['repeat-spans-several-days', 'events/celebration-assembly.md', 'repeat', 'only works for events that start and end on the same day.'],
  ['datetime-not-real', 'events/oak-trip.md', 'start', '"2026-11-25T25:00" is not a real date and time (check the day, month, hour and minutes).'],
  ['no-frontmatter', 'policies/behaviour.md', undefined, 'has no frontmatter: the file must start with --- then the fields, then --- again.'],
  ['duplicate-field', 'policies/behaviour.md', undefined, 'could not be read (line 7): the field owner is written twice. Keep only one of them.'],
  [
    'colon-in-value',
    'policies/behaviour.md',
    undefined,
    'could not be read (line 2): a value contains a colon followed by a space (": "). Put quotes around the value, like this: title: "Behaviour: how we help children".',
  ],
  [
    'yaml-bad-indentation',
    'policies/behaviour.md',
    undefined,
    'could not be read (line 6): this line starts with spaces, so it is read as part of the line above.',
  ],
  ['document-not-https', 'policies/behaviour.md', 'documents 1 → file', 'must be an uploaded file (/uploads/...) or a web address starting with https://'],
  ['missing-document', 'policies/behaviour.md', 'documents 1 → file', '"/uploads/policies/behaviour.pdf" was not found.'],
  ['newsletter-image-missing', 'newsletters/2026-11-20-newsletter-1.md', 'image → src', '"/uploads/newsletters/harvest.jpg" was not found.'],
  [
    'upload-path-with-space',
    'class-updates/oak/2026-10-09-leaf-hunt.md',
    'images 1 → src',
    '"/uploads/classes/oak/leaf hunt.jpg" is not an uploaded file. Upload it through the editor, or write a path starting with /uploads/ (no spaces).',
  ],
  ['draft-not-true-or-false', 'newsletters/2026-11-20-newsletter-1.md', 'draft', 'must be true or false.'],
  [
    'letter-bad-year-group',
    'curriculum-letters/oak-autumn-2026-27.md',
    'year_group',
    '"Year Three" is not one of the choices. Choose one of: Nursery, Reception, Year 1,',
  ],
  ['page-named-after-language', 'pages/en.md', undefined, 'cannot be called "en": the site already uses /en/ for something else.'],
  ['settings-missing', 'settings/school.yaml', undefined, 'is missing. Every site needs its settings file'],
  [
    'settings-survey-host-not-a-host-name',
    'settings/school.yaml',
    'survey_hosts 1',
    '"https://forms.office.com" is not a host name. Write only the host, such as forms.office.com',
  ],
  ['settings-bad-language-code', 'settings/school.yaml', 'languages 1 → code', '"English" is not a language code. Use a short code such as en, ur, pl or ar.'],
  ['upload-name-with-percent-sign', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'images 1 → src', '"/uploads/classes/oak/leaf-100%.jpg" was not found.'],
  [
    'unknown-field-in-picture',
    'class-updates/oak/2026-10-09-leaf-hunt.md',
    'images 1 → caption',
    'is not a field of images 1, so it would be ignored. Check the spelling; the fields there are: src, alt.',
  ],
  [
    'settings-misspelt-field',
    'settings/school.yaml',
    'statutory_mising',
    'is not a field the settings file has, so it would be ignored. Did you mean statutory_missing?',
  ],
  [
    'class-folder-not-a-web-address',
    'class-updates/Oak Class',
    undefined,
    "is a folder whose name cannot be a web address. Name it after its class: the class's file name in content/classes/",
  ],
  ['empty-title', 'newsletters/2026-11-20-newsletter-1.md', 'title', 'is empty. Please fill it in.'],
  ['survey-form-height-too-small', 'surveys/parent-survey.md', 'form_height', 'is 100; it must be at least 200 pixels.'],
  ['datetime-not-real-with-end', 'events/celebration-assembly.md', 'start', '"2026-09-04T25:45" is not a real date and time'],
  ['class-with-a-problem', 'classes/oak.md', 'teachers', 'needs at least one teacher.'],
  ['settings-problem-hides-others', 'class-updates/oak/2026-10-09-leaf-hunt.md', 'images 1 → src', '"/uploads/classes/oak/Leaf.jpg" was not found.'],
  [
    'upload-is-a-folder',
    'class-updates/oak/2026-10-09-leaf-hunt.md',
    'images 1 → src',
    '"/uploads/classes/oak" is a folder, not a file. Add the file\'s name to the end, such as /uploads/classes/oak/leaf.jpg.',
  ],
  [
    'upload-outside-uploads-folder',
    'class-updates/oak/2026-10-09-leaf-hunt.md',
    'images 1 → src',
    '"/uploads/../settings/school.yaml" points outside the uploads folder.',
  ],
  ['survey-host-with-port', 'surveys/parent-survey.md', 'form_url', '"https://forms.office.com:8443/r/abc" has a port number (:8443) after the host.'],
  ['settings-bad-timezone', 'settings/school.yaml', 'timezone', '"London" is not a time zone. Use a name from the time zone list, such as Europe/London'],
  ['settings-negative-weekly-hours', 'settings/school.yaml', 'weekly_hours', 'is -32.5; it must be a number of hours above 0, such as 32.5.'],
  ['translation-not-checked', 'policies/ur/behaviour.md', undefined, 'has no frontmatter'],
  [
    'translation-without-original',
    'policies/ur/behavior.md',
    undefined,
    'has no original to translate: there is no policies/behavior.md. Did you mean behaviour.md?',
  ],
  [
    'translation-copies-original-fields',
    'policies/ur/behaviour.md',
    undefined,
    'has fields that only the original has (category, committee, owner, approved, review_months). A translation takes them from the original',
  ],
  ['translation-of-an-event', 'events/ur', undefined, 'is a translation folder, but only policies, newsletters, pages, notices can be translated.'],
  [
    'misspelt-collection-folder',
    'polices',
    undefined,
    'is not a folder the site reads, so nothing in it would be published. Did you mean policies? The folders are: class-updates, classes,',
  ],
  [
    'related-misspelt-as-itself',
    'policies/behaviour.md',
    'related 1',
    '"behavour" is not a policy. Use the short name of a policy file in content/policies/, such as uniform.',
  ],
  ['unknown-class-not-listing-drafts', 'events/oak-trip.md', 'classes 2', '"elm" is not a class. The classes are: oak.'],
  [
    'markdown-ending-in-capitals',
    'newsletters/2026-11-27-newsletter-2.MD',
    undefined,
    'ends in .MD in capital letters. Rename it to 2026-11-27-newsletter-2.md.',
  ],
  // Symbolic links (made from the fixture's LINKS file): never followed, whatever they point at.
  [
    'symlink-to-file-outside-content',
    'uploads/policies/behaviour.pdf',
    undefined,
    `is a link to a file elsewhere (${resolve('package.json')}), not a real file (it is a "symbolic link"). The site never publishes links`,
  ],
  [
    'symlinked-folder',
    'uploads/shared',
    undefined,
    `is a link to a folder elsewhere (${resolve('src/data')}), not a real folder (it is a "symbolic link"). The site never publishes links`,
  ],
  ['symlink-loop', 'uploads/loop.pdf', undefined, 'is a link that points round in a circle (loop.pdf), not a real file'],
  ['dangling-symlink', 'uploads/policies/old-prices.pdf', undefined, 'is a link to something that does not exist (prices-2019.pdf), not a real file'],
  ['symlinked-entry', 'policies/readme.md', undefined, 'Delete the link and put the real file here instead (copy it, or upload it through the editor).'],
  ['symlinked-settings', 'settings/school.yaml', undefined, 'is a link to a file elsewhere'],
  // Characters nobody means to type, which break feeds and YAML, and text that is not UTF-8.
  [
    'control-character-in-body',
    'newsletters/2026-11-20-newsletter-1.md',
    undefined,
    'has an invisible character (form feed, U+000C) on line 8, column 10, just after "Hello and", that was probably pasted in with some text.',
  ],
  [
    'control-character-in-frontmatter',
    'pages/about.md',
    undefined,
    'has an invisible character (vertical tab, U+000B) on line 3, column 16, just after "summary: Who we"',
  ],
  ['control-character-in-quoted-summary', 'policies/behaviour.md', undefined, 'has an invisible character (backspace, U+0008) on line 3'],
  ['control-character-in-settings', 'settings/school.yaml', undefined, 'has an invisible character (null character, U+0000) on line 6, column 17'],
  ['c1-control-character', 'events/half-term.md', undefined, 'has an invisible character (next-line control character, U+0085) on line 2'],
  ['non-character', 'class-updates/oak/2026-10-09-leaf-hunt.md', undefined, 'has an invisible character (non-character, U+FFFF) on line 12'],
  [
    'invalid-utf8',
    'policies/uniform.md',
    undefined,
    'is not saved as UTF-8 text: on line 15, column 27, just after "Green jumpers from the caf", there is a character the site cannot read',
  ],
  [
    'yaml-alias-bomb',
    'policies/behaviour.md',
    undefined,
    'could not be read: it repeats other parts of itself (the values marked with & and *) too many times.',
  ],
  ['settings-alias-bomb', 'settings/school.yaml', undefined, 'could not be read: it repeats other parts of itself'],
  // Dates with a mistyped year (the bounds move with SITE_NOW, fixed below).
  [
    'date-mistyped-year',
    'class-updates/oak/2026-10-09-leaf-hunt.md',
    'date',
    '"1906-12-06" looks like a mistyped year: class updates must be dated between 2000-01-01 and 2028-12-31.',
  ],
  [
    'event-year-too-far-ahead',
    'events/oak-trip.md',
    'start',
    '"2062-11-25T09:00" looks like a mistyped year: events must be between 2000-01-01 and 2031-12-31.',
  ],
  [
    'approval-date-years-ahead',
    'policies/behaviour.md',
    'approved',
    '"2042-09-10" looks like a mistyped year: approval dates must be between 2000-01-01 and 2027-12-31.',
  ],
  // Links in the text of what parents read (npm run doctor reports the same, from this check).
  [
    'link-to-missing-upload',
    'pages/about.md',
    undefined,
    'has a link on line 9 that parents could not follow: "/uploads/forms/uniform-order.pdf" was not found. Upload the file again, or check its name (capital letters matter).',
  ],
  [
    'link-outside-uploads',
    'pages/about.md',
    undefined,
    'has a link on line 9 that parents could not follow: "/uploads/../../package.json" points outside the uploads folder.',
  ],
  [
    'link-to-uploaded-picture',
    'pages/about.md',
    undefined,
    '"/uploads/classes/oak/leaf.jpg" is not a document (PDF, Word, Excel, PowerPoint, OpenDocument, RTF, text or CSV), and the site only publishes uploaded documents as they are',
  ],
  [
    'link-to-missing-page',
    'newsletters/2026-11-20-newsletter-1.md',
    undefined,
    'has a link on line 10 that parents could not follow: "/policies/uniforms/" is not a page on the site. Did you mean /policies/uniform/?',
  ],
  [
    'link-to-draft-page',
    'newsletters/2026-11-20-newsletter-1.md',
    undefined,
    '"/policies/secret-plan/" is a draft, so parents could not open it. Publish it first, or remove the link.',
  ],
  [
    'link-to-later-entry',
    'newsletters/2026-11-20-newsletter-1.md',
    undefined,
    '"/classes/oak/2026-12-04-future-update/" is only published on 2026-12-04, after this is.',
  ],
  // The governors' register: dates and numbers that cannot be true, and what a register must not hold.
  [
    'governor-stepped-down-before-appointed',
    'governors/jo-bloggs.md',
    'stepped_down',
    '"2024-08-31" is before they were appointed (2024-09-01). Check both dates',
  ],
  [
    'governor-term-ends-before-appointed',
    'governors/jo-bloggs.md',
    'term_ends',
    '"2020-08-31" is before they were appointed (2024-09-01): a term ends after it starts.',
  ],
  ['governor-attended-more-than-meetings', 'governors/jo-bloggs.md', 'attendance 1 → attended', 'is 7, more than the 6 meetings in 2025-26.'],
  ['governor-attendance-before-appointed', 'governors/jo-bloggs.md', 'attendance 1 → year', 'is 2023-24, before they were appointed (2024-09-01, in 2024-25).'],
  ['governor-attendance-after-stepping-down', 'governors/jo-bloggs.md', 'attendance 2 → year', 'is 2025-26, after they stepped down (2025-08-31, in 2024-25).'],
  ['governor-attendance-year-twice', 'governors/jo-bloggs.md', 'attendance 2 → year', '"2025-26" is given twice. Keep one line per school year.'],
  [
    'governor-academy-category-at-maintained-school',
    'governors/jo-bloggs.md',
    'category',
    'is "trustee", which only an academy trust has, but the school is a maintained school (school_type in content/settings/school.yaml). Choose one of: parent, staff,',
  ],
  ['governor-home-address', 'governors/jo-bloggs.md', 'address', 'is not a field this kind of entry has, so it would be ignored.'],
  // Vacancies: a closing time that cannot work, no way to apply, pay figures the wrong way round.
  ['vacancy-closes-before-advertised', 'vacancies/class-teacher.md', 'closes', '"2026-11-01T12:00" is before the advert is published (2026-11-13).'],
  [
    'vacancy-closing-date-without-time',
    'vacancies/class-teacher.md',
    'closes',
    '"2026-12-04" has no time. Add a time of day in school time, such as 2026-12-04T12:00 for noon.',
  ],
  [
    'vacancy-no-way-to-apply',
    'vacancies/class-teacher.md',
    'apply_url',
    'is missing: say how to apply, with a web address (apply_url, starting with https://), an email address (apply_email), or both.',
  ],
  [
    'vacancy-salary-range-reversed',
    'vacancies/class-teacher.md',
    'salary → max',
    'is 30000, less than min (40000). Put the lowest amount in min and the highest in max.',
  ],
  ['vacancy-missing-document', 'vacancies/class-teacher.md', 'documents 1 → file', '"/uploads/vacancies/pack.pdf" was not found.'],
  // Urgent notices: at the top of every page while up, so a wrong date or a link nowhere is refused.
  [
    'notice-expires-before-starts',
    'notices/snow-day.md',
    'expires',
    '"2026-12-02T23:59" is not after the start ("2026-12-03T06:30"). A notice must come down after it goes up',
  ],
  [
    'notice-too-long',
    'notices/building-works.md',
    'expires',
    '"2027-01-08T16:00" is 47 days after the start ("2026-11-23T08:00"). A notice sits at the top of every page, so it may last at most 14 days: choose an earlier date, or set long_running: true',
  ],
  ['notice-unknown-severity', 'notices/snow-day.md', 'severity', '"urgent" is not one of the choices. Choose one of: closure, warning, info.'],
  [
    'notice-link-to-missing-page',
    'notices/snow-day.md',
    'link',
    'is a link that parents could not follow: "/policies/uniforms/" is not a page on the site. Did you mean /policies/uniform/?',
  ],
  ['notice-link-to-another-site', 'notices/snow-day.md', 'link', '"//evil.example/closures" is not a page of this site.'],
  // Clubs: their sessions go into every family's calendar.
  ['club-time-not-a-time', 'clubs/chess.md', 'start_time', '"12:40pm" is not a time. Write it as HH:mm on the 24-hour clock, for example 15:20 for 3:20pm.'],
  ['club-except-not-a-club-day', 'clubs/chess.md', 'except 1', '"2026-10-28" is not a day the club meets (thursday, from 2026-09-10 until 2026-12-17).'],
  // Lunch menus.
  ['menu-starts-not-monday', 'menus/lunch.md', 'starts', '"2026-09-08" is not a Monday. A menu starts on the Monday of the week when week 1 is served.'],
  ['menu-ends-before-starts', 'menus/lunch.md', 'ends', '"2026-09-01" is before the menu starts (2026-09-07).'],
  ['menu-too-many-weeks', 'menus/lunch.md', 'weeks', 'has 7 weeks; a menu cycle is at most 6 weeks.'],
  [
    'menu-unknown-allergen',
    'menus/lunch.md',
    'weeks 1 → monday 1 → allergens 2',
    '"nuts" is not one of the choices. Choose one of: celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, tree-nuts, peanuts, sesame, soya, sulphites.',
  ],
  [
    'menu-vegan-not-vegetarian',
    'menus/lunch.md',
    'weeks 1 → tuesday 2 → vegetarian',
    'is false, but the dish is marked vegan: a vegan dish is vegetarian too. Set vegetarian to true, or vegan to false.',
  ],
  ['menu-allergen-twice', 'menus/lunch.md', 'weeks 1 → wednesday 1 → allergens 3', '"milk" is listed twice. Keep only one.'],
  ['menu-day-missing', 'menus/lunch.md', 'weeks 1 → friday', 'is missing: every school day of a menu week needs its dishes.'],
  ['menu-day-without-dishes', 'menus/lunch.md', 'weeks 1 → thursday', 'needs at least one dish. Every school day of a menu week has a lunch.'],
  [
    'menu-misspelt-field',
    'menus/lunch.md',
    'weeks 1 → monday 1 → vegeterian',
    'is not a field of weeks 1 → monday 1, so it would be ignored. Did you mean vegetarian? Check the spelling; the fields there are: dish, vegetarian, vegan, allergens.',
  ],
  ['menus-same-start', 'menus/winter.md', 'starts', 'is the same Monday as'],
  // The settings parents act on: the welcome's photo, the prospectus, the links to outside services.
  [
    'settings-welcome-photo-without-consent',
    'settings/school.yaml',
    'welcome → photo_consent',
    'must be ticked (true) before photos are published: confirm that every child shown has photo consent, or remove the photos.',
  ],
  ['settings-welcome-photo-without-alt', 'settings/school.yaml', 'welcome → photo → alt', 'is missing: every picture needs a description (alt text)'],
  ['settings-welcome-photo-missing', 'settings/school.yaml', 'welcome → photo → src', '"/uploads/welcome/head.jpg" was not found.'],
  ['settings-welcome-photo-outside-uploads', 'settings/school.yaml', 'welcome → photo → src', 'points outside the uploads folder.'],
  ['settings-prospectus-missing', 'settings/school.yaml', 'admissions → prospectus → file', '"/uploads/documents/prospectus.pdf" was not found.'],
  [
    'settings-absence-without-a-way',
    'settings/school.yaml',
    'parent_actions → absence',
    'needs at least one way to tell the school: phone, email or url (an online form).',
  ],
  [
    'settings-payments-javascript-url',
    'settings/school.yaml',
    'parent_actions → payments → url',
    '"javascript:alert(document.cookie)" must start with https:// (secure links only).',
  ],
  ['settings-newsletter-signup-not-https', 'settings/school.yaml', 'newsletter_email → signup_url', 'must start with https:// (secure links only).'],
];

// Fixtures that cause more than one problem, and why.
const EXPECTED_COUNT: Record<string, number> = {
  // The draft class is referenced by two updates, a letter and an event.
  'draft-class-referenced': 4,
  // Renaming uniform.md leaves behaviour.md's related link pointing at nothing.
  'file-name-not-a-web-address': 2,
  // The settings problem does not stop the photo from being checked.
  'settings-problem-hides-others': 2,
  // The same link written plainly and with %2e%2e for "..".
  'link-outside-uploads': 2,
};

// The latest dates allowed are counted from "now"; the fixtures are written for this day.
beforeAll(() => {
  vi.stubEnv('SITE_NOW', '2026-11-23');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the valid fixture', () => {
  it('has no problems', () => {
    expect(checkContent(BASIC_CONTENT).problems).toEqual([]);
  });
});

/** Checks the fixture's problems include one for `file` and `field` saying `words`, and no others. */
function expectProblem(fixture: string, file: string, field: string | undefined, words: string, count: number): void {
  const { problems } = checkContent(contentWithOverlay(fixture));
  const match = problems.find((p) => p.file.endsWith(file) && p.field === field);
  expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
  expect(match!.message).toContain(words);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(count);
}

describe('each rejection rule', () => {
  it('has a fixture, and every fixture has a rule here', () => {
    expect(readdirSync('tests/fixtures/rejected').sort()).toEqual(RULES.map((r) => r[0]).sort());
  });

  it.each(RULES)('%s: %s names the field and what is allowed', (fixture, file, field, words) => {
    expectProblem(fixture, file, field, words, EXPECTED_COUNT[fixture] ?? 1);
  });
});
