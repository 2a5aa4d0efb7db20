/** What a new school starts with, whichever way `npm run new-school` made it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkContent } from '../../src/lib/content/check';

/** The content folder passes the content check and holds exactly one draft example of each kind, with at most two photos. */
export function expectStarterContent(folder: string): void {
  const checked = checkContent(folder);
  expect(checked.problems).toEqual([]);
  for (const [collection, list] of Object.entries(checked.entries)) {
    expect(list.length, collection).toBe(1);
    expect(list[0]!.data.draft, collection).toBe(true);
  }
  // Only the photos the examples show.
  const photos = spawnSync('find', [join(folder, 'uploads'), '-type', 'f'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n');
  expect(photos.length).toBeLessThanOrEqual(2);
}
