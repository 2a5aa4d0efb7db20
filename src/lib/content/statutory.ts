/** The list of what a school is asked to publish online, read and checked from `src/data/statutory.yaml`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSchema, type ListFile, type StatutoryItem } from '../../schemas/statutory';
import { readText } from './files';
import { parseYamlValue } from './frontmatter';
import { ContentError } from './problems';

/** Read from the project root so it works the same in the build, in scripts and in tests. */
const STATUTORY_FILE = join(process.cwd(), 'src/data/statutory.yaml');

/**
 * The whole list file, checked: a mistake in it (a typing slip in a key, an unknown guidance) stops
 * the build with the place of the mistake rather than quietly dropping an item.
 */
export function statutoryList(file = STATUTORY_FILE): ListFile {
  const name = 'src/data/statutory.yaml';
  const { text, problem } = readText(readFileSync(file));
  const { value, error } = text === undefined ? { value: undefined, error: problem } : parseYamlValue(text);
  if (error) throw new ContentError([{ file: name, message: error }]);
  const checked = listSchema.safeParse(value);
  if (!checked.success) {
    const where = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file} is not a valid statutory list: ${where}`);
  }
  return checked.data;
}

/** Every item in the statutory list. */
export function statutoryItems(): StatutoryItem[] {
  return statutoryList().items;
}
