/**
 * The jobs parents come to the website to do (report an absence, pay for meals and trips, book
 * parents' evening, open the parent app), from the settings, as links: each outside service
 * named with its company and privacy notice. Nothing is loaded from those services by the page.
 */
import type { Settings } from '../../schemas/settings';
import { telHref } from '../core/format';
import { providerOf, type Provider } from './providers';

export const PARENT_ACTIONS = ['absence', 'payments', 'parents_evening', 'app'] as const;
export type ParentActionKey = (typeof PARENT_ACTIONS)[number];

/** One way of doing a job: a phone number, an email address or a web page (with who runs it). */
export type ActionLink =
  | { kind: 'phone'; href?: string; text: string }
  | { kind: 'email'; href: string; text: string }
  | { kind: 'web'; href: string; provider: Provider & { host: string } };

export interface ParentAction {
  key: ParentActionKey;
  links: ActionLink[];
  note?: string;
}

/** The jobs the school has set up, in the order parents need them most (an absence first). */
export function parentActions(settings: Settings['parent_actions']): ParentAction[] {
  if (!settings) return [];
  return PARENT_ACTIONS.flatMap((key): ParentAction[] => {
    const action = settings[key];
    if (!action) return [];
    const links: ActionLink[] = [];
    if ('phone' in action && action.phone) links.push({ kind: 'phone', href: telHref(action.phone), text: action.phone });
    if ('email' in action && action.email) links.push({ kind: 'email', href: `mailto:${action.email}`, text: action.email });
    if (action.url) links.push({ kind: 'web', href: action.url, provider: providerOf(action.url) });
    return [{ key, links, ...(action.note ? { note: action.note } : {}) }];
  });
}

/**
 * The one link a short list (the footer) gives a job: the online form first, then email, then
 * phone; with who runs it when it leaves the site, so the footer names the company too.
 */
export function mainLink(action: ParentAction): { href: string; company?: string } | undefined {
  const order = ['web', 'email', 'phone'] as const;
  for (const kind of order) {
    const link = action.links.find((l) => l.kind === kind && l.href);
    if (link?.kind === 'web') return { href: link.href, company: link.provider.company };
    if (link?.href) return { href: link.href };
  }
  return undefined;
}
