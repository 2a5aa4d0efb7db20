/** Newsletters translated into one language, `/<lang>/newsletters/rss.xml`, for each language that has any. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { translatedNewslettersFeed } from '../../../data/feeds';
import { settings } from '../../../data/site';
import { translationsIn, type Translated } from '../../../data/translations';
import { t } from '../../../i18n';

export const getStaticPaths = (async () => {
  const translations = await translationsIn('newsletters');
  const langs = [...new Set(translations.map((tr) => tr.lang))];
  return langs.map((lang) => ({ params: { lang }, props: { translations: translations.filter((tr) => tr.lang === lang) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params.lang!;
  const tr = t(lang);
  return translatedNewslettersFeed({
    lang,
    title: `${settings.name}: ${tr('newsletters.title')}`,
    description: tr('newsletters.translatedFeed'),
    translations: (props as { translations: Translated<'newsletters'>[] }).translations,
  });
};
