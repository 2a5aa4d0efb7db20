/**
 * `npm run doctor`: everything a school should look at, without building the site. Problems must
 * be fixed (the build stops, a link is broken, or something the school must publish is missing);
 * warnings are what governors, the office or whoever looks after the site should see to (overdue
 * reviews, items the guidance says the school should publish, a CMS with no Git host).
 */
import { join, resolve } from 'node:path';
import { cmsBackend, type CmsEnvironment } from '../../admin/config/git-host';
import { checkContent } from '../../src/lib/content/check';
import { contentDir } from '../../src/lib/content/settings';
import { checkSite, trustPublishingOf } from '../../src/lib/content/site-check';
import { listForSite, missingItems, publishedChecklist, reviewRows } from '../../src/lib/domain/governors';
import { isConsultationDraft } from '../../src/lib/domain/consultation';
import { isPublished } from '../../src/lib/domain/publishing';
import { isCurrentGovernor, registerWarnings, type GovernorEntry } from '../../src/lib/domain/register';
import { statutoryList } from '../../src/lib/content/statutory';
import { localDateOf, siteNow, type LocalDate } from '../../src/lib/core/time';
import type { CollectionName } from '../../src/schemas';

export interface Finding {
  /** What area of the site it is about. */
  topic: 'content' | 'links' | 'pictures' | 'statutory' | 'reviews' | 'governors' | 'cms';
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
  const htmlImages = [...markdown.matchAll(/<img\b[^>]*>/gi)]
    .filter((m) => !/\salt="\s*[^"\s][^"]*"/i.test(m[0]))
    .map((m) => /\ssrc="([^"]*)"/i.exec(m[0])?.[1] ?? 'a picture');
  return [...markdownImages, ...htmlImages];
}

/** Checks a content folder and the CMS environment; `now` is SITE_NOW or the clock. */
export function runDoctor(dir: string, env: CmsEnvironment & Record<string, string | undefined> = process.env): DoctorReport {
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  const passed: string[] = [];
  // The site's own folder is checked as its build checks it: in a trust, with the trust's content
  // (and, for the trust's site, every school's), so one run covers the whole repository.
  const site = resolve(dir) === resolve(contentDir(env)) ? checkSite(env) : undefined;
  const { problems: contentProblems, settings, entries, links } = site ?? checkContent(dir, env);
  const trustSite = site?.target.kind === 'trust';
  const trust = site && trustPublishingOf(site);

  // Links are checked by the content check, so the doctor and the build never disagree about one.
  const linkProblems = new Set(links.problems);
  for (const p of contentProblems)
    problems.push({ topic: linkProblems.has(p) ? 'links' : 'content', file: p.file, message: `${p.field ? `${p.field}: ` : ''}${p.message}` });
  // A school's check holds the trust's policies and events too: each file is counted once.
  const count = (all: typeof entries) => Object.values(all).reduce((n, list) => n + list.filter((e) => !e.trust).length, 0);
  const schools = Object.values(site?.schools ?? {});
  const total = count(entries) + schools.reduce((n, school) => n + count(school.entries), 0);
  const whose = schools.length ? ` (the trust’s and ${schools.length} schools’)` : '';
  if (contentProblems.length === links.problems.length) passed.push(`Settings and content: ${total} entries${whose}, every field as it should be.`);

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
      problems.push({
        topic: 'pictures',
        file: entry.file,
        message: `the picture ${src} has no description. Write what it shows between the square brackets: ![Children planting bulbs](${src}).`,
      });
    }
  }
  if (links.problems.length === 0) passed.push(`Links: ${links.checked} links inside the site all lead somewhere.`);
  if (pictures === 0) passed.push('Pictures: every picture in the text has a description.');

  if (settings) {
    const policies = live.policies as never[];
    const checklist = publishedChecklist(listForSite(statutoryList(), trustSite), settings, entries, today, trust);
    const missing = missingItems(checklist);
    const overdueOnly = checklist.filter((r) => r.status === 'overdue');
    const advice = (key: string) => `Add "${key}" to the statutory list of the page or policy that does.`;
    for (const row of missing.must)
      problems.push({
        topic: 'statutory',
        message: `nothing publishes "${row.item.title}" (${row.item.key}), which the school must publish. ${advice(row.item.key)}`,
      });
    for (const row of missing.should)
      warnings.push({
        topic: 'statutory',
        message: `nothing publishes "${row.item.title}" (${row.item.key}), which the guidance says the school should publish. ${advice(row.item.key)}`,
      });
    for (const row of overdueOnly)
      warnings.push({ topic: 'statutory', message: `"${row.item.title}" is published, but only in policies whose review is overdue.` });
    const applicable = checklist.filter((r) => r.status !== 'not-applicable').length;
    if (missing.must.length + missing.should.length + overdueOnly.length === 0)
      passed.push(`What the law asks you to publish: all ${applicable} items that apply to the school are there.`);

    const rows = reviewRows(policies, today, settings.review_due_soon_days);
    const overdue = rows.filter((r) => r.state === 'overdue');
    for (const r of overdue) {
      warnings.push({
        topic: 'reviews',
        file: join(dir, 'policies', `${r.id}.md`),
        message: `the review of "${r.title}" was due on ${r.due} (${r.committee}). Once the governors approve it, set approved to the new date.`,
      });
    }
    const soon = rows.filter((r) => r.state === 'due-soon').length;
    if (overdue.length === 0) passed.push(`Policy reviews: none overdue${soon ? `, ${soon} due within ${settings.review_due_soon_days} days` : ''}.`);
  }

  // The governors' register: what is not impossible (the content check refuses that) but still wrong.
  const governors = live.governors;
  const register = registerWarnings(governors as unknown as GovernorEntry[], today);
  for (const w of register) warnings.push({ topic: 'governors', file: governors.find((g) => g.id === w.id)?.file, message: w.message });
  const board = governors.filter((g) => isCurrentGovernor(g as unknown as GovernorEntry, today)).length;
  if (board > 0 && register.length === 0)
    passed.push(`Governors’ register: ${board} on the board, every term, declaration of interests and attendance in order.`);

  const cms = cmsBackend(env, false);
  for (const message of cms.problems) problems.push({ topic: 'cms', message });
  if (!cms.problems.length && !cms.configured) {
    warnings.push({
      topic: 'cms',
      message:
        'no Git host is set up for the CMS, so editors cannot log in to /admin/ on the live site. Set CMS_BACKEND and CMS_REPO where the site is built (see “Connecting the school’s Git host” in docs/setting-up.md).',
    });
  }
  if (!cms.problems.length && cms.configured)
    passed.push(
      `CMS: ${String(cms.backend.name)}${cms.backend.repo ? ` (${String(cms.backend.repo)})` : ''}, ${cms.publish_mode === 'editorial_workflow' ? 'with review before publishing' : 'publishing directly'}.`,
    );

  return { today, problems, warnings, passed };
}

/** The report in plain words, for a terminal or a CI log. */
export function formatReport(report: DoctorReport): string {
  const line = (f: Finding) => `  • ${f.file ? `${f.file} — ` : ''}${f.message}`;
  const out = [`Checked on ${report.today}.`, ''];
  if (report.problems.length)
    out.push(
      `✗ ${report.problems.length} problem(s) to fix (the site will not build, shows a broken link, or lacks something the school must publish):`,
      ...report.problems.map(line),
      '',
    );
  if (report.warnings.length) out.push(`! ${report.warnings.length} thing(s) to look at:`, ...report.warnings.map(line), '');
  out.push(...report.passed.map((p) => `✓ ${p}`));
  if (!report.problems.length && !report.warnings.length) out.push('', 'Nothing to do.');
  return out.join('\n');
}
