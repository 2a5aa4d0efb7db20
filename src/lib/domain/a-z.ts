/** The A to Z of the website: every page and policy under the letter its name starts with. */

export interface AzItem {
  label: string;
  href: string;
  /** What it is ("Policy", "Class"), shown after the name. */
  kind: string;
}

/** Items grouped by first letter (A–Z, then "0–9" and others last), each group in alphabetical order. */
export function azGroups(items: readonly AzItem[]): { letter: string; id: string; items: AzItem[] }[] {
  const groups = new Map<string, AzItem[]>();
  for (const item of items) {
    const first = item.label.normalize('NFD').charAt(0).toLocaleUpperCase('en-GB');
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({
      letter,
      id: `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`,
      items: list.sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base' })),
    }));
}
