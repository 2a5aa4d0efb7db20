/**
 * Starts Decap CMS at /admin/ with the configuration the page carries (built from the schemas by
 * admin/config/), plus what the configuration alone cannot say:
 * - the site's own stylesheet in the preview, and a class update's preview laid out like its page
 *   (./previews.ts);
 * - a photo-consent switch, an author field that remembers the teacher's name, and picture
 *   thumbnails that work although the site never publishes the original uploads (./widgets.ts);
 * - a check before every save that runs the build's own schema (./checks.ts);
 * - a preview (and pasting) that keeps from a body's HTML only what the site would publish;
 * - messages in a teacher's words.
 *
 * The page loads it only when it is not inside another site's frame (see frame-guard.ts).
 */
import CMS from 'decap-cms-app';
import DOMPurify from 'dompurify';
import siteStyles from '../../src/styles/global.css?inline';
import { previewPurifyConfig } from '../../src/lib/security/html-allowlist';
import { registerChecks } from './checks';
import { config, isRecord } from './decap';
import { registerPreviews } from './previews';
import { registerPictures, registerWidgets } from './widgets';

/** Deep merge of locale phrases: ours win. */
function merge(base: unknown, extra: unknown): unknown {
  if (!isRecord(base) || !isRecord(extra)) return extra ?? base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) out[key] = merge(base[key], value);
  return out;
}

function plainWords() {
  // Messages a teacher reads, instead of a developer's ("didn't match the pattern", "persist").
  CMS.registerLocale(
    'en',
    merge(CMS.getLocale('en'), {
      editor: { editorControlPane: { widget: { regexPattern: '%{fieldLabel}: %{pattern}.', required: '%{fieldLabel} is needed.' } } },
      ui: { toast: { onFailToPersist: 'Not saved yet. %{details}', missingRequiredField: 'Something is missing: look for the red messages in the form.' } },
    }),
  );
}

// Under `npm start`, the review workflow checks its branches out and back while it reads them,
// which changes files in content/. The development server would reload every open page each time,
// and the editor, reloading, would read the workflow again: a loop that loses the editor's work.
// The editor never needs those reloads, so it answers them by naming a page that is not this one.
if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/editor-does-not-reload.html';
  });
}

if (config) {
  // Decap cleans previews and pasted HTML with the shared DOMPurify, whose defaults keep forms and
  // more link schemes than the site does: from here on every clean-up uses the site's rules.
  DOMPurify.setConfig(previewPurifyConfig());
  plainWords();
  registerWidgets();
  registerPictures();
  registerPreviews();
  registerChecks();
  CMS.registerPreviewStyle(siteStyles, { raw: true });
  CMS.init({ config });
}
