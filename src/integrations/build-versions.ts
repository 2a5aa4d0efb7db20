/**
 * Says in the build log which versions of the site generator, the editor shipped at /admin/ and
 * the search engine the site was built with, so a school (or whoever helps it) can tell from any
 * build whether a published security fix is in. The versions go to the log only, not into dist/:
 * everything in dist/, /admin/ included, is public, and exact versions would only help someone
 * looking for a site still on a vulnerable one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The packages whose versions the build reports: the generator, the editor, the search engine. */
export const REPORTED_PACKAGES = ['astro', 'decap-cms-app', 'pagefind'];

// What a version may look like in a log line: a line starting `::` would be read as a command by
// some CI services, so anything else in a package's `version` is not printed.
const VERSION = /^[0-9A-Za-z.+-]{1,64}$/;

/**
 * The version of the package `name` installed for the project in `root`, found as Node finds a
 * package (in `node_modules` here or in a parent folder) and read from the package's own
 * package.json, which its `exports` may not let `require` reach. Undefined when not installed;
 * `unreadable` when its package.json has no sensible version.
 */
export function installedVersion(name: string, root: string): string | undefined {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) {
      let version: unknown;
      try {
        version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
      } catch {
        return 'unreadable';
      }
      return typeof version === 'string' && VERSION.test(version) ? version : 'unreadable';
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The build log's line: `Built with astro 7.3.4, decap-cms-app 3.16.3, pagefind 1.5.2 on Node 24.21.0.` */
export function versionReport(root: string, node: string = process.versions.node): string {
  const versions = REPORTED_PACKAGES.map((name) => `${name} ${installedVersion(name, root) ?? 'not installed'}`);
  return `Built with ${versions.join(', ')} on Node ${node}.`;
}

/** Logs the versions when a build starts, so the line is there even if the build then fails. */
export function buildVersions(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'school:build-versions',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        logger.info(versionReport(root));
      },
    },
  };
}
