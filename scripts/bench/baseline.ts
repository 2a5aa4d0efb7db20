/**
 * The bare Astro baseline the site's build is compared with: a minimal project that renders the
 * same Markdown files, one page per entry, with a minimal template and Astro's defaults (no
 * schemas, no lists, no feeds, no images, no search index). It reuses this repository's
 * node_modules through a symbolic link, so both builds run the same Astro.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Folders of the content tree that hold Markdown entries, and whether entries sit one folder down. */
const FOLDERS: Record<string, boolean> = {
  policies: false,
  newsletters: false,
  classes: false,
  'class-updates': true,
  'curriculum-letters': false,
  events: false,
  pages: false,
};

/**
 * Writes the baseline project into `dir`, reading Markdown from `contentDir`; it builds into
 * `dir/dist` (inside the project, so the prerendered chunks find the linked node_modules).
 */
export function writeBaselineProject(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n`,
  );
  const collections = Object.entries(FOLDERS).map(([folder, nested]) => {
    const name = folder.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const base = JSON.stringify(join(contentDir, folder));
    const pattern = JSON.stringify(nested ? '*/*.md' : '*.md');
    return `  ${name}: defineCollection({ loader: glob({ base: ${base}, pattern: ${pattern} }) }),`;
  });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = {\n${collections.join('\n')}\n};\n`,
  );
  const names = Object.keys(FOLDERS).map((f) => f.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const names = ${JSON.stringify(names)};
  const all = (await Promise.all(names.map((name) => getCollection(name as never)))).flat() as { id: string; collection: string }[];
  return all.map((entry) => ({ params: { slug: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));
}
const { entry } = Astro.props as { entry: Parameters<typeof render>[0] & { data: { title: string } } };
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  );
}
