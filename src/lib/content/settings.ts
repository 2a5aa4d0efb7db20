/** Loads `content/settings/school.yaml`, the one place a school's own details live. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../../schemas/settings';
import { isPlainFileInside, kindOf, linkProblemMessage, readText } from './files';
import { parseYaml } from './frontmatter';
import { ContentError, formatIssues, unknownFieldProblems, type Problem } from './problems';
import { siteTarget } from './trust';

export const SETTINGS_FILE = 'settings/school.yaml';

/**
 * The folder holding the site's content: `SITE_CONTENT_DIR` (used by test fixtures) or `content`;
 * in a trust's repository, the folder of the school `SCHOOL` names, or the trust's own (see trust.ts).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return siteTarget(env).dir;
}

/**
 * The content folder as the CMS names it, relative to the repository (`content` normally). A
 * folder outside the repository (a test fixture) cannot be edited through the CMS, so it is `content` then.
 */
export function repositoryContentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = contentDir(env).replace(/^\.\//, '').replace(/\/+$/, '');
  return dir.startsWith('/') || dir.startsWith('..') ? 'content' : dir;
}

/** The languages translations are written in: the settings' languages after the site's own (the first). */
export function translationLanguages(languages: readonly { code: string; name: string }[] | undefined): { code: string; name: string }[] {
  return (languages ?? []).slice(1).map((l) => ({ code: l.code, name: l.name }));
}

/** What reading the settings found: the settings when they are valid, and every problem. */
export interface SettingsCheck {
  settings?: Settings;
  /**
   * Each setting that is valid on its own, even when others are not, so the content check can
   * still check what depends on it (survey hosts, languages) while a setting elsewhere is wrong.
   */
  usable: Partial<Settings>;
  problems: Problem[];
}

/** The settings that pass on their own; a missing setting with a default gets the default. */
function usableSettings(data: Record<string, unknown>): Partial<Settings> {
  return Object.fromEntries(
    Object.entries(settingsSchema.shape).flatMap(([key, schema]) => {
      const result = schema.safeParse(data[key]);
      return result.success ? [[key, result.data]] : [];
    }),
  ) as Partial<Settings>;
}

/** Reads and checks the settings file, returning the settings (when valid) and the problems found. */
export function readSettings(dir: string): SettingsCheck {
  const file = join(dir, SETTINGS_FILE);
  // Never read through a link: it could be any file on the computer.
  if (kindOf(file) === 'link') return { usable: {}, problems: [{ file, message: linkProblemMessage(file) }] };
  if (kindOf(file) !== 'missing' && !isPlainFileInside(dir, file)) {
    return { usable: {}, problems: [{ file, message: 'is inside a folder that is a link to somewhere else, so it was not read. Replace the linked folder with a real one.' }] };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { usable: {}, problems: [{ file, message: 'is missing. Every site needs its settings file with the school’s name, address and contact details.' }] };
  }
  const { text, problem } = readText(bytes);
  if (problem !== undefined) return { usable: {}, problems: [{ file, message: problem }] };
  const { data, error } = parseYaml(text);
  if (error) return { usable: {}, problems: [{ file, message: error }] };
  const problems = unknownFieldProblems(file, settingsSchema, data, 'the settings file');
  const result = settingsSchema.safeParse(data);
  if (!result.success) return { usable: usableSettings(data), problems: [...problems, ...formatIssues(file, result.error.issues)] };
  return { settings: result.data, usable: result.data, problems };
}

/** The settings, or an error listing every problem in them. */
export function loadSettings(dir: string = contentDir()): Settings {
  const { settings, problems } = readSettings(dir);
  if (!settings) throw new ContentError(problems);
  return settings;
}

