/**
 * Starts Decap CMS at /admin/ with the configuration the page carries (built from the schemas by
 * admin/config/), plus what the configuration alone cannot say:
 * - the site's own stylesheet in the preview, and a class update's preview laid out like its page;
 * - a photo-consent switch that must be on before an update with photos is saved;
 * - an author field that remembers the teacher's name on this computer;
 * - picture thumbnails that work although the site never publishes the original uploads;
 * - a check before every save that leaves out empty optional fields and runs the build's own
 *   schema, so nothing the CMS saves can stop the site from building;
 * - a preview (and pasting) that keeps from a body's HTML only what the site would publish.
 *
 * The page loads it only when it is not inside another site's frame (see frame-guard.ts).
 */
import CMS from 'decap-cms-app';
import DOMPurify from 'dompurify';
import { createElement, useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import siteStyles from '../../src/styles/global.css?inline';
import { t } from '../../src/i18n';
import type { CmsField } from '../config/widgets';
import { classFolderProblem, editorPicture, emptyOptionalPaths, entryProblems, photoConsentMissing, publicFolderFor } from '../entry-check';
import { formatDate } from '../../src/lib/core/format';
import { previewPurifyConfig } from '../../src/lib/security/html-allowlist';
import { isRealDate } from '../../src/lib/core/time';

/** The parts of an Immutable.js map the CMS hands to event handlers that are used here. */
interface ImmutableMap {
  get(key: string): any;
  getIn(path: (string | number)[]): any;
  deleteIn(path: (string | number)[]): ImmutableMap;
  toJS(): any;
}

/** A widget's editing component, as the CMS registers it (a React class component). */
type ControlClass = new (...args: any[]) => { props: any; componentDidMount?(): void };

const AUTHOR_KEY = 'school-cms:author';

const configElement = document.getElementById('cms-config');
const config = configElement ? (JSON.parse(configElement.textContent ?? '{}') as Record<string, any>) : undefined;

function fieldsOf(collection: string): CmsField[] {
  const c = (config?.collections as any[] | undefined)?.find((x) => x.name === collection);
  return (c?.fields ?? c?.files?.[0]?.fields ?? []) as CmsField[];
}

/** Deep merge of locale phrases: ours win. */
function merge(base: any, extra: any): any {
  if (typeof base !== 'object' || base === null || typeof extra !== 'object' || extra === null) return extra ?? base;
  const out = { ...base };
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

function registerWidgets() {
  const boolean = CMS.getWidget('boolean') as unknown as { control: ControlClass; preview?: any };
  class PhotoConsentControl extends boolean.control {
    /** Checked when the editor saves: photos need the switch on. An arrow, because the CMS calls it unbound. */
    isValid = () => {
      const data = (this.props.getEntry?.() as ImmutableMap | undefined)?.get('data')?.toJS() ?? {};
      if (!photoConsentMissing({ ...data, photo_consent: this.props.value })) return true;
      return {
        error: {
          type: 'CUSTOM',
          message: 'Photo consent checked: switch this on to confirm every child in the photos has photo consent, or remove the photos.',
        },
      };
    };
  }
  CMS.registerWidget('photo-consent', PhotoConsentControl as any, boolean.preview);

  const string = CMS.getWidget('string') as unknown as { control: ControlClass; preview?: any };
  class AuthorControl extends string.control {
    componentDidMount() {
      super.componentDidMount?.();
      const remembered = localStorage.getItem(AUTHOR_KEY);
      if (!this.props.value && remembered) this.props.onChange(remembered);
    }
  }
  CMS.registerWidget('author', AuthorControl as any, string.preview);
}

/**
 * Where the editor finds a picture written `/uploads/…`. Decap would load it from the live site,
 * where originals are never published, so thumbnails and previews would be broken; instead it
 * comes through the CMS (just uploaded, or in this entry's folder) or from the small copies the
 * build makes at /admin/uploads/ (see editorPicture in admin/entry-check.ts).
 */
function findPicture(getAsset: (value: unknown, field?: unknown) => unknown, entry: ImmutableMap | undefined, value: unknown, field?: unknown): unknown {
  if (typeof value !== 'string') return getAsset(value, field);
  const collection = (config?.collections as any[] | undefined)?.find((c) => c.name === entry?.get('collection'));
  const folder = publicFolderFor(collection?.public_folder ?? config?.public_folder, entry?.get('data')?.toJS() ?? {});
  const found = editorPicture(value, folder);
  if (!found) return getAsset(value, field);
  return 'file' in found ? getAsset(found.file, field) : found.url;
}

/** The image widget's control or preview, with findPicture in place of Decap's own lookup. */
function withEditorPictures(Component: ComponentType<any>, entryOf: (props: any) => ImmutableMap | undefined): ComponentType<any> {
  function EditorPictures(props: any) {
    const latest = useRef(props);
    latest.current = props;
    const getAsset = useMemo(() => (value: unknown, field: unknown) => findPicture(latest.current.getAsset, entryOf(latest.current), value, field), [props.getAsset]);
    return createElement(Component, { ...props, getAsset });
  }
  return EditorPictures;
}

function registerPictures() {
  const { control, preview, ...rest } = CMS.getWidget('image') as unknown as { control: ComponentType<any>; preview: ComponentType<any> };
  // Registered again under the same name, keeping its schema and options: the CMS treats
  // "image" fields specially (thumbnails in the entry list).
  CMS.registerWidget({
    ...rest,
    name: 'image',
    controlComponent: withEditorPictures(control, (p) => p.getEntry?.()),
    previewComponent: withEditorPictures(preview, (p) => p.entry),
  } as any);
}

/** A class update's preview, laid out like its page on the site (with the site's stylesheet). */
function registerPreviews() {
  const classes = new Map(
    ((config?.collections as any[] | undefined)?.find((c) => c.name === 'classUpdates')?.view_filters ?? []).map((f: { label: string; pattern: string }) => [f.pattern.slice(1, -1), f.label]),
  );
  const tr = t('en');
  function ClassUpdatePreview({ entry, widgetFor, getAsset }: { entry: ImmutableMap; widgetFor: (name: string) => ReactNode; getAsset: (value: unknown) => unknown }) {
    const data = entry.get('data')?.toJS() ?? {};
    const meta = [typeof data.date === 'string' && isRealDate(data.date) ? formatDate(data.date) : '', data.author ? `${tr('update.by')} ${data.author}` : ''].filter(Boolean).join(' · ');
    const images = (Array.isArray(data.images) ? data.images : []).filter((img: { src?: string }) => img?.src);
    return createElement(
      'article',
      { className: 'cms-preview' },
      createElement('p', { className: 'meta' }, String(classes.get(data.class) ?? data.class ?? '')),
      createElement('h1', null, data.title ?? ''),
      createElement('p', { className: 'meta' }, meta),
      createElement('div', { className: 'prose' }, widgetFor('body')),
      images.length
        ? createElement(
            'ul',
            { className: 'plain-list cms-gallery' },
            images.map((img: { src: string; alt?: string }, i: number) =>
              createElement('li', { key: i }, createElement('img', { src: String(findPicture(getAsset, entry, img.src) ?? ''), alt: img.alt ?? '' })),
            ),
          )
        : null,
    );
  }
  CMS.registerPreviewTemplate('classUpdates', ClassUpdatePreview as any);
  // The class update page's own (scoped) layout for its photos, which the site's stylesheet does not carry.
  CMS.registerPreviewStyle(
    `.cms-preview { padding: var(--space-5); } .cms-gallery { display: grid; gap: var(--space-4); grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); margin-block: var(--space-5); } .cms-gallery img { display: block; inline-size: 100%; block-size: auto; border-radius: var(--radius); }`,
    { raw: true },
  );
}

function registerChecks() {
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const e = entry as unknown as ImmutableMap;
      const collection = e.get('collection') as string;
      const fields = fieldsOf(collection);
      let data = e.get('data') as ImmutableMap;
      for (const path of emptyOptionalPaths(data.toJS(), fields)) data = data.deleteIn(path);
      const plain = data.toJS();
      const problems = entryProblems(collection, plain, fields);
      if (collection === 'classUpdates' && !e.get('newRecord')) {
        const moved = classFolderProblem(e.get('path'), plain.class);
        if (moved) problems.unshift(moved);
      }
      if (problems.length) {
        const error = new Error(`Please fix ${problems.length === 1 ? 'this' : 'these'} first: ${problems.join(' ')}`);
        error.name = '';
        throw error;
      }
      return data;
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const author = (entry as unknown as ImmutableMap).getIn(['data', 'author']);
      if (typeof author === 'string' && author.trim()) localStorage.setItem(AUTHOR_KEY, author.trim());
    },
  });
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
  CMS.init({ config: config as any });
}
