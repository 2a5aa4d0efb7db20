/** The list of what the law asks a school to publish online, read from `src/data/statutory.yaml`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface StatutoryItem {
  key: string;
  title: string;
  applies_to: 'all' | 'maintained' | 'academy';
  description: string;
}

/** Read from the project root so it works the same in the build, in scripts and in tests. */
const STATUTORY_FILE = join(process.cwd(), 'src/data/statutory.yaml');

/** Every item in the statutory list. */
export function statutoryItems(): StatutoryItem[] {
  return parse(readFileSync(STATUTORY_FILE, 'utf8')) as StatutoryItem[];
}
