/**
 * What the search index knows about each page: its kind, the filters it can be found by and the
 * details shown with a result, plus the spelling suggestions Pagefind itself does not make.
 */
import { academicYearOf } from '../core/school-year';
import type { LocalDate } from '../core/time';

/** The kinds of page in the index, in the order the search page offers them. */
export const SEARCH_TYPES = {
  policy: 'Policies',
  page: 'Information',
  newsletter: 'Newsletters',
  'class-update': 'Class updates',
  class: 'Classes',
  'curriculum-letter': 'Curriculum letters',
  event: 'Events',
  'home-learning': 'Home learning',
  survey: 'Surveys',
  support: 'Support for families',
  vacancy: 'Vacancies',
  club: 'Clubs',
  notice: 'Notices',
} as const;

export type SearchKind = keyof typeof SEARCH_TYPES;

/** The filter names used in the index and in the search page's address (`/search/?q=…&type=…`). */
export const SEARCH_FILTERS = ['type', 'class', 'category', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** How strongly a page's title and summary count when ranking (Pagefind's 0–10 scale, squared). */
const TITLE_WEIGHT: Record<SearchKind, number> = {
  policy: 10,
  page: 10,
  support: 9,
  class: 9,
  survey: 8,
  event: 8,
  'curriculum-letter': 7,
  newsletter: 7,
  'class-update': 7,
  'home-learning': 8,
  vacancy: 8,
  club: 9,
  notice: 7,
};

/** A page's entry in the search index. */
export interface SearchEntry {
  kind: SearchKind;
  /** Filter values: the page is found under each. */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Shown under the result's title (its kind, and its date when it has one). */
  meta: { type: string; date?: string };
  /** Dated before the previous school year: in the archive index, searched only when asked for. */
  archive: boolean;
  /** Weight of the page's title; the summary counts half as much above ordinary text. */
  titleWeight: number;
  summaryWeight: number;
}

interface EntryDetails {
  /** The day the page is about or was published, if it has one. */
  date?: LocalDate;
  /** The date as written on the page ("13 November 2026"). */
  dateLabel?: string;
  /** Class names the page belongs to. */
  classes?: string[];
  /** The policy category, in words. */
  category?: string;
  /** The first day of the current index: a page dated before it goes to the archive index. */
  archiveBefore?: LocalDate;
}

/** Builds the index entry for a page of one kind. */
export function searchEntry(kind: SearchKind, details: EntryDetails = {}): SearchEntry {
  const filters: SearchEntry['filters'] = { type: [SEARCH_TYPES[kind]] };
  if (details.classes?.length) filters.class = details.classes;
  if (details.category) filters.category = [details.category];
  if (details.date) filters.year = [schoolYearLabel(details.date)];
  const titleWeight = TITLE_WEIGHT[kind];
  return {
    kind,
    filters,
    meta: { type: SINGULAR[kind], ...(details.dateLabel ? { date: details.dateLabel } : {}) },
    archive: Boolean(details.date && details.archiveBefore && details.date < details.archiveBefore),
    titleWeight,
    summaryWeight: Math.max(1, Math.round(titleWeight / 2)),
  };
}

const SINGULAR: Record<SearchKind, string> = {
  policy: 'Policy',
  page: 'Information',
  newsletter: 'Newsletter',
  'class-update': 'Class update',
  class: 'Class',
  'curriculum-letter': 'Curriculum letter',
  event: 'Event',
  'home-learning': 'Home learning',
  survey: 'Survey',
  support: 'Support for families',
  vacancy: 'Vacancy',
  club: 'Club',
  notice: 'Notice',
};

/** "School year 2026 to 2027" is how the year filter reads; the value is "2026–27". */
export function schoolYearLabel(day: LocalDate): string {
  return academicYearOf(day).replace('-', '–');
}

/** The filter values a search page offers: each filter's values, most useful first. */
export function filterOptions(entries: readonly SearchEntry[]): Record<SearchFilter, string[]> {
  const options = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, new Set<string>()])) as Record<SearchFilter, Set<string>>;
  for (const entry of entries) {
    for (const f of SEARCH_FILTERS) for (const value of entry.filters[f] ?? []) options[f].add(value);
  }
  const typeOrder = Object.values(SEARCH_TYPES) as string[];
  return {
    type: [...options.type].sort((a, b) => typeOrder.indexOf(a) - typeOrder.indexOf(b)),
    class: [...options.class].sort((a, b) => a.localeCompare(b, 'en-GB')),
    category: [...options.category].sort((a, b) => a.localeCompare(b, 'en-GB')),
    // Newest school year first: that is what parents look for.
    year: [...options.year].sort().reverse(),
  };
}

/** The words a search could mean, from titles and summaries: lower case, at least three letters. */
export function searchVocabulary(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase('en-GB').match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
      if (word.length >= 3) words.add(word.replace(/[’]/g, "'"));
    }
  }
  return [...words].sort();
}

/**
 * A corrected query when some of its words are not known but are close to one that is
 * ("complants" → "complaints"), or null when every word is known or nothing is close enough.
 */
export function suggestSpelling(query: string, vocabulary: readonly string[]): string | null {
  const known = new Set(vocabulary);
  let changed = false;
  const words = query.trim().toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const corrected = words.map((word) => {
    if (word.length < 4 || known.has(word) || known.has(word.replace(/s$/, ''))) return word;
    const best = closestWord(word, vocabulary);
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected.join(' ') : null;
}

/** The nearest known word within one edit per four letters (so short words are not "corrected" wildly). */
function closestWord(word: string, vocabulary: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(word.length / 4));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours), stopping early past `ceiling`. */
export function editDistance(a: string, b: string, ceiling = Infinity): number {
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= ceiling) return ceiling;
    twoBack = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether the results found the words as typed, judging by what Pagefind highlighted. Pagefind
 * forgives typos by matching similar words, so a mistyped search still finds something; when no
 * highlighted word starts like a typed word, the search is worth a "Did you mean …?".
 */
export function foundAsTyped(query: string, excerpts: readonly string[]): boolean {
  const marked = new Set(excerpts.flatMap((e) => [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLocaleLowerCase('en-GB'))));
  const words = query
    .toLocaleLowerCase('en-GB')
    .split(/\s+/)
    .filter((w) => w.length >= 4);
  return words.every((word) => {
    const stem = word.replace(/(es|s)$/, '');
    return [...marked].some((m) => m.startsWith(stem) || stem.startsWith(m));
  });
}

/**
 * The first day of the previous school year (1 September): pages dated before it are searched only
 * when a parent asks for older news, so a ten-year archive does not make every search slower.
 */
export function archiveCutoff(today: LocalDate): LocalDate {
  const start = Number(academicYearOf(today).slice(0, 4)) - 1;
  return `${start}-09-01`;
}
