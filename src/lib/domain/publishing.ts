/** Which entries parents can see, and in what order. */
import type { LocalDate } from '../core/time';

interface Publishable {
  data: { draft?: boolean; date?: LocalDate };
}

/**
 * An entry is public when it is not a draft and its date (if it has one) has arrived: a
 * newsletter dated Friday appears on Friday, so the office can prepare it in advance.
 */
export function isPublished(entry: Publishable, today: LocalDate): boolean {
  if (entry.data.draft) return false;
  return entry.data.date === undefined || entry.data.date <= today;
}

/** Newest first by `date`, then by id so the order is stable between builds. */
export function newestFirst<T extends { id: string; data: { date: LocalDate } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.data.date === b.data.date ? a.id.localeCompare(b.id) : a.data.date < b.data.date ? 1 : -1));
}

/** Groups entries by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
