/**
 * Prints every policy's review status, for the clerk or a scheduled CI job:
 *   npm run policies:report                     a table
 *   npm run policies:report -- --json           the same as JSON
 *   npm run policies:report -- --fail-on-overdue  exit code 1 when any review is overdue
 *   npm run policies:report -- --trust          in a trust's repository: every policy of the trust
 *                                               and of every school (trust-wide, local versions,
 *                                               schools' own); --school <slug> and --committee
 *                                               "<name>" narrow it, as the trust's dashboard does
 * "Today" comes from SITE_NOW when it is set, otherwise the clock. A school in a trust (SCHOOL=<slug>)
 * is reported with the trust's policies it publishes.
 */
import { parseArgs } from 'node:util';
import { checkSite } from '../src/lib/content/site-check';
import { reviewCounts, reviewRows } from '../src/lib/domain/governors';
import { isPublished } from '../src/lib/domain/publishing';
import { TRUST_SITE, filterTrustRows, schoolsFromChecks, trustCounts, trustPolicyRows, type TrustPolicyRow } from '../src/lib/domain/trust';
import { entryPath } from '../src/schemas/routes';
import { localDateOf, siteNow } from '../src/lib/core/time';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'fail-on-overdue': { type: 'boolean', default: false },
    trust: { type: 'boolean', default: false },
    school: { type: 'string' },
    committee: { type: 'string' },
  },
});
// --trust reports the trust as a whole, whichever school SCHOOL names.
const checked = checkSite(args.trust ? { ...process.env, SCHOOL: undefined } : process.env);
const { problems, settings, entries } = checked;
if (!settings) {
  console.error(problems.map((p) => `${p.file}${p.field ? ` — ${p.field}` : ''}: ${p.message}`).join('\n'));
  process.exit(2);
}
if (args.trust && checked.target.kind !== 'trust') {
  console.error('--trust needs a trust’s repository: a trust/ folder and a schools/ folder in content/ (or in SITE_TRUST_DIR). See docs/trusts.md.');
  process.exit(2);
}
const sites = [TRUST_SITE, ...Object.keys(checked.schools ?? {})];
if (args.school && !sites.includes(args.school)) {
  console.error(`--school ${args.school}: not one of the trust's schools. Choose one of: ${sites.join(', ')}.`);
  process.exit(2);
}
const today = localDateOf(siteNow(settings.timezone), settings.timezone);
const live = (entry: unknown) => isPublished(entry as never, today);
type Policies = Parameters<typeof reviewRows>[0];
const trustRows = args.trust
  ? filterTrustRows(
      trustPolicyRows(
        { name: settings.name, url: settings.url, policies: entries.policies.filter(live) as unknown as Policies },
        schoolsFromChecks((checked.schools ?? {}) as never, live),
        today,
        settings.review_due_soon_days,
        (id) => entryPath('policies', id),
      ),
      { site: args.school, committee: args.committee },
    )
  : undefined;
const rows = trustRows ?? reviewRows(entries.policies.filter(live) as unknown as Policies, today, settings.review_due_soon_days);
const counts = trustRows ? trustCounts(trustRows) : reviewCounts(rows);

if (args.json) {
  console.log(JSON.stringify({ today, due_soon_days: settings.review_due_soon_days, counts, policies: rows }, null, 2));
} else {
  const LABEL = { overdue: 'OVERDUE', 'due-soon': 'due soon', 'in-date': 'in date' } as const;
  const WHOSE = { trust: 'trust-wide', 'local-version': 'local version', school: 'school' } as const;
  const whose = (r: TrustPolicyRow) =>
    r.origin === 'trust' ? `Trust-wide${r.replacedAt.length ? ` (local at ${r.replacedAt.join(', ')})` : ''}` : `${r.siteName} (${WHOSE[r.origin]})`;
  const table = rows.map((r) => [r.title, ...(trustRows ? [whose(r as TrustPolicyRow)] : []), r.committee, r.due, LABEL[r.state], String(r.daysLeft)]);
  const header = ['Policy', ...(trustRows ? ['Whose'] : []), 'Committee', 'Next review', 'Status', 'Days left'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(`Policy reviews for ${settings.name} on ${today} (due soon = within ${settings.review_due_soon_days} days)\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log(`\n${counts.overdue} overdue, ${counts['due-soon']} due soon, ${counts['in-date']} in date.`);
  if (trustRows) {
    const c = trustCounts(trustRows);
    console.log(`${c.trust} trust-wide, ${c['local-version']} local version(s) of a trust policy, ${c.school} schools’ own.`);
  }
}
if (problems.length > 0) console.error(`\nNote: ${problems.length} content problem(s) found; run npm run build to see them.`);
if (args['fail-on-overdue'] && counts.overdue > 0) process.exit(1);
