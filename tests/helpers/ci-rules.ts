/**
 * Least-privilege rules for the CI configurations, as data a test can apply to the real files and
 * to broken examples. The build runs code from npm (install scripts, Astro and its integrations):
 * whatever a job that runs npm can reach, a compromised package can reach too.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isPair, isScalar, parseDocument, visit } from 'yaml';

type Permissions = string | Record<string, string> | undefined;
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: Permissions; steps?: Step[]; uses?: string };
type Workflow = { permissions?: Permissions; jobs?: Record<string, Job> };

const SHA = /^[^@\s]+@[0-9a-f]{40}$/;
const RUNS_NPM = /(^|[\s;&|(])(npm|npx)\s/m;

/** Whether a `permissions:` value lets the token write anything (`write-all`, or any scope `write`). */
function grantsWrite(permissions: Permissions): boolean {
  if (typeof permissions === 'string') return permissions === 'write-all';
  return Object.values(permissions ?? {}).includes('write');
}

/** The `uses:` values of a workflow with the comment after each (where the pinned release is named). */
function usesWithComments(text: string): { uses: string; comment: string }[] {
  const found: { uses: string; comment: string }[] = [];
  visit(parseDocument(text), {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value)) {
        found.push({ uses: String(pair.value.value), comment: pair.value.comment ?? '' });
      }
    },
  });
  return found;
}

/**
 * The problems with one GitHub Actions workflow: no top-level `permissions`, or one that grants
 * write; a job that runs npm with any write permission (or with the repository's default, which
 * may be write); an action or reusable workflow not pinned to a full commit SHA with its release in
 * a comment (local `./` actions excepted); a checkout that leaves the job's token in `.git`; an
 * expression (`${{ … }}`) written into a run script.
 */
export function workflowProblems(text: string): string[] {
  const workflow = parseDocument(text).toJS() as Workflow;
  const problems: string[] = [];
  if (workflow.permissions === undefined) problems.push('no top-level permissions (the repository default applies)');
  else if (grantsWrite(workflow.permissions)) problems.push('the top-level permissions grant write to every job');
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const steps = job.steps ?? [];
    if (steps.some((step) => RUNS_NPM.test(step.run ?? ''))) {
      const effective = job.permissions ?? workflow.permissions;
      if (effective === undefined) problems.push(`job ${name} runs npm with the repository's default permissions`);
      else if (grantsWrite(effective)) problems.push(`job ${name} runs npm with write permission`);
    }
    for (const step of steps) {
      // An expression is pasted into the script before the shell reads it, so a value someone
      // else chose (a branch name, a folder name in a matrix) could run as a command; through
      // `env:` it stays a value.
      if (/\$\{\{/.test(step.run ?? '')) problems.push(`job ${name}: a run script with \${{ … }} in it (pass the value through env:)`);
      if (step.uses?.startsWith('actions/checkout@') && String(step.with?.['persist-credentials']) !== 'false') {
        problems.push(`job ${name}: ${step.uses} without persist-credentials: false`);
      }
    }
  }
  for (const { uses, comment } of usesWithComments(text)) {
    if (uses.startsWith('./')) continue;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) problems.push(`${uses} is not pinned by digest`);
    } else if (!SHA.test(uses)) problems.push(`${uses} is not pinned to a full commit SHA`);
    else if (!/^\s*v\d+(\.\d+)*\s*$/.test(comment)) problems.push(`${uses} has no "# vX.Y.Z" comment naming its release`);
  }
  return problems;
}

/** Variables that hold the GitLab job token (CI_REPOSITORY_URL carries it in its address). */
export const GITLAB_TOKEN_VARIABLES = ['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPENDENCY_PROXY_PASSWORD', 'CI_REPOSITORY_URL'];

const GITLAB_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script']);

/**
 * The problems with a `.gitlab-ci.yml`: an image not pinned by digest (a tag can be moved to
 * another image), and a job that runs npm while the job token is still in its environment.
 */
export function gitlabProblems(text: string): string[] {
  const ci = parseDocument(text).toJS() as Record<string, unknown>;
  const problems: string[] = [];
  const imageOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : value);
  const images: [string, unknown][] = [
    ['image', ci.image],
    ['default.image', (ci.default as { image?: unknown } | undefined)?.image],
  ];
  for (const [name, job] of Object.entries(ci)) {
    if (GITLAB_KEYWORDS.has(name) || name.startsWith('.') || typeof job !== 'object' || job === null) continue;
    const { image, script, before_script } = job as { image?: unknown; script?: unknown; before_script?: unknown };
    images.push([`${name}.image`, image]);
    // What runs before the job's own script: its before_script, else the default one.
    const before = before_script ?? (ci.default as { before_script?: unknown } | undefined)?.before_script ?? ci.before_script ?? [];
    const lines = [before, script]
      .flat()
      .filter((line) => line !== undefined)
      .map(String);
    const npmAt = lines.findIndex((line) => RUNS_NPM.test(line));
    if (npmAt === -1) continue;
    const unset = lines
      .slice(0, npmAt)
      .filter((line) => /^\s*unset\s/.test(line))
      .join(' ');
    const kept = GITLAB_TOKEN_VARIABLES.filter((variable) => !new RegExp(`\\b${variable}\\b`).test(unset));
    if (kept.length) problems.push(`job ${name} runs npm with ${kept.join(', ')} still set`);
  }
  for (const [where, value] of images) {
    const image = imageOf(value);
    if (image !== undefined && !/@sha256:[0-9a-f]{64}$/.test(String(image))) problems.push(`${where} ${String(image)} is not pinned by digest`);
  }
  return problems;
}

/**
 * Every file a script imports, following relative imports (written without `.ts`, as the project
 * writes them), and every other import: what a CI step that runs the script before `npm ci` needs.
 */
export function importsOf(file: string, seen = new Set<string>(), others = new Set<string>()): { files: Set<string>; others: Set<string> } {
  if (seen.has(file)) return { files: seen, others };
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import [^'"]*['"]([^'"]+)['"]/gm)) {
    if (spec!.startsWith('.')) importsOf(join(dirname(file), spec!.endsWith('.ts') ? spec! : `${spec}.ts`), seen, others);
    else others.add(spec!);
  }
  return { files: seen, others };
}
