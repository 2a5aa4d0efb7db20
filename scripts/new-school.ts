/**
 * Makes this repository a new school's site: writes content/settings/school.yaml from your
 * answers and removes the demo school's content, keeping one example of each kind as a draft.
 *
 *   npm run new-school                      asks each question in turn
 *   npm run new-school -- --name "St Anne's Primary School" --url https://www.stannes.sch.uk \
 *     --address "1 Church Lane, Brackenford, BF4 2QT" --phone "01632 960 100" \
 *     --email office@stannes.sch.uk --head "Mr A Shah" --senco-name "Ms B Ford" \
 *     --senco-email senco@stannes.sch.uk --languages en,pl,ur --school-type maintained \
 *     --phases primary --yes
 *
 * --content <folder> works on another content folder (the tests use a copy).
 *
 * In a multi-academy trust's repository, --trust adds a school beside the others instead: it
 * creates <trust folder>/schools/<slug>/ with the settings from your answers and a draft example
 * of each kind of content (copied from the demo school in --content), and changes nothing else.
 *   npm run new-school -- --trust --slug ashgrove --name "Ashgrove Primary School" …the answers above…
 * The trust folder is SITE_TRUST_DIR, or content/ when content/trust/ is a folder.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { usage } from './lib/usage';
import { kindOf } from '../src/lib/content/files';
import { cmsVariables, keepAsDraft, settingsFromAnswers, settingsYaml, starterContent, trustSchoolNextSteps, type SchoolAnswers } from './lib/new-school';
import { schoolSlugProblem, trustLayout } from './lib/trust-plan';
import { SETTINGS_FILE } from '../src/lib/content/settings';
import { COLLECTIONS } from '../src/schemas/index';

const QUESTIONS: { key: keyof SchoolAnswers; flag: string; ask: string; fallback?: string }[] = [
  { key: 'name', flag: 'name', ask: 'The school’s full name' },
  { key: 'url', flag: 'url', ask: 'The website’s address (https://…)' },
  { key: 'address', flag: 'address', ask: 'Postal address on one line, ending with town and postcode' },
  { key: 'phone', flag: 'phone', ask: 'Office phone number' },
  { key: 'email', flag: 'email', ask: 'Office email address' },
  { key: 'head', flag: 'head', ask: 'Headteacher’s name' },
  { key: 'sencoName', flag: 'senco-name', ask: 'SENCO’s name' },
  { key: 'sencoEmail', flag: 'senco-email', ask: 'SENCO’s email address' },
  { key: 'languages', flag: 'languages', ask: 'Languages the site is offered in, English first', fallback: 'en' },
  { key: 'schoolType', flag: 'school-type', ask: 'maintained or academy', fallback: 'maintained' },
  { key: 'phases', flag: 'phases', ask: 'Stages taught, separated by commas: primary, secondary, sixth-form', fallback: 'primary' },
  { key: 'gitHost', flag: 'git-host', ask: 'Where the repository lives, for the CMS: github, gitlab, gitea, forgejo or none', fallback: 'none' },
  { key: 'repo', flag: 'repo', ask: 'The repository, as owner/name (leave empty if none)', fallback: '' },
  { key: 'appId', flag: 'app-id', ask: 'GitLab, Gitea or Forgejo: the OAuth application ID (leave empty for GitHub)', fallback: '' },
  {
    key: 'baseUrl',
    flag: 'base-url',
    ask: 'GitHub: your OAuth provider’s address; Gitea, Forgejo or your own GitLab: the server’s address (or empty)',
    fallback: '',
  },
];

const { values } = parseArgs({
  options: {
    ...Object.fromEntries(QUESTIONS.map((q) => [q.flag, { type: 'string' as const }])),
    content: { type: 'string', default: 'content' },
    trust: { type: 'boolean', default: false },
    slug: { type: 'string' },
    yes: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage(import.meta.url));
  process.exit(0);
}
const contentDir = String(values.content);

// Before any question: a school that cannot be added is refused at once.
const trust = values.trust ? trustSchoolTarget(values.slug) : undefined;
if (trust && 'problem' in trust) {
  console.error(`Nothing was changed. ${trust.problem}`);
  process.exit(2);
}

async function answers(): Promise<SchoolAnswers> {
  const given = Object.fromEntries(
    QUESTIONS.map((q) => [q.key, (values[q.flag as keyof typeof values] as string | undefined) ?? '']),
  ) as unknown as SchoolAnswers;
  const missing = QUESTIONS.filter((q) => !given[q.key] && q.fallback === undefined);
  if (missing.length && !process.stdin.isTTY) {
    console.error(`Missing: ${missing.map((q) => `--${q.flag} (${q.ask})`).join(', ')}.\nRun with --help for an example.`);
    process.exit(2);
  }
  if (!missing.length) {
    for (const q of QUESTIONS) if (!given[q.key]) given[q.key] = q.fallback ?? '';
    return given;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const q of QUESTIONS) {
    if (given[q.key]) continue;
    const reply = (await rl.question(`${q.ask}${q.fallback ? ` [${q.fallback}]` : ''}: `)).trim();
    given[q.key] = reply || q.fallback || '';
    if (q.key === 'gitHost' && ['', 'none'].includes(given.gitHost.toLowerCase())) break;
  }
  rl.close();
  return given;
}

const given = await answers();
const result = settingsFromAnswers(given);
const cms = cmsVariables(given);
if (!result.settings || cms.problems.length) {
  console.error(`Nothing was changed. Please fix these answers:\n${[...result.problems, ...cms.problems].map((p) => `  • ${p}`).join('\n')}`);
  process.exit(1);
}
if (trust) {
  addToTrust(trust, result.settings!);
  process.exit(0);
}
if (!values.yes && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ok = (await rl.question(`This replaces the demo school in ${contentDir}/ with ${String(result.settings!.name)}. Continue? [y/N] `))
    .trim()
    .toLowerCase();
  rl.close();
  if (ok !== 'y' && ok !== 'yes') process.exit(1);
}

/** Where a new school of the trust goes, or why it cannot be added. */
function trustSchoolTarget(slug: string | undefined): { root: string; slug: string; folder: string } | { problem: string } {
  const layout = trustLayout();
  if (!layout) return { problem: 'This repository is not set up as a trust: there is no content/trust/ folder and SITE_TRUST_DIR is not set.' };
  if (!slug) return { problem: 'Give the school’s folder name with --slug, such as --slug ashgrove.' };
  const problem = schoolSlugProblem(slug);
  if (problem) return { problem: `--slug: ${problem}` };
  const folder = join(layout.root, 'schools', slug);
  if (kindOf(folder) !== 'missing') return { problem: `${folder} already exists: choose another --slug, or edit that school’s content.` };
  // The code owners' lines name the folder from the top of the repository (npm runs scripts there).
  const fromTop = relative(process.cwd(), resolve(layout.root)).split('\\').join('/');
  return { root: fromTop.startsWith('..') ? layout.root : fromTop, slug, folder };
}

/** Creates the school's folder: its settings, and a draft copy of each example (with the photos it shows) from the demo school. */
function addToTrust({ root, slug, folder }: { root: string; slug: string; folder: string }, settings: Record<string, unknown>): void {
  const source = resolve(contentDir);
  const demo = existsSync(join(source, SETTINGS_FILE));
  const starter = demo ? starterContent(contentDir) : undefined;
  const copies = starter ? [...starter.entries.filter((e) => e.example), ...starter.uploads.filter((u) => u.shown)].map((e) => e.file) : [];
  for (const file of copies) {
    const copy = join(folder, relative(source, file));
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(file, copy);
    if (starter!.entries.some((e) => e.file === file)) keepAsDraft(copy);
  }
  mkdirSync(join(folder, dirname(SETTINGS_FILE)), { recursive: true });
  writeFileSync(join(folder, SETTINGS_FILE), settingsYaml(settings));
  console.log(
    `Done: ${join(folder, SETTINGS_FILE)} is written${
      demo ? `, with a draft example of each kind of content copied from ${contentDir}/` : ` (no demo school in ${contentDir}/ to copy examples from)`
    }.`,
  );
  console.log(`\n${trustSchoolNextSteps(root, slug, String(settings.url))}`);
}

const starter = starterContent(contentDir);
const examples = starter.examples;
const kept = new Set(starter.entries.filter((e) => e.example).map((e) => e.file));
let removed = 0;
for (const { file, example } of starter.entries) {
  if (example) keepAsDraft(file);
  else {
    rmSync(file);
    removed++;
  }
}
// Translations of removed entries go too (a translation lives in <collection>/<lang>/<slug>.md).
for (const spec of Object.values(COLLECTIONS).filter((c) => !('nested' in c && c.nested))) {
  const dir = join(contentDir, spec.dir);
  for (const lang of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : []) {
    const folder = join(dir, lang.name);
    for (const file of readdirSync(folder)) if (!kept.has(resolve(join(dir, file)))) rmSync(join(folder, file));
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
  }
}
// Photos: keep only those the examples show.
for (const { file, shown } of starter.uploads) if (!shown) rmSync(file);
// Empty class-update folders of removed classes.
for (const dir of readdirSync(join(contentDir, 'class-updates'), { withFileTypes: true })) {
  const path = join(contentDir, 'class-updates', dir.name);
  if (dir.isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true });
}
writeFileSync(join(contentDir, SETTINGS_FILE), settingsYaml(result.settings!));

console.log(`Done: ${join(contentDir, SETTINGS_FILE)} is written, ${removed} demo entries are removed, and these examples are kept as drafts:`);
for (const [name, entry] of Object.entries(examples))
  if (entry) console.log(`  ${name}: ${join(contentDir, relative(resolve(contentDir), resolve(entry.file)))}`);
if (Object.keys(cms.variables).length) {
  console.log(
    `\nFor the CMS, set these variables where the site is built (see docs/setting-up.md and docs/hosting.md):\n${Object.entries(cms.variables)
      .map(([k, v]) => `  ${k}=${v}`)
      .join('\n')}`,
  );
}
console.log('\nNext: check the opening hours in the settings file, add your pages, then `npm start`. Run `npm run doctor` to see what is left to do.');
