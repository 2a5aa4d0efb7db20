/**
 * Keeps Astro's content store (`data-store.json` in the build cache) between builds only while
 * the code that made it is the same. Astro reuses a stored entry whose file did not change, so a
 * second build does not read, parse or render the Markdown of thousands of unchanged entries
 * again; but Astro itself only throws the store away when its own version, its configuration or
 * the text of src/content.config.ts changes. The entries are also shaped by the schemas, the
 * frontmatter reader and the Markdown filters (src/lib/security/safe-html.ts) and by the installed
 * packages, none of which Astro looks at: after a fix to the HTML filter, an unchanged entry would
 * keep HTML filtered by the old code. So the store is kept under a key of all of those, and thrown
 * away before Astro reads it whenever the key changes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { plainFilesUnder } from '../lib/content/files';
import { contentDir } from '../lib/content/settings';
import { cacheKey } from './build-cache';

/** Where the key of the kept store is written, next to the store. */
export const STORE_KEY_FILE = 'school-content-store.key';

/**
 * What the stored entries are made from, besides the entries' own files (which Astro compares
 * itself): the installed packages, the site's configuration, the content model and the code that
 * reads, checks and filters content, the version of Node, and which content folder it is.
 */
export function contentStoreKey(root: string, content: string): string {
  const files = ['package-lock.json', 'astro.config.mjs', 'src/content.config.ts']
    .map((path) => join(root, path))
    .concat(...['src/schemas', 'src/lib'].map((dir) => plainFilesUnder(join(root, dir)).sort()))
    .filter((file) => existsSync(file));
  return cacheKey([process.version, resolve(content), ...files.flatMap((file) => [relative(root, file), readFileSync(file)])]);
}

/**
 * Throws away the content store in `cacheDir` unless it was made under `key`, then records `key`.
 * Returns whether a store was kept.
 */
export function keepStoreIfSame(cacheDir: string, key: string): boolean {
  const keyFile = join(cacheDir, STORE_KEY_FILE);
  const stores = [join(cacheDir, 'data-store.json'), join(cacheDir, 'data-store')];
  let previous: string | undefined;
  try {
    previous = readFileSync(keyFile, 'utf8').trim();
  } catch {
    previous = undefined;
  }
  const kept = previous === key && stores.some((path) => existsSync(path));
  if (!kept) for (const path of stores) rmSync(path, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(keyFile, key);
  return kept;
}

/** The integration: checks the kept content store before a build reads it. */
export function contentStore(): AstroIntegration {
  return {
    name: 'school:content-store',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const kept = keepStoreIfSame(fileURLToPath(config.cacheDir), contentStoreKey(fileURLToPath(config.root), contentDir()));
        logger.info(
          kept
            ? 'Content store kept from the last build: unchanged entries are not read again.'
            : 'Content store made afresh (no store, or the code that makes it changed).',
        );
      },
    },
  };
}
