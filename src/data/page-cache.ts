/**
 * The keys under which a rebuild reuses a page from the last build instead of rendering it again
 * (Astro's `experimental.incrementalBuild`: a path whose `getStaticPaths` entry has a `cacheKey` is
 * copied from the last build's output when its route's code and its key are unchanged).
 *
 * A page shows far more than its own entry: the school's settings (name, phone number, address,
 * opening hours), the menu's pages, the urgent notices up at the build's "now", the footer's links,
 * the demonstration note, and words relative to today ("overdue", the search archive's cut-off).
 * All of that is the site's *chrome*, hashed once per build; a page's key is the chrome's hash with
 * everything else the page reads: its props and whatever its template looks up besides. A route
 * gives a key only when its template reads nothing that is not in it; a stale page is worse than a
 * slow build, so when in doubt a route has no key and is rendered every time.
 */
import { sha256 } from '../integrations/build-cache';
import { siteTarget } from '../lib/content/trust';
import { memoise } from '../lib/core/memo';
import { stableJson } from '../lib/core/stable-json';
import { noticesFor } from './notices';
import { getGovernors, getHomeLearning, getPages, getVacancies, inBuild, settings, today } from './site';
import { translationsIn } from './translations';
import { localVersions, trustSettings } from './trust';
import { uploadedImage } from './uploads';

/**
 * What the layout and the components on every page read (src/layouts/Base.astro, SiteNotices,
 * DemoNote, SiteFooter, TrustNote), hashed: a change to any of it renders every keyed page again.
 */
export const siteChrome = memoise(async (): Promise<string> => {
  const languages = [...new Set(['en', ...settings.languages.map((l) => l.code)])];
  return sha256(
    stableJson({
      settings,
      today,
      // Notices go up and come down at a time of day: what matters is which are up, in each language.
      notices: await Promise.all(languages.map(async (lang) => [lang, await noticesFor(lang)])),
      target: siteTarget(),
      trustSettings,
      localVersions,
      pages: await getPages(),
      pageTranslations: await translationsIn('pages'),
      footer: { homeLearning: (await getHomeLearning()).length, governors: (await getGovernors()).length, vacancies: (await getVacancies()).length },
    }),
  );
}, inBuild);

/**
 * The uploaded pictures at these `/uploads/...` paths as a page shows them: each one's published
 * file name (Vite names it by a hash of the picture's bytes), width, height and format. The route's
 * own code hash leaves the uploads folder out (see src/integrations/page-cache.ts), or a teacher's
 * new photo would make every page that can show a photo render again; so a page's key names the
 * pictures it shows.
 */
export async function pictures(paths: readonly string[]): Promise<unknown[]> {
  return Promise.all(
    paths.map(async (path) => {
      const { src, width, height, format, orientation } = await uploadedImage(path);
      return { path, src, width, height, format, orientation };
    }),
  );
}

/** The key of one page: the site's chrome and everything else the page reads (`inputs`: its props, the lists it looks up). */
export async function pageCacheKey(inputs: Record<string, unknown>): Promise<string> {
  return sha256(`${await siteChrome()}\n${stableJson(inputs)}`);
}

/**
 * The key of a file that is not a page and shows none of the chrome (an event's calendar file, a
 * newsletter's email, the editor's small copy of a picture): everything it reads, and nothing else.
 */
export function fileCacheKey(inputs: Record<string, unknown>): string {
  return sha256(stableJson(inputs));
}
