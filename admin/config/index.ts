/**
 * The Decap CMS configuration as a whole (what `/admin/config.yml` shows): the collections, built
 * from the content schemas and the editor's wording, and the Git host from the environment.
 */
import { cmsCollections, cmsMediaFolder } from './collections';
import type { CmsBackend } from './git-host';
import type { CmsContext, CmsField } from './widgets';

export interface CmsConfigInput extends CmsContext {
  backend: CmsBackend;
  /** The school's name, shown on the login page and in the browser tab. */
  schoolName: string;
  /** The public site's address, for "view on site" links. */
  siteUrl: string;
}

/** The complete Decap configuration (what `/admin/config.yml` shows). */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const { backend } = input;
  return {
    load_config_file: false,
    backend: backend.backend,
    ...(backend.local_backend ? { local_backend: backend.local_backend } : {}),
    publish_mode: backend.publish_mode,
    locale: 'en',
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    logo: { src: '/admin/logo.svg', show_in_header: true },
    show_preview_links: true,
    media_folder: cmsMediaFolder(input.contentDir),
    public_folder: '/uploads',
    // Phone photos are 4000 pixels wide and carry where they were taken. The browser shrinks them
    // to 2000 pixels and re-encodes them (which drops that data) before anything is committed;
    // the build then makes the small versions parents download.
    media_processing: { enabled: true, strip_metadata: true, width: 2000, quality: 85 },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: cmsCollections(input),
  };
}

/** The fields of a collection (or of the settings file) in a configuration. */
export function configFields(config: Record<string, unknown>, collection: string): CmsField[] {
  const c = (config.collections as { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] }[]).find((x) => x.name === collection);
  if (!c) throw new Error(`No collection ${collection} in the CMS configuration.`);
  return c.fields ?? c.files![0]!.fields;
}
