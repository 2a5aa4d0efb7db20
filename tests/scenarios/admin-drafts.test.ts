/**
 * Drafts stay out of the editor's own published files too: the editor's page (/admin/index.html)
 * and its configuration (/admin/config.yml) list the classes for the class updates' filters, and
 * a draft class (a class being planned, its name not yet announced) must not be among them, nor
 * anywhere else in the built site. Built with a Git host set up, so the page carries its
 * configuration as a real school's does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build';
import { contentWith } from '../helpers/content';
import { siteFiles } from '../helpers/site-files';

const DRAFT_CLASS = { slug: 'hawthorn-nursery', title: 'Hawthorn Nursery Unit' };
const GITLAB = { CMS_BACKEND: 'gitlab', CMS_REPO: 'school/website', CMS_APP_ID: 'app-1', CMS_BASE_URL: 'https://git.school.example' };

let site: BuiltSite;
beforeAll(() => {
  const content = contentWith({
    [`classes/${DRAFT_CLASS.slug}.md`]: `---\ntitle: ${DRAFT_CLASS.title}\nyear_group: Nursery\nteachers: [Mr Adeyemi]\norder: 9\nsummary: Our planned nursery unit.\ndraft: true\n---\nNot announced yet.\n`,
  });
  site = buildSite(content, '2026-11-23', GITLAB);
  if (!site.ok) throw new Error(site.output);
});

describe('a draft class in the editor’s files', () => {
  it('is not among the classes the editor filters class updates by, in the page or its configuration', () => {
    const page = site.file('/admin/index.html');
    const config = site.file('/admin/config.yml');
    // The published class is there, so the lists are the ones that would carry it.
    expect(page).toContain('"label":"Oak Class","field":"class","pattern":"^oak$"');
    expect(config).toContain('label: Oak Class');
    for (const text of [page, config]) {
      expect(text).not.toContain(DRAFT_CLASS.title);
      expect(text).not.toContain(DRAFT_CLASS.slug);
    }
  });

  it('is mentioned in no built file at all', () => {
    const found = siteFiles(site.outDir).filter((file) => {
      const text = readFileSync(join(site.outDir, file), 'latin1');
      return text.includes(DRAFT_CLASS.title) || text.includes(DRAFT_CLASS.slug);
    });
    expect(found).toEqual([]);
  });
});
