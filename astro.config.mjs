// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { buildVersions } from './src/integrations/build-versions.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentStore } from './src/integrations/content-store.ts';
import { dropOriginalUploads } from './src/integrations/drop-originals.ts';
import { editorBundle } from './src/integrations/editor-bundle.ts';
import { earlyPictures } from './src/integrations/early-pictures.ts';
import { editorWarmup } from './src/integrations/editor-warmup.ts';
import { outputCheck } from './src/integrations/output-check.ts';
import { pageCache } from './src/integrations/page-cache.ts';
import { markupAsTextPlugin, safeHtmlPlugin } from './src/lib/security/safe-html.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { asksNotToBeIndexed } from './src/integrations/sitemap-pages.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentDir, readSettings } from './src/lib/content/settings.ts';
import { pinDemoDate } from './src/lib/core/time.ts';

// Uploaded pictures are imported from wherever the content folder is (a test or benchmark may
// build one outside the project): src/data/uploads.ts globs them through this alias.
const uploads = resolve(contentDir(), 'uploads');

// Problems in the settings are reported, with all other content problems, by contentCheck().
const { settings } = readSettings(contentDir());

const outDir = process.env.SITE_OUT_DIR || 'dist';

// The demonstration school is shown as on the date its content was written for (its settings'
// demo_date), under `npm start`, `npm run build` and so `npm run preview`: an open survey and
// upcoming events whatever today's date, with a note on every page. A school's own settings have
// no demo_date (`npm run new-school` leaves it out), and SITE_NOW, when set, still wins.
pinDemoDate(settings?.demo_date);

export default defineConfig({
  site: settings?.url,
  trailingSlash: 'always',
  outDir,
  // Builds of different content folders at once (tests, benchmarks) each need their own cache.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  // Stylesheets as files, never inlined, so the Content-Security-Policy can allow only 'self'.
  // Four pages at a time: much of a page's time is spent waiting, not working (a kept page is a
  // file copy, a picture is resized off the main thread), and waits overlap. On the 8,000-entry
  // archive (2 cores): rendering 6.4 s → 4.5 s warm, 20.6 s → 14.3 s cold, the same files.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [
    // The versions of Astro, the editor and Pagefind, in the build log (not in the published files).
    buildVersions(),
    contentCheck(),
    // Astro's content store is kept between builds only while the code that made it is the same.
    contentStore(),
    // The development server prepares the editor as it starts, not on the first visit to /admin/.
    editorWarmup(),
    // The editor's bundle (/admin/) is made alongside the build, and kept between builds while
    // what it is made from is the same; it is published before the steps that read the output.
    editorBundle(),
    // Pages whose inputs did not change are copied from the last build instead of rendered again.
    pageCache(),
    // Pictures are resized while the pages render, not after (src/integrations/picture-service.ts).
    earlyPictures(),
    mdx(),
    // Pages for people, not search engines: the search page, the CMS, and any page marked noindex
    // (a closed vacancy).
    sitemap({ filter: (page) => !/\/(search|admin)\/$/.test(new URL(page).pathname) && !asksNotToBeIndexed(outDir, page) }),
    dropOriginalUploads(),
    searchIndex(),
    securityHeaders(),
    // Last, so it reads every feed, sitemap and calendar the others have written.
    outputCheck(),
  ],
  // A rebuild copies each page that has a cacheKey (src/data/page-cache.ts) and whose route's code
  // and key are unchanged from the last build's output, kept in the cache folder. Experimental in
  // Astro 7.3.4: see docs/developers/performance.md for what to check on an upgrade.
  experimental: { incrementalBuild: true },
  markdown: {
    // Raw HTML in Markdown is parsed (rawHtml) so that safeHtmlPlugin can filter it against an
    // allowlist: no script, event handler, javascript: link, frame, form or style reaches a page,
    // feed, email or the search index. Before that, markupAsTextPlugin shows tags such as
    // <title> or <script> typed in the text as text, so they cannot swallow the words after them.
    // See src/lib/security/safe-html.ts.
    processor: satteri({ features: { rawHtml: true }, mdastPlugins: [markupAsTextPlugin()], hastPlugins: [safeHtmlPlugin()] }),
    // Code blocks stay plain: highlighting would write inline styles, which the policy forbids.
    syntaxHighlight: false,
  },
  // The encoders' effort (how hard each looks for a smaller file at the same quality), lowered from
  // sharp's default of 4: AVIF at 1 and WebP at 2. A phone photo shown 1024 px wide: AVIF 15 KB
  // (11 KB at the default, which took nine tenths of a cold build of a ten-year archive; 1 is 1.5
  // times as fast as 2 for the same size), WebP 23 KB, the same as at the default, in 0.7 of its
  // time. See docs/developers/performance.md.
  image: { service: { entrypoint: './src/integrations/picture-service.ts', config: { avif: { effort: 1 }, webp: { effort: 2 } } } },
  // Scripts as files too (Astro inlines small ones otherwise), for the same policy.
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: { alias: { '@school-uploads': uploads } },
    server: { watch: { ignored: ['**/dist/**', '**/.cache/**'] }, fs: { allow: ['.', uploads] } },
  },
});
