/** A class update's preview in the editor, laid out like its page on the site, with the site's stylesheet. */
import CMS from 'decap-cms-app';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement } from 'react';
import { t } from '../../src/i18n';
import { formatDate } from '../../src/lib/core/format';
import { isRealDate } from '../../src/lib/core/time';
import { collections, isRecord, type Entry } from './decap';
import { findPicture } from './widgets';

/** A class update's preview, laid out like its page on the site (with the site's stylesheet). */
export function registerPreviews() {
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
