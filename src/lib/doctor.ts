/**
 * `npm run doctor`: everything a school should look at, without building the site. Problems stop
 * a build and must be fixed; warnings are what governors, the office or whoever looks after the
 * site should see to (overdue reviews, items the law asks for, a CMS with no Git host).
 */
import { join } from 'node:path';
import { cmsBackend, type CmsEnvironment } from './cms-config';
import { checkContent } from './content-check';
import { reviewRows, statutoryChecklist } from './governors';
import { isConsultationDraft } from './consultation';
import { isPublished } from './publishing';
import { statutoryItems } from './statutory';
import { localDateOf, siteNow, type LocalDate } from './time';
import type { CollectionName } from '../schemas';

export interface Finding {
  /** What area of the site it is about. */
  topic: 'content' | 'links' | 'pictures' | 'statutory' | 'reviews' | 'cms';
  /** The file to change, when there is one. */
  file?: string;
  message: string;
}

export interface DoctorReport {
  today: LocalDate;
  problems: Finding[];
  warnings: Finding[];
  /** What was checked and found fine, one line each. */
  passed: string[];
}

/** Pictures in Markdown with no description: `![](…)`, or `<img>` without a non-empty alt. */
export function picturesWithoutAlt(markdown: string): string[] {
  const markdownImages = [...markdown.matchAll(/!\[\s*\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!);
  const htmlImages = [...markdown.matchAll(/<img\b[^>]*>/gi)].filter((m) => !/\salt="\s*[^"\s][^"]*"/i.test(m[0])).map((m) => /\ssrc="([^"]*)"/i.exec(m[0])?.[1] ?? 'a picture');
  return [...markdownImages, ...htmlImages];
}

/** Checks a content folder and the CMS environment; `now` is SITE_NOW or the clock. */
export function runDoctor(dir: string, env: CmsEnvironment & Record<string, string | undefined> = process.env): DoctorReport {
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  const passed: string[] = [];
  const { problems: contentProblems, settings, entries, links } = checkContent(dir, env);

  // Links are checked by the content check, so the doctor and the build never disagree about one.
  const linkProblems = new Set(links.problems);
  for (const p of contentProblems) problems.push({ topic: linkProblems.has(p) ? 'links' : 'content', file: p.file, message: `${p.field ? `${p.field}: ` : ''}${p.message}` });
  const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
  if (contentProblems.length === links.problems.length) passed.push(`Settings and content: ${total} entries, every field as it should be.`);

  const timezone = settings?.timezone ?? 'Europe/London';
  const today = localDateOf(siteNow(timezone, env), timezone);
  const live = Object.fromEntries(
    // Drafts under consultation have a page too.
    Object.entries(entries).map(([name, list]) => [name, list.filter((e) => isPublished(e as never, today) || isConsultationDraft(e as never))]),
  ) as Record<CollectionName, typeof entries.policies>;

  // Pictures in what parents can read.
  let pictures = 0;
  for (const entry of Object.values(live).flat()) {
    for (const src of picturesWithoutAlt(entry.body)) {
      pictures++;
      problems.push({ topic: 'pictures', file: entry.file, message: `the picture ${src} has no description. Write what it shows between the square brackets: ![Children planting bulbs](${src}).` });
    }
  }
  if (links.problems.length === 0) passed.push(`Links: ${links.checked} links inside the site all lead somewhere.`);
  if (pictures === 0) passed.push('Pictures: every picture in the text has a description.');

  if (settings) {
    const policies = live.policies as never[];
    const checklist = statutoryChecklist(statutoryItems(), settings, policies, live.pages as never[], today, settings.review_due_soon_days);
    const missing = checklist.filter((r) => r.status === 'missing');
    const overdueOnly = checklist.filter((r) => r.status === 'overdue');
    for (const row of missing) {
      const finding = { topic: 'statutory' as const, message: `nothing publishes "${row.item.title}" (${row.item.key}), which the law asks the school to publish. Add "${row.item.key}" to the statutory list of the page or policy that does.` };
      (settings.statutory_missing === 'fail' ? problems : warnings).push(finding);
    }
    for (const row of overdueOnly) warnings.push({ topic: 'statutory', message: `"${row.item.title}" is published, but only in policies whose review is overdue.` });
    if (missing.length === 0 && overdueOnly.length === 0) passed.push(`What the law asks you to publish: all ${checklist.length} items are there.`);

    const rows = reviewRows(policies, today, settings.review_due_soon_days);
    const overdue = rows.filter((r) => r.state === 'overdue');
    for (const r of overdue) {
      warnings.push({ topic: 'reviews', file: join(dir, 'policies', `${r.id}.md`), message: `the review of "${r.title}" was due on ${r.due} (${r.committee}). Once the governors approve it, set approved to the new date.` });
    }
    const soon = rows.filter((r) => r.state === 'due-soon').length;
    if (overdue.length === 0) passed.push(`Policy reviews: none overdue${soon ? `, ${soon} due within ${settings.review_due_soon_days} days` : ''}.`);
  }

  const cms = cmsBackend(env, false);
  for (const message of cms.problems) problems.push({ topic: 'cms', message });
  if (!cms.problems.length && !cms.configured) {
    warnings.push({ topic: 'cms', message: 'no Git host is set up for the CMS, so editors cannot log in to /admin/ on the live site. Set CMS_BACKEND and CMS_REPO where the site is built (see “Connecting the school’s Git host” in docs/setting-up.md).' });
  }
  if (!cms.problems.length && cms.configured) passed.push(`CMS: ${String(cms.backend.name)}${cms.backend.repo ? ` (${String(cms.backend.repo)})` : ''}, ${cms.publish_mode === 'editorial_workflow' ? 'with review before publishing' : 'publishing directly'}.`);

  return { today, problems, warnings, passed };
}

/** The report in plain words, for a terminal or a CI log. */
export function formatReport(report: DoctorReport): string {
  const line = (f: Finding) => `  • ${f.file ? `${f.file} — ` : ''}${f.message}`;
  const out = [`Checked on ${report.today}.`, ''];
  if (report.problems.length) out.push(`✗ ${report.problems.length} problem(s) to fix (the site will not build, or shows a broken link):`, ...report.problems.map(line), '');
  if (report.warnings.length) out.push(`! ${report.warnings.length} thing(s) to look at:`, ...report.warnings.map(line), '');
  out.push(...report.passed.map((p) => `✓ ${p}`));
  if (!report.problems.length && !report.warnings.length) out.push('', 'Nothing to do.');
  return out.join('\n');
}
