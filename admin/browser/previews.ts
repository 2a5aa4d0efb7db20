/**
 * Previews in the editor laid out like the pages on the site, with the site's stylesheet: a class
 * update's, and an event's (its kind, when, where and who in words, never a stored value such as
 * "consultation" or 2026-10-14T18:00).
 */
import CMS from 'decap-cms-app';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement } from 'react';
import { t } from '../../src/i18n';
import { formatDate, formatWhen } from '../../src/lib/core/format';
import { isAllDay, isRealDate, isRealLocalDateTime } from '../../src/lib/core/time';
import { eventCategoryLabel } from '../../src/lib/domain/labels';
import { collections, isRecord, type Entry } from './decap';
import { findPicture } from './widgets';

const isDateOrTime = (value: unknown): value is string => typeof value === 'string' && (isRealDate(value) || isRealLocalDateTime(value));

/** When an event happens, as its page says it; what was typed, while it cannot be read. */
function eventWhen(data: Record<string, unknown>, to: string): string {
  const { start, end } = data;
  if (!isDateOrTime(start)) return typeof start === 'string' ? start : '';
  const last = isDateOrTime(end) && isAllDay(end) === isAllDay(start) && end >= start ? end : start;
  return formatWhen({ start, end: last }, 'en', { to });
}

/** The class update's and the event's previews, laid out like their pages on the site (with the site's stylesheet). */
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

  function EventPreview({ entry, widgetFor }: Pick<PreviewTemplateComponentProps, 'widgetFor'> & { entry: Entry }) {
    const data = entry.get('data')?.toJS() ?? {};
    const repeat = isRecord(data.repeat) && typeof data.repeat.until === 'string' && isRealDate(data.repeat.until) ? data.repeat.until : undefined;
    const who = (Array.isArray(data.classes) ? data.classes : []).map((slug: unknown) => classes.get(String(slug)) ?? String(slug));
    const fact = (term: string, detail: string) => createElement('div', { key: term }, createElement('dt', null, term), createElement('dd', null, detail));
    return createElement(
      'article',
      { className: 'cms-preview' },
      createElement('p', { className: 'meta' }, typeof data.category === 'string' ? eventCategoryLabel(data.category) : ''),
      createElement('h1', null, String(data.title ?? '')),
      createElement('p', { className: 'lead' }, String(data.summary ?? '')),
      createElement(
        'dl',
        { className: 'cms-facts' },
        fact(tr('event.when'), [eventWhen(data, tr('date.to')), repeat ? tr('event.repeats', { until: formatDate(repeat) }) : ''].filter(Boolean).join('. ')),
        typeof data.location === 'string' && data.location ? fact(tr('event.where'), data.location) : null,
        fact(tr('event.who'), who.length ? who.join(', ') : tr('event.wholeSchool')),
      ),
      createElement('div', { className: 'prose' }, widgetFor('body')),
    );
  }
  CMS.registerPreviewTemplate('events', EventPreview);

  // The pages' own (scoped) layouts, which the site's stylesheet does not carry: a class update's
  // photos, and an event's facts.
  CMS.registerPreviewStyle(
    `.cms-preview { padding: var(--space-5); } .cms-gallery { display: grid; gap: var(--space-4); grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); margin-block: var(--space-5); } .cms-gallery img { display: block; inline-size: 100%; block-size: auto; border-radius: var(--radius); }
    .cms-facts { display: grid; gap: var(--space-3); max-inline-size: var(--measure); padding: var(--space-4); background: var(--colour-bg-soft); border-radius: var(--radius); } .cms-facts dt { font-size: var(--font-size-small); color: var(--colour-text-muted); } .cms-facts dd { margin: 0; font-weight: 600; }`,
    { raw: true },
  );
}
