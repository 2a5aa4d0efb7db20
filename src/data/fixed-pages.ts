/**
 * The school's own words for a fixed page such as /admissions/: `content/pages/<name>.md`, when it
 * has one, gives the page its title, summary, opening text and translations.
 */
import { render } from 'astro:content';
import { PAGES_WITH_OWN_TEXT } from '../schemas/routes';
import { getPages, type Page } from './site';
import { alternatesFor } from './translations';

/** The page that gives a fixed page (its address, such as `/admissions/`) its title, summary and text. */
export async function ownText(path: string): Promise<Page | undefined> {
  const name = path.replace(/^\/|\/$/g, '');
  if (!PAGES_WITH_OWN_TEXT.includes(name)) throw new Error(`${path} is not a page that takes the school's own text.`);
  return (await getPages()).find((p) => p.id === name);
}

/**
 * What a fixed page says of itself: the school's title and summary for it, or the site's own
 * words; the school's text, to render; and the translations of that text, for the language switcher.
 */
export async function fixedPageWords(path: string, fallback: { title: string; description: string }) {
  const page = await ownText(path);
  return {
    page,
    title: page?.data.title ?? fallback.title,
    description: page?.data.summary ?? fallback.description,
    Text: page ? (await render(page)).Content : undefined,
    alternates: page ? await alternatesFor('pages', page.id) : [],
  };
}
