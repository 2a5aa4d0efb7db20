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
import type { CmsCollection, CmsCollectionFile, CmsConfig, CmsWidgetControlProps, CmsWidgetPreviewProps, PreviewTemplateComponentProps } from 'decap-cms-core';
import DOMPurify from 'dompurify';
import { Component, createElement, useMemo, useRef, type ComponentClass, type ComponentType } from 'react';
import siteStyles from '../../src/styles/global.css?inline';
import { t } from '../../src/i18n';
import type { CmsField } from '../config/widgets';
import { classFolderProblem, editorPicture, emptyOptionalPaths, entryProblems, photoConsentMissing, publicFolderFor, type KeyPath } from '../entry-check';
import { formatDate } from '../../src/lib/core/format';
import { previewPurifyConfig } from '../../src/lib/security/html-allowlist';
import { isRealDate } from '../../src/lib/core/time';

/** An entry's data as the CMS keeps it (an Immutable.js map), with the methods used here. */
interface EntryData {
  toJS(): Record<string, unknown>;
  deleteIn(path: KeyPath): EntryData;
}

/** An entry as the CMS hands it to previews, widgets and event handlers (an Immutable.js map). */
interface Entry {
  get(key: 'data'): EntryData;
  get(key: 'collection'): string;
  get(key: 'path'): string | undefined;
  get(key: 'newRecord'): boolean | undefined;
  getIn(path: KeyPath): unknown;
}

/** A widget's editing component is also given the entry it edits, which Decap's types leave out. */
interface ControlProps<T> extends CmsWidgetControlProps<T> {
  getEntry?: () => Entry | undefined;
}

/** What the image widget's control and preview are given that findPicture needs. */
interface PictureProps {
  getAsset: (value: unknown, field?: unknown) => unknown;
  getEntry?: () => Entry | undefined;
  entry?: Entry;
}

/**
 * The registry call that registers a widget with its options. Decap's types (decap-cms-core)
 * describe a widget's control and preview as props objects; they are React components.
 */
interface WidgetRegistry {
  registerWidget(widget: {
    name: string;
    controlComponent: ComponentType<PictureProps>;
    previewComponent: ComponentType<PictureProps>;
    [option: string]: unknown;
  }): void;
}

/** The collections as admin/config/ writes them, with the field descriptions admin/entry-check.ts reads. */
type SiteCollection = CmsCollection & { fields?: CmsField[]; files?: (CmsCollectionFile & { fields: CmsField[] })[] };
type SiteConfig = CmsConfig & { collections: SiteCollection[] };

const AUTHOR_KEY = 'school-cms:author';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const configElement = document.getElementById('cms-config');
// Written into the page by the build from admin/config/, so it has the shape given there.
const config: SiteConfig | undefined = configElement ? JSON.parse(configElement.textContent ?? '{}') : undefined;
const collections: SiteCollection[] = config?.collections ?? [];

function fieldsOf(collection: string): CmsField[] {
  const c = collections.find((x) => x.name === collection);
  return c?.fields ?? c?.files?.[0]?.fields ?? [];
}

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

const isComponent = <P>(value: unknown): value is ComponentType<P> => typeof value === 'function';
/** A class extending React's Component, as Decap's widget controls are. */
const isComponentClass = <P>(value: unknown): value is ComponentClass<P> =>
  typeof value === 'function' && Object.prototype.isPrototypeOf.call(Component, value);
const isWidgetRegistry = (value: unknown): value is WidgetRegistry => isRecord(value) && typeof value.registerWidget === 'function';

/** One of Decap's own widgets, to build on: its control and preview, and the options it was registered with. */
function builtInWidget(name: string): Record<string, unknown> {
  const widget: unknown = CMS.getWidget(name);
  if (!isRecord(widget)) throw new Error(`The editor cannot find Decap CMS's ${name} widget.`);
  return widget;
}

/** A built-in widget's editing component, which the widgets below extend (Decap's are React classes). */
function controlClassOf<P>(name: string): ComponentClass<P> {
  const { control } = builtInWidget(name);
  if (!isComponentClass<P>(control)) throw new Error(`Decap CMS's ${name} widget is not the React class the editor extends.`);
  return control;
}

/** A built-in widget's preview, if it has one. */
function previewOf(name: string): ComponentType<CmsWidgetPreviewProps> | undefined {
  const { preview } = builtInWidget(name);
  return isComponent<CmsWidgetPreviewProps>(preview) ? preview : undefined;
}

function registerWidgets() {
  class PhotoConsentControl extends controlClassOf<ControlProps<boolean>>('boolean') {
    /** Checked when the editor saves: photos need the switch on. An arrow, because the CMS calls it unbound. */
    isValid = () => {
      const data = this.props.getEntry?.()?.get('data')?.toJS() ?? {};
      if (!photoConsentMissing({ ...data, photo_consent: this.props.value })) return true;
      return {
        error: {
          type: 'CUSTOM',
          message: 'Photo consent checked: switch this on to confirm every child in the photos has photo consent, or remove the photos.',
        },
      };
    };
  }
  CMS.registerWidget('photo-consent', PhotoConsentControl, previewOf('boolean'));

  class AuthorControl extends controlClassOf<ControlProps<string | undefined>>('string') {
    componentDidMount() {
      super.componentDidMount?.();
      const remembered = localStorage.getItem(AUTHOR_KEY);
      if (!this.props.value && remembered) this.props.onChange(remembered);
    }
  }
  CMS.registerWidget('author', AuthorControl, previewOf('string'));
}

/**
 * Where the editor finds a picture written `/uploads/…`. Decap would load it from the live site,
 * where originals are never published, so thumbnails and previews would be broken; instead it
 * comes through the CMS (just uploaded, or in this entry's folder) or from the small copies the
 * build makes at /admin/uploads/ (see editorPicture in admin/entry-check.ts).
 */
function findPicture(getAsset: (path: string, field?: unknown) => unknown, entry: Entry | undefined, path: string, field?: unknown): unknown {
  const collection = collections.find((c) => c.name === entry?.get('collection'));
  const folder = publicFolderFor(collection?.public_folder ?? config?.public_folder, entry?.get('data')?.toJS() ?? {});
  const found = editorPicture(path, folder);
  if (!found) return getAsset(path, field);
  return 'file' in found ? getAsset(found.file, field) : found.url;
}

/** The image widget's control or preview, with findPicture in place of Decap's own lookup. */
function withEditorPictures(Picture: ComponentType<PictureProps>, entryOf: (props: PictureProps) => Entry | undefined): ComponentType<PictureProps> {
  function EditorPictures(props: PictureProps) {
    const latest = useRef(props);
    latest.current = props;
    const getAsset = useMemo(
      () => (value: unknown, field: unknown) => {
        const own = latest.current.getAsset;
        return typeof value === 'string' ? findPicture(own, entryOf(latest.current), value, field) : own(value, field);
      },
      [props.getAsset],
    );
    return createElement(Picture, { ...props, getAsset });
  }
  return EditorPictures;
}

function registerPictures() {
  const { control, preview, ...rest } = builtInWidget('image');
  const registry: unknown = CMS;
  if (!isComponent<PictureProps>(control) || !isComponent<PictureProps>(preview) || !isWidgetRegistry(registry)) {
    throw new Error("The editor cannot find Decap CMS's image widget.");
  }
  // Registered again under the same name, keeping its schema and options: the CMS treats
  // "image" fields specially (thumbnails in the entry list).
  registry.registerWidget({
    ...rest,
    name: 'image',
    controlComponent: withEditorPictures(control, (p) => p.getEntry?.()),
    previewComponent: withEditorPictures(preview, (p) => p.entry),
  });
}

/** A class update's preview, laid out like its page on the site (with the site's stylesheet). */
function registerPreviews() {
  const filters = collections.find((c) => c.name === 'classUpdates')?.view_filters ?? [];
  const classes = new Map(filters.flatMap((f) => (typeof f.pattern === 'string' ? [[f.pattern.slice(1, -1), f.label] as const] : [])));
  const tr = t('en');
  function ClassUpdatePreview({ entry, widgetFor, getAsset }: Pick<PreviewTemplateComponentProps, 'widgetFor' | 'getAsset'> & { entry: Entry }) {
    const data = entry.get('data')?.toJS() ?? {};
    const meta = [typeof data.date === 'string' && isRealDate(data.date) ? formatDate(data.date) : '', data.author ? `${tr('update.by')} ${data.author}` : '']
      .filter(Boolean)
      .join(' · ');
    const images = (Array.isArray(data.images) ? data.images : []).filter(
      (img: unknown): img is { src: string; alt?: unknown } => isRecord(img) && typeof img.src === 'string' && img.src !== '',
    );
    const classSlug = typeof data.class === 'string' ? data.class : '';
    return createElement(
      'article',
      { className: 'cms-preview' },
      createElement('p', { className: 'meta' }, classes.get(classSlug) ?? classSlug),
      createElement('h1', null, String(data.title ?? '')),
      createElement('p', { className: 'meta' }, meta),
      createElement('div', { className: 'prose' }, widgetFor('body')),
      images.length
        ? createElement(
            'ul',
            { className: 'plain-list cms-gallery' },
            images.map((img, i) =>
              createElement('li', { key: i }, createElement('img', { src: String(findPicture(getAsset, entry, img.src) ?? ''), alt: String(img.alt ?? '') })),
            ),
          )
        : null,
    );
  }
  CMS.registerPreviewTemplate('classUpdates', ClassUpdatePreview);
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
      const e: Entry = entry;
      const collection = e.get('collection');
      const fields = fieldsOf(collection);
      let data = e.get('data');
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
      const author = entry.getIn(['data', 'author']);
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
  CMS.init({ config });
}
