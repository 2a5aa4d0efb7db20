/**
 * The development server prepares the editor (/admin/) as it starts. Vite bundles a page's packages
 * for the browser when it first meets them: the editor's (Decap CMS, React, DOMPurify) were only
 * met on the first visit to /admin/, bundled then, and the page reloaded, so the editor took 10 to
 * 25 seconds to show. Named here, they are bundled as the server starts, and the editor's own
 * modules are prepared too (see docs/developers/performance.md). Only for the development server:
 * a build bundles everything anyway, and `astro check` would wait for it for nothing.
 */
import type { AstroIntegration } from 'astro';

/** The packages the editor's browser code imports (admin/browser/), which Vite cannot find before a visit. */
const EDITOR_PACKAGES = ['decap-cms-app', 'dompurify', 'react', 'astro/zod'];

export function editorWarmup(): AstroIntegration {
  return {
    name: 'school:editor-warmup',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { optimizeDeps: { include: EDITOR_PACKAGES }, server: { warmup: { clientFiles: ['./admin/browser/index.ts'] } } } });
      },
    },
  };
}
