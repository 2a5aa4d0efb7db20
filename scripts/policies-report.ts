/**
 * Prints every policy's review status, for the clerk or a scheduled CI job:
 *   npm run policies:report                     a table
 *   npm run policies:report -- --json           the same as JSON
 *   npm run policies:report -- --fail-on-overdue  exit code 1 when any review is overdue
 * "Today" comes from SITE_NOW when it is set, otherwise the clock.
 */
import { checkContent } from '../src/lib/content/check';
import { reviewCounts, reviewRows } from '../src/lib/domain/governors';
import { contentDir } from '../src/lib/content/settings';
import { localDateOf, siteNow } from '../src/lib/core/time';

const args = new Set(process.argv.slice(2));
const { problems, settings, entries } = checkContent(contentDir());
if (!settings) {
  console.error(problems.map((p) => `${p.file}${p.field ? ` — ${p.field}` : ''}: ${p.message}`).join('\n'));
  process.exit(2);
}
const today = localDateOf(siteNow(settings.timezone), settings.timezone);
const policies = entries.policies.filter((p) => !p.data.draft) as unknown as Parameters<typeof reviewRows>[0];
const rows = reviewRows(policies, today, settings.review_due_soon_days);
const counts = reviewCounts(rows);

if (args.has('--json')) {
  console.log(JSON.stringify({ today, due_soon_days: settings.review_due_soon_days, counts, policies: rows }, null, 2));
} else {
  const LABEL = { overdue: 'OVERDUE', 'due-soon': 'due soon', 'in-date': 'in date' } as const;
  const table = rows.map((r) => [r.title, r.committee, r.due, LABEL[r.state], String(r.daysLeft)]);
  const header = ['Policy', 'Committee', 'Next review', 'Status', 'Days left'];
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
}
if (problems.length > 0) console.error(`\nNote: ${problems.length} content problem(s) found; run npm run build to see them.`);
if (args.has('--fail-on-overdue') && counts.overdue > 0) process.exit(1);
