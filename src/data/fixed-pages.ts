/** The school's own words for a fixed page such as /admissions/: `content/pages/<name>.md`, when it has one. */
import { PAGES_WITH_OWN_TEXT } from '../schemas/routes';
import { getPages, type Page } from './site';

/** The page that gives a fixed page (its address, such as `/admissions/`) its title, summary and text. */
export async function ownText(path: string): Promise<Page | undefined> {
  const name = path.replace(/^\/|\/$/g, '');
  if (!PAGES_WITH_OWN_TEXT.includes(name)) throw new Error(`${path} is not a page that takes the school's own text.`);
  return (await getPages()).find((p) => p.id === name);
}
