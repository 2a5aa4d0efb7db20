/**
 * Content collections: a glob loader over each folder of `content/` with its schema. Nothing else
 * lives here; the schemas are in src/schemas and the whole-site checks in src/lib/content-check.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionSpec } from './schemas/index';
import { TRANSLATABLE, translationSchema } from './schemas/translation';
import { readText } from './lib/content/files';
import { parseMarkdownFile } from './lib/content/frontmatter';
import { takeParsed } from './lib/content/parsed-once';
import { ContentError, formatIssues } from './lib/content/problems';
import { SCHOOLS_FOLDER, TRUST_FOLDER, localVersionsIn, siteTarget, type SharedCollection } from './lib/content/trust';

const target = siteTarget();
const base = target.dir;

/**
 * The content store keeps each entry's fields and rendered HTML, not its Markdown text: Astro
 * bundles the whole store into the build's code, and with the text kept too, a ten-year archive's
 * store was half as big again and bundling it was the build's largest use of memory. The one
 * reader of the text (which uploads published pages link to, src/data/published.ts) reads the file.
 */
const KEEP_NO_BODY = { retainBody: false } as const;

/**
 * Astro's glob loader, but with frontmatter read as YAML 1.2 (dates stay text, so impossible dates
 * are caught) and schema errors reported with the file's path in words an editor understands.
 * The content check in the build integration reports the same problems before the build starts;
 * this covers edits made while the development server is running.
 */
function schoolGlob(spec: CollectionSpec, pattern = spec.nested ? '*/[^_]*.{md,mdx}' : '[^_]*.{md,mdx}', present = existsSync(join(base, spec.dir))): Loader {
  // A school need not have every kind of content: an absent folder is an empty collection, quietly.
  if (!present) return { name: 'school-glob', load: async ({ store }) => store.clear() };
  return checkedGlob(spec, glob({ ...KEEP_NO_BODY, base: `${base}/${spec.dir}`, pattern, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }));
}

/**
 * A school in a trust publishes the trust's policies (or events) with its own: one glob over the
 * trust's folder and the school's, leaving out each trust entry the school has its own version of.
 * The entry's file (under trust/) is how pages know it is the trust's.
 */
function trustSchoolGlob(spec: CollectionSpec & { dir: SharedCollection }): Loader {
  if (target.kind !== 'trust-school') return schoolGlob(spec);
  const own = `${SCHOOLS_FOLDER}/${target.school}/${spec.dir}`;
  const shared = `${TRUST_FOLDER}/${spec.dir}`;
  const replaced = localVersionsIn(target, spec.dir).map((id) => `!${shared}/${id}.{md,mdx}`);
  const pattern = [`${own}/[^_]*.{md,mdx}`, `${shared}/[^_]*.{md,mdx}`, ...replaced];
  return checkedGlob(
    spec,
    glob({ ...KEEP_NO_BODY, base: target.layout.root, pattern, generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, '') }),
  );
}

/** Astro's glob loader with the files' fields taken from the content check (or read and checked here). */
function checkedGlob(spec: CollectionSpec, inner: Loader): Loader {
  return {
    name: 'school-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
          const read = props.filePath ? readText(readFileSync(props.filePath)) : undefined;
          if (read?.problem !== undefined) throw new ContentError([{ file, message: read.problem }]);
          // Checked as the build started, from exactly this text: its fields, without parsing it again.
          const checked = read?.text !== undefined && props.filePath ? takeParsed(props.filePath, read.text) : undefined;
          if (checked) return context.parseData({ ...props, data: checked as typeof props.data });
          const fresh = read?.text !== undefined ? parseMarkdownFile(read.text) : { data: props.data };
          if ('error' in fresh && fresh.error) throw new ContentError([{ file, message: fresh.error }]);
          const result = spec.schema.safeParse(fresh.data);
          if (!result.success) throw new ContentError(formatIssues(file, result.error.issues));
          return context.parseData({ ...props, data: fresh.data as typeof props.data });
        },
      }),
  };
}

/** Whether any translatable folder has a language folder in it. */
function hasTranslations(): boolean {
  return TRANSLATABLE.some((dir) => {
    try {
      return readdirSync(join(base, dir), { withFileTypes: true }).some((d) => d.isDirectory());
    } catch {
      return false;
    }
  });
}

const {
  policies,
  newsletters,
  classes,
  classUpdates,
  curriculumLetters,
  events,
  pages,
  surveys,
  services,
  homeLearning,
  governors,
  vacancies,
  notices,
  clubs,
  menus,
} = COLLECTIONS;

// Written out one by one so each collection keeps its own schema's type.
export const collections = {
  policies: defineCollection({ loader: trustSchoolGlob(policies), schema: policies.schema }),
  newsletters: defineCollection({ loader: schoolGlob(newsletters), schema: newsletters.schema }),
  classes: defineCollection({ loader: schoolGlob(classes), schema: classes.schema }),
  classUpdates: defineCollection({ loader: schoolGlob(classUpdates), schema: classUpdates.schema }),
  curriculumLetters: defineCollection({ loader: schoolGlob(curriculumLetters), schema: curriculumLetters.schema }),
  events: defineCollection({ loader: trustSchoolGlob(events), schema: events.schema }),
  pages: defineCollection({ loader: schoolGlob(pages), schema: pages.schema }),
  surveys: defineCollection({ loader: schoolGlob(surveys), schema: surveys.schema }),
  services: defineCollection({ loader: schoolGlob(services), schema: services.schema }),
  homeLearning: defineCollection({ loader: schoolGlob(homeLearning), schema: homeLearning.schema }),
  governors: defineCollection({ loader: schoolGlob(governors), schema: governors.schema }),
  vacancies: defineCollection({ loader: schoolGlob(vacancies), schema: vacancies.schema }),
  notices: defineCollection({ loader: schoolGlob(notices), schema: notices.schema }),
  clubs: defineCollection({ loader: schoolGlob(clubs), schema: clubs.schema }),
  // Translations of policies, newsletters, pages and notices: `<collection>/<lang>/<slug>`.
  menus: defineCollection({ loader: schoolGlob(menus), schema: menus.schema }),
  translations: defineCollection({
    loader: schoolGlob({ dir: '.', schema: translationSchema }, `{${TRANSLATABLE.join(',')}}/*/[^_]*.{md,mdx}`, hasTranslations()),
    schema: translationSchema,
  }),
};
