/**
 * Starts Decap CMS at /admin/ with the configuration the page carries (built from the schemas by
 * admin/config/), plus what the configuration alone cannot say:
 * - the site's own stylesheet in the preview, and a class update's and an event's previews laid
 *   out like their pages (./previews.ts);
 * - a photo-consent switch, an author field that remembers the teacher's name, and picture
 *   thumbnails that work although the site never publishes the original uploads (./widgets.ts);
 * - a date box for every date field, typed the UK way or picked from a calendar (./dates.ts);
 * - the build's own schema, its problems shown at each field and checked again before every save
 *   (./checks.ts);
 * - photos made smaller before they are committed, never larger (./uploads.ts);
 * - the class updates list opening on the teacher's own class (./lists.ts);
 * - a preview (and pasting) that keeps from a body's HTML only what the site would publish;
 * - messages in a teacher's words.
 *
 * The page loads it only when it is not inside another site's frame (see frame-guard.ts).
 */
import CMS from 'decap-cms-app';
import DOMPurify from 'dompurify';
import siteStyles from '../../src/styles/global.css?inline';
import { previewPurifyConfig } from '../../src/lib/security/html-allowlist';
import { registerChecks, registerFieldChecks } from './checks';
import { registerDates } from './dates';
import { config, isRecord } from './decap';
import { openOnOwnClass } from './lists';
import { registerPreviews } from './previews';
import { registerUploads } from './uploads';
import { registerPictures, registerWidgets } from './widgets';

/** Deep merge of locale phrases: ours win. */
function merge(base: unknown, extra: unknown): unknown {
  if (!isRecord(base) || !isRecord(extra)) return extra ?? base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) out[key] = merge(base[key], value);
  return out;
}

/** The words of the lists' filter menu (./lists.ts finds the menu by them). */
const FILTER_BY = 'Show only';

function plainWords() {
  // Messages a teacher reads, instead of a developer's ("didn't match the pattern", "persist"), and
  // Decap's words for a blog ("New Post") or a deployment service ("Check for Preview") where the
  // locale lets them be reworded for a school.
  CMS.registerLocale(
    'en',
    merge(CMS.getLocale('en'), {
      editor: {
        editorControlPane: { widget: { regexPattern: '%{fieldLabel}: %{pattern}.', required: '%{fieldLabel} is needed.' } },
        editorToolbar: {
          deployPreviewPendingButtonLabel: 'Is a preview ready?',
          deployPreviewButtonLabel: 'Open the preview',
          deployButtonLabel: 'See it on the website',
        },
      },
      ui: { toast: { onFailToPersist: 'Not saved yet. %{details}', missingRequiredField: 'Not saved yet: please look at the red messages in the form.' } },
      workflow: { workflow: { newPost: 'Write something new', workflowHeading: 'Waiting to go on the website' } },
      collection: { entries: { noEntries: 'Nothing here yet.' }, collectionTop: { filterBy: FILTER_BY, newButton: 'New %{collectionLabel}' } },
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
  // First, so the site's own widgets built on Decap's (author, photo consent) have the check too.
  registerFieldChecks();
  registerWidgets();
  registerDates();
  registerPictures();
  registerPreviews();
  registerChecks();
  registerUploads();
  CMS.registerPreviewStyle(siteStyles, { raw: true });
  CMS.init({ config });
  openOnOwnClass(FILTER_BY);
}
