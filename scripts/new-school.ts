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
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { checkContent } from '../src/lib/content/check';
import { plainFilesUnder } from '../src/lib/content/files';
import { cmsVariables, pickExamples, settingsFromAnswers, settingsYaml, type SchoolAnswers } from './lib/new-school';
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
    yes: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('*/')[0]!
      .replace(/^\/\*\*|^ \* ?/gm, ''),
  );
  process.exit(0);
}
const contentDir = String(values.content);

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

/** Sets `draft: true` and removes links to entries that are gone, keeping the rest of the file as written. */
function keepAsDraft(path: string) {
  const source = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return;
  const doc = parseDocument(match[1]!);
  doc.set('draft', true);
  doc.delete('related');
  writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${source.slice(match[0].length)}`);
}

const given = await answers();
const result = settingsFromAnswers(given);
const cms = cmsVariables(given);
if (!result.settings || cms.problems.length) {
  console.error(`Nothing was changed. Please fix these answers:\n${[...result.problems, ...cms.problems].map((p) => `  • ${p}`).join('\n')}`);
  process.exit(1);
}
if (!values.yes && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ok = (await rl.question(`This replaces the demo school in ${contentDir}/ with ${String(result.settings!.name)}. Continue? [y/N] `))
    .trim()
    .toLowerCase();
  rl.close();
  if (ok !== 'y' && ok !== 'yes') process.exit(1);
}

const { entries } = checkContent(contentDir);
const examples = pickExamples(entries);
const kept = new Set(
  Object.values(examples)
    .filter((e) => e)
    .map((e) => resolve(e!.file)),
);
let removed = 0;
for (const list of Object.values(entries)) {
  for (const entry of list) {
    if (kept.has(resolve(entry.file))) keepAsDraft(resolve(entry.file));
    else {
      rmSync(resolve(entry.file));
      removed++;
    }
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
// Photos: keep only those the examples show. Links are never followed, so nothing outside the
// content folder is removed through a linked folder.
const keptText = [...kept].map((f) => readFileSync(f, 'utf8')).join('\n');
for (const file of plainFilesUnder(join(contentDir, 'uploads'))) {
  const path = `/${relative(contentDir, file).split('\\').join('/')}`;
  if (!keptText.includes(path)) rmSync(file);
}
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
