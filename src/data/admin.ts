/**
 * The CMS configuration for this build or development server: the schemas and the site's own
 * lists (classes, statutory items) through admin/config/, and the Git host from the
 * environment. Shared by the admin page and /admin/config.yml.
 */
import { getClasses, today } from './site';
import { cmsBackend, type CmsBackend } from '../../admin/config/git-host';
import { cmsConfig } from '../../admin/config/index';
import { contentDir, loadSettings, repositoryContentDir, translationLanguages } from '../lib/content/settings';
import { statutoryItems } from '../lib/content/statutory';

export interface AdminSetup {
  config: Record<string, unknown>;
  backend: CmsBackend;
  schoolName: string;
}

/**
 * Everything the admin page needs. A Git host that is set up wrongly (a missing repository or
 * application ID) stops the build with the reason, rather than publishing an editor that cannot log in.
 */
export async function adminSetup(siteUrl?: string): Promise<AdminSetup> {
  const settings = loadSettings(contentDir());
  const backend = cmsBackend(process.env, import.meta.env.DEV);
  if (backend.problems.length) {
    throw new Error(
      `The CMS at /admin/ is not set up correctly:\n${backend.problems.map((p) => `  • ${p}`).join('\n')}\nSee “Connecting the school’s Git host” in docs/setting-up.md.`,
    );
  }
  // Published classes only: the page and config.yml are public files, and a draft class (one being
  // planned) must not be named in them. The class field itself still offers every class, drafts too.
  const classes = (await getClasses()).map((c) => ({ slug: c.id, title: c.data.title }));
  const config = cmsConfig({
    backend,
    contentDir: repositoryContentDir(),
    classes,
    statutory: statutoryItems().map((s) => ({ key: s.key, title: s.title })),
    languages: translationLanguages(settings.languages),
    timeZone: settings.timezone,
    // The demo is shown as on its own date, so a new entry is dated that day (see pinDemoDate).
    today: settings.demo_date ? today : undefined,
    schoolName: settings.name,
    siteUrl: siteUrl ?? settings.url,
  });
  return { config, backend, schoolName: settings.name };
}
