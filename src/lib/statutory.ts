/** The list of what the law asks a school to publish online, read from `src/data/statutory.yaml`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from './content-files';
import { parseYamlValue } from './frontmatter';
import { ContentError } from './problems';

export interface StatutoryItem {
  key: string;
  title: string;
  applies_to: 'all' | 'maintained' | 'academy';
  description: string;
}

/** Read from the project root so it works the same in the build, in scripts and in tests. */
const STATUTORY_FILE = join(process.cwd(), 'src/data/statutory.yaml');

/** Every item in the statutory list; a list that cannot be read stops the build, naming the file. */
export function statutoryItems(): StatutoryItem[] {
  const file = 'src/data/statutory.yaml';
  const { text, problem } = readText(readFileSync(STATUTORY_FILE));
  const { value, error } = text === undefined ? { value: undefined, error: problem } : parseYamlValue(text);
  if (error || !Array.isArray(value)) throw new ContentError([{ file, message: error ?? 'must be a list of items, each starting with "- key:".' }]);
  return value as StatutoryItem[];
}
