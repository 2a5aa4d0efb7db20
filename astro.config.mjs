// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { dropOriginalUploads } from './src/integrations/drop-originals.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDir, readSettings } from './src/lib/settings.ts';

// Uploaded pictures are imported from wherever the content folder is (a test or benchmark may
// build one outside the project): src/data/uploads.ts globs them through this alias.
const uploads = resolve(contentDir(), 'uploads');

// Problems in the settings are reported, with all other content problems, by contentCheck().
const { settings } = readSettings(contentDir());

export default defineConfig({
  site: settings?.url,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR || 'dist',
  // Builds of different content folders at once (tests, benchmarks) each need their own cache.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  // Stylesheets as files, never inlined, so the Content-Security-Policy can allow only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    contentCheck(),
    mdx(),
    // Pages for people, not search engines: the search page and the CMS.
    sitemap({ filter: (page) => !/\/(search|admin)\/$/.test(new URL(page).pathname) }),
    dropOriginalUploads(),
    searchIndex(),
  ],
  // Scripts as files too (Astro inlines small ones otherwise), for the same policy.
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: { alias: { '@school-uploads': uploads } },
    server: { watch: { ignored: ['**/dist/**', '**/.cache/**'] }, fs: { allow: ['.', uploads] } },
  },
});
