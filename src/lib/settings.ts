/** Loads `content/settings/school.yaml`, the one place a school's own details live. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../schemas/settings';
import { parseYaml } from './frontmatter';
import { ContentError, formatIssues, type Problem } from './problems';

export const SETTINGS_FILE = 'settings/school.yaml';

/** The folder holding the site's content: `SITE_CONTENT_DIR` (used by test fixtures) or `content`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_CONTENT_DIR || 'content';
}

/** Reads and checks the settings file, returning the settings or the problems found. */
export function readSettings(dir: string): { settings?: Settings; problems: Problem[] } {
  const file = join(dir, SETTINGS_FILE);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { problems: [{ file, message: 'is missing. Every site needs its settings file with the school’s name, address and contact details.' }] };
  }
  const { data, error } = parseYaml(source);
  if (error) return { problems: [{ file, message: error }] };
  const result = settingsSchema.safeParse(data);
  if (!result.success) return { problems: formatIssues(file, result.error.issues) };
  return { settings: result.data, problems: [] };
}

/** The settings, or an error listing every problem in them. */
export function loadSettings(dir: string = contentDir()): Settings {
  const { settings, problems } = readSettings(dir);
  if (!settings) throw new ContentError(problems);
  return settings;
}

