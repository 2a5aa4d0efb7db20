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
    // No media_processing: Decap's sets every photo to one width, enlarging smaller ones. The
    // editor prepares photos itself before they are committed (admin/browser/uploads.ts): camera
    // data dropped, made smaller when wider than 2000 pixels, never larger.
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
