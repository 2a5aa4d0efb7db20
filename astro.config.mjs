// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { dropOriginalUploads } from './src/integrations/drop-originals.ts';
import { contentDir, readSettings } from './src/lib/settings.ts';

// Problems in the settings are reported, with all other content problems, by contentCheck().
const { settings } = readSettings(contentDir());

export default defineConfig({
  site: settings?.url,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR || 'dist',
  // Stylesheets as files, never inlined, so the Content-Security-Policy can allow only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentCheck(), mdx(), sitemap(), dropOriginalUploads()],
  // Scripts as files too (Astro inlines small ones otherwise), for the same policy.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/dist/**', '**/.cache/**'] } } },
});
