/**
 * Rebuilds render only the pages whose inputs changed (Astro's experimental `incrementalBuild`,
 * turned on in astro.config.mjs). Astro copies a page from the last build's output, kept in the
 * build cache (`incremental-build.json` and `dist/` in `SITE_CACHE_DIR`), when the hash of its
 * route's code and the page's `cacheKey` (src/data/page-cache.ts) are both unchanged.
 *
 * The hash of a route's code covers every module it imports, and so the glob of the uploads
 * folder: one new photo would change it for every route that can show a photo, and a teacher's
 * weekly update would render the whole archive again. This leaves that one module
 * (src/data/upload-files.ts, the glob and nothing else) out of the hash, as Astro leaves out its
 * own modules of content data; the keyed pages name the pictures they show in their keys instead.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module holding only the uploads glob, relative to the project. */
export const UPLOAD_GLOB_MODULE = 'src/data/upload-files.ts';

/**
 * Astro's mark for a module of content data, which its hash of a route's code does not follow
 * (astro/dist/core/build/incremental-metadata.js in Astro 7.3.4: re-check on every upgrade).
 */
const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

/** The integration: marks the uploads glob as content data for the hash of each route's code. */
export function pageCache(): AstroIntegration {
  return {
    name: 'school:page-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const globModule = fileURLToPath(new URL(UPLOAD_GLOB_MODULE, config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'school:upload-glob-is-content-data',
                transform(code: string, id: string) {
                  if (id.split('?')[0] !== globModule) return undefined;
                  return { code, map: null, meta: CONTENT_DATA };
                },
              },
            ],
          },
        });
      },
    },
  };
}
