/**
 * The project's layers, enforced (`npm run lint` runs this on every test run). Arrows point the
 * way imports may go:
 *
 *   src/lib/core  ←  src/schemas  ←  src/lib/content        (reads the content folder)
 *        ↑               ↑       ↖  src/lib/domain          (pure rules of the school's site)
 *        └───────── src/lib/security                        (pure: sanitiser, policies, XML)
 *   src/data, src/integrations, src/pages, src/components, src/layouts: may use all of the above
 *   admin/ (the editor's source): schemas and lib, never the Astro side
 *   scripts/, tests/: anything
 *
 * Nothing under src/lib or src/schemas imports Astro's runtime (`astro:*`), so vitest and Node
 * scripts can use it directly; only src/lib/content touches the disk.
 */
const SITE_SIDE = '^src/(data|pages|components|layouts|integrations)/|^src/content\\.config\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be understood, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stands-alone',
      severity: 'error',
      comment: 'The core (time, school year, recurrence, formatting) is what schemas build on: it imports nothing of the project and never reads the disk.',
      from: { path: '^src/lib/core/' },
      to: { pathNot: '^src/lib/core/', path: '^(src|admin|scripts|tests)/|^node:fs$|^fs$' },
    },
    {
      name: 'schemas-use-only-the-core',
      severity: 'error',
      comment: 'The content model is the bottom of the site: schemas may use the core, nothing else of the project.',
      from: { path: '^src/schemas/' },
      to: { path: '^(src|admin|scripts|tests)/', pathNot: '^src/(schemas|lib/core)/' },
    },
    {
      name: 'content-reads-below-domain',
      severity: 'error',
      comment: 'Reading and checking content may use the core and the schemas, not the domain, security, the Astro side or the editor.',
      from: { path: '^src/lib/content/' },
      to: { path: '^(src|admin|scripts|tests)/', pathNot: '^src/(schemas|lib/core|lib/content)/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Domain rules are pure: core, schemas and security only; no disk, no content reading, no Astro side.',
      from: { path: '^src/lib/domain/' },
      to: { path: '^(src|admin|scripts|tests)/|^node:fs$|^fs$', pathNot: '^src/(schemas|lib/core|lib/domain|lib/security)/' },
    },
    {
      name: 'security-stands-alone',
      severity: 'error',
      comment: 'The sanitiser, the policies and the XML rules depend on nothing of the project, so nothing can weaken them from below.',
      from: { path: '^src/lib/security/' },
      to: { path: '^(src|admin|scripts|tests)/|^node:fs$|^fs$', pathNot: '^src/lib/(security|core)/' },
    },
    {
      name: 'lib-without-astro-runtime',
      severity: 'error',
      comment: 'src/lib, src/schemas and admin/ never import astro:* modules, so vitest and Node scripts can run them.',
      from: { path: '^(src/lib|src/schemas|admin)/' },
      to: { path: '^astro:' },
    },
    {
      name: 'editor-source-apart-from-the-site',
      severity: 'error',
      comment: 'The editor (admin/) is built from the schemas and lib, never from the site’s pages or data access.',
      from: { path: '^admin/' },
      to: { path: SITE_SIDE },
    },
    {
      name: 'site-never-imports-tools',
      severity: 'error',
      comment: 'Tools used only by scripts and tests (scripts/, tests/) are never part of the site.',
      from: { path: '^(src|admin)/' },
      to: { path: '^(scripts|tests)/', pathNot: '^scripts/ts-hooks\\.mjs$' },
    },
    {
      name: 'only-admin-routes-use-the-editor',
      severity: 'error',
      comment: 'The site reaches the editor’s source only through its admin routes and their data.',
      from: { path: '^src/', pathNot: '^src/(pages/admin/|data/admin\\.ts$)' },
      to: { path: '^admin/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro|tests/fixtures)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.astro', '.d.ts'],
    },
    moduleSystems: ['es6', 'cjs'],
    extraExtensionsToScan: ['.astro'],
  },
};
