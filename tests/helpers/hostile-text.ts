/**
 * Arbitrary text an editor could paste, for the property-based tests (fast-check): every control
 * character, markup that means something to HTML, XML, iCalendar or a script (`<title>`,
 * `</script>`, `]]>`, `&#11;`, `;`, `\`), astral characters, lone surrogate halves, right-to-left
 * marks and overrides, mixed with ordinary letters.
 */
import fc from 'fast-check';

/** One seed for every property run, so a failure is reproduced by running the test again (fast-check prints the seed and the failing input). */
export const PROPERTY_RUNS = { seed: 20261123, numRuns: 200 } as const;

const MARKUP = [
  '<title>',
  '</title>',
  '<script>',
  '</script>',
  '<script>alert(1)</script>',
  '<style>',
  '<textarea>',
  '<xmp>',
  '<plaintext>',
  '<svg>',
  '<math>',
  '<template>',
  '<noscript>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
  '<b>',
  '</p>',
  '&',
  '&amp;',
  '&#11;',
  '&nbsp;',
  '"',
  "'",
  '<',
  '>',
  ';',
  ',',
  ':',
  '\\',
  '\\n',
  'javascript:',
  '{',
  '}',
  '*',
  '_',
  '#',
  '`',
  '[x](y)',
];
const UNUSUAL = [
  '😀',
  '\u{1F600}',
  '👩‍👩‍👧',
  '\u200F',
  '\u200E',
  '\u202E',
  '\u202C',
  '\u2028',
  '\u2029',
  '\u00A0',
  '\uFEFF',
  'عربي',
  'اردو',
  'ł',
  'é',
  '\u0301',
  '\uFDD0',
];
const BREAKS = ['\r', '\n', '\r\n', '\t', ' ', '  '];
/** What XML 1.0 and RFC 5545 forbid in text: the writers must take them out. */
const FORBIDDEN = ['\u0000', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
const unit = (forbidden: boolean) =>
  fc.oneof(
    { arbitrary: word, weight: 4 },
    { arbitrary: fc.constantFrom(...MARKUP), weight: 3 },
    { arbitrary: fc.constantFrom(...UNUSUAL, ...BREAKS), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
    ...(forbidden
      ? [
          { arbitrary: fc.constantFrom(...FORBIDDEN), weight: 2 },
          { arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), weight: 1 },
        ]
      : []),
  );

/** Any text, forbidden characters included: what reaches a writer if nothing before it filtered. */
export const hostileText = fc.array(unit(true), { maxLength: 24 }).map((parts) => parts.join(''));

/** Text the content check accepts (no control character other than tab and line breaks, no lone surrogate), still full of markup and unusual characters. */
export const acceptedText = fc
  .array(unit(false), { maxLength: 16 })
  .map((parts) => parts.join('').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu, ''));

/**
 * Words separated by tags that once swallowed what followed them, and by ordinary markup. No `-->`:
 * words inside a closed comment are meant to be hidden (editors leave each other notes that way).
 */
export const wordsAndTags = fc.array(fc.oneof(word, fc.constantFrom(...MARKUP.filter((m) => m !== '-->'))), { minLength: 1, maxLength: 20 });
