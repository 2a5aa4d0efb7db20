/** What the admissions page gathers for families choosing a school: open days, and the pages that hold required information. */
import type { LocalDate } from '../core/time';
import { allOccurrences, notFinished, upcoming, type Dated } from './events';
import type { EventTiming } from '../core/recurrence';
import { entryPath } from '../../schemas/routes';

type EventLike = { id: string; data: EventTiming & { classes: string[]; category: string } };

/** The open days still to come (events of category `open-day`), soonest first. */
export function openDays<E extends EventLike>(events: readonly E[], today: LocalDate): Dated<E>[] {
  return upcoming(
    allOccurrences(
      notFinished(
        events.filter((e) => e.data.category === 'open-day'),
        today,
      ),
    ),
    today,
  );
}

interface Providing {
  id: string;
  data: { title: string; summary: string; statutory: string[] };
}

/**
 * The published policies and pages that provide an item of the statutory list (the admission
 * arrangements, the uniform policy), policies first, as links with their summaries. A page that
 * is a fixed page's own text (`except`) is left out: it is the page they are shown on.
 */
export function providing(
  key: string,
  policies: readonly Providing[],
  pages: readonly Providing[],
  except: readonly string[] = [],
): { title: string; summary: string; href: string }[] {
  return [
    ...policies.filter((p) => p.data.statutory.includes(key)).map((p) => ({ title: p.data.title, summary: p.data.summary, href: entryPath('policies', p.id) })),
    ...pages
      .filter((p) => p.data.statutory.includes(key) && !except.includes(p.id))
      .map((p) => ({ title: p.data.title, summary: p.data.summary, href: entryPath('pages', p.id) })),
  ];
}
