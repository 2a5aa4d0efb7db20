/** Newsletters translated into one language, `/<lang>/newsletters/rss.xml`, for each language that has any. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { translatedNewslettersFeed } from '@/data/feeds';
import { settings } from '@/data/site';
import { translationsIn } from '@/data/translations';
import { t } from '@/i18n';

export const getStaticPaths = (async () => {
  const translations = await translationsIn('newsletters');
  const langs = [...new Set(translations.map((tr) => tr.lang))];
  return langs.map((lang) => ({ params: { lang }, props: { translations: translations.filter((tr) => tr.lang === lang) } }));
}) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ params, props }) => {
  const lang = params.lang!;
  const tr = t(lang);
  return translatedNewslettersFeed({
    lang,
    title: `${settings.name}: ${tr('newsletters.title')}`,
    description: tr('newsletters.translatedFeed'),
    translations: props.translations,
  });
};
