/** Data for the governors' pages, from the published policies, pages and governors. */
import { listForSite, reviewRows, statutoryChecklist } from '../lib/domain/governors';
import { governorsRegister } from '../lib/domain/register';
import { statutoryList } from '../lib/content/statutory';
import { getGovernors, getPages, getPolicies, settings, today } from './site';
import { siteKind, trustPublishing } from './trust';

export async function getReviewRows() {
  return reviewRows(await getPolicies(), today, settings.review_due_soon_days);
}

export async function getChecklist() {
  return statutoryChecklist(
    listForSite(statutoryList(), siteKind === 'trust'),
    settings,
    await getPolicies(),
    await getPages(),
    today,
    settings.review_due_soon_days,
    await getGovernors(),
    trustPublishing(),
  );
}

/** The governors' register as it stands today. */
export async function getRegister() {
  return governorsRegister(await getGovernors(), today);
}

/** A committee's name as a web address part: "Full governing board" → "full-governing-board". */
export function committeeSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
