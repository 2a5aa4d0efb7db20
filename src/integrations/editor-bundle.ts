/**
 * The editor's browser code (Decap CMS with the site's own widgets, previews and checks, from
 * admin/browser/index.ts), bundled once and kept between builds. It is over 5 MB of JavaScript
 * made from a thousand modules, and bundling it took 3 to 16 seconds of every build, while it only
 * changes when the installed packages or the editor's own code do: never when a teacher publishes.
 *
 * So a build bundles it with Vite (the same Vite, and the same settings, as Astro's own bundle of
 * the pages' scripts), alongside the rest of the build, into `_astro/editor/` under names made
 * from the files' contents, and keeps the result in the build cache. The page /admin/ still loads
 * it from its own small script, after its frame guard (src/pages/admin/index.astro), through the
 * module `virtual:school/editor`. Under the development server that module loads
 * admin/browser/index.ts itself, so Vite serves and reloads the editor's source as before.
 *
 * A kept bundle is never trusted blindly. It is kept under a key of the installed packages
 * (package-lock.json), the version of Node, the build mode and NODE_ENV, the site's configuration
 * (astro.config.mjs, tsconfig.json), this file and every file under admin/browser/; with it is
 * kept the list of every other file the bundler read (the schemas, the site's lib, admin/*.ts,
 * the stylesheet and what it imports) and each one's hash, and the names in each of their folders
 * and those above (a new file there could change what an import finds). It is reused only when the key
 * is the same, every one of those files and folders is as it was, and every file of the bundle
 * is exactly as kept (its hash, see ./build-cache.ts). Otherwise it is bundled afresh.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
// Astro's own Vite (the project installs no other), so the editor is bundled as the pages' scripts are.
import { build, type InlineConfig, type Plugin } from 'vite';
import { plainFilesUnder } from '../lib/content/files';
import { cacheKey, restoreFolder, saveFolder, sha256 } from './build-cache';

/** The editor's entry module, from the project's root. */
const EDITOR_ENTRY = 'admin/browser/index.ts';
/** The editor's own browser code: every file in it is part of the key, imported or not yet. */
const EDITOR_SOURCE = 'admin/browser';
/** What else shapes the bundle besides the files it imports. */
const KEY_FILES = ['package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'src/integrations/editor-bundle.ts'];
/** The bundle's name in the build cache. */
const CACHE_NAME = 'editor-bundle';
/** Kept with the bundle, never published: what it was made from (see `BundleInputs`). */
const INPUTS_FILE = 'inputs.json';
/** The module the page /admin/ imports to start the editor (declared in ./editor-module.d.ts). */
const EDITOR_MODULE = 'virtual:school/editor';
const RESOLVED_EDITOR_MODULE = `\0${EDITOR_MODULE}`;

/** The files a bundle was read from, other than installed packages, with their hashes; and the names in each of their folders. */
export interface BundleInputs {
  /** The bundle's entry file, from the output folder: `_astro/editor/editor.B7O82qJz.js`. */
  entry: string;
  /** Each file read, by path from the project's root, and a hash of its bytes. */
  files: Record<string, string>;
  /** Each folder holding one of those files or above one (short of the root), by path from the root, and a hash of the names in it. */
  folders: Record<string, string>;
}

const slashed = (path: string) => path.split('\\').join('/');

/** A hash of a file's bytes, or `missing`. */
function fileHash(path: string): string {
  try {
    return sha256(readFileSync(path));
  } catch {
    return 'missing';
  }
}

/** A hash of the names in a folder, or `missing`. */
function folderHash(path: string): string {
  try {
    return sha256(readdirSync(path).sort().join('\n'));
  } catch {
    return 'missing';
  }
}

/**
 * The key of the editor's bundle, before the files it imports are known: the installed packages,
 * the site's configuration, how it is bundled (this file), every file of the editor's own code,
 * the version of Node, the build mode and NODE_ENV (Vite writes it into the bundle: React's
 * production or development code).
 */
export function editorBundleKey(root: string, mode = 'production', node = process.version, nodeEnv = process.env.NODE_ENV ?? ''): string {
  const files = KEY_FILES.map((path) => join(root, path))
    .concat(plainFilesUnder(join(root, EDITOR_SOURCE)).sort())
    .filter((file) => existsSync(file));
  return cacheKey([node, mode, nodeEnv, ...files.flatMap((file) => [slashed(relative(root, file)), readFileSync(file)])]);
}

/** The folders above a file, from its own up to (not including) the project's root: `src/lib/core`, `src/lib`, `src`. */
function foldersAbove(file: string): string[] {
  const folders: string[] = [];
  for (let dir = dirname(file); dir !== '.' && !dir.startsWith('..') && dir !== dirname(dir); dir = dirname(dir)) folders.push(dir);
  return folders;
}

/**
 * What a bundle read, recorded as `BundleInputs` from the absolute paths of the files: each with
 * its hash, and the names in each folder above it (a new file there could change what an import
 * finds: `./dates` found as `dates/index.ts` before a `dates.ts` was added).
 */
export function recordInputs(root: string, entry: string, read: Iterable<string>): BundleInputs {
  const files = [...new Set(read)].map((file) => slashed(relative(root, file))).sort();
  const folders = [...new Set(files.flatMap(foldersAbove))].sort();
  return {
    entry,
    files: Object.fromEntries(files.map((file) => [file, fileHash(join(root, file))])),
    folders: Object.fromEntries(folders.map((folder) => [folder, folderHash(join(root, folder))])),
  };
}

/** The first file or folder a bundle read that is no longer as it was, or undefined when none changed. */
export function changedInput(root: string, inputs: BundleInputs): string | undefined {
  const file = Object.entries(inputs.files).find(([path, hash]) => fileHash(join(root, path)) !== hash);
  if (file) return file[0];
  return Object.entries(inputs.folders).find(([path, hash]) => folderHash(join(root, path)) !== hash)?.[0];
}

/** The files a module id names (its query left out), when it is a file of the project rather than an installed package or a virtual module. */
function projectFile(id: string): string | undefined {
  const file = id.replace(/[?#].*$/, '');
  return isAbsolute(file) && !file.includes('\0') && !/[\\/]node_modules[\\/]/.test(file) && existsSync(file) ? file : undefined;
}

/**
 * Bundles the editor into `outDir` (its files under `<assets>/editor/`) and returns what it read.
 * The settings are those of Astro's bundle of the pages' scripts (astro/dist/core/build/vite-build-config.js),
 * with the site's own (astro.config.mjs: no inlined assets, the `@/` alias).
 */
export async function bundleEditor(root: string, outDir: string, assets = '_astro', mode = 'production'): Promise<BundleInputs> {
  const read = new Set<string>();
  let entry: string | undefined;
  const record: Plugin = {
    name: 'school:editor-inputs',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.isEntry) entry = chunk.fileName;
        for (const id of chunk.moduleIds) {
          const file = projectFile(id);
          if (file) read.add(file);
        }
      }
    },
  };
  // A stylesheet's own imports (`@import './tokens.css'`) are not modules of the bundle: PostCSS reports them.
  const stylesheetImports = {
    postcssPlugin: 'school-editor-stylesheet-imports',
    OnceExit(_root: unknown, { result }: { result: { messages: { type: string; file?: string }[] } }) {
      for (const message of result.messages) if (message.type === 'dependency' && message.file) read.add(resolve(message.file));
    },
  };
  const names = `${assets}/editor/[name].[hash]`;
  const config: InlineConfig = {
    configFile: false,
    root,
    mode,
    base: '/',
    publicDir: false,
    logLevel: 'silent',
    envPrefix: 'PUBLIC_',
    resolve: { alias: { '@': join(root, 'src') } },
    css: { postcss: { plugins: [stylesheetImports] } },
    plugins: [record],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'esnext',
      minify: true,
      cssMinify: true,
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      rolldownOptions: {
        input: { editor: join(root, EDITOR_ENTRY) },
        preserveEntrySignatures: 'exports-only',
        checks: { pluginTimings: false },
        output: {
          format: 'esm',
          hoistTransitiveImports: false,
          minifyInternalExports: true,
          entryFileNames: `${names}.js`,
          chunkFileNames: `${names}.js`,
          assetFileNames: `${names}[extname]`,
        },
      },
    },
  };
  await build(config);
  if (!entry) throw new Error(`The editor's bundle has no entry file (${EDITOR_ENTRY}).`);
  return recordInputs(root, entry, read);
}

/** The editor's bundle for this build: a folder to publish, and its entry file there. */
export interface PreparedEditor {
  /** A folder holding `_astro/editor/…`, to copy into the output folder. */
  dir: string;
  entry: string;
  /** True when it came from the build cache. */
  kept: boolean;
  /** Why it was bundled afresh, when it was. */
  reason?: string;
  seconds: number;
}

/**
 * The editor's bundle, from the build cache in `cacheDir` when what it was made from is the same,
 * otherwise bundled afresh and kept there for the next build. The folder returned is a temporary
 * one, for the caller to publish from and remove.
 */
export async function prepareEditor(root: string, cacheDir: string, options: { assets?: string; mode?: string } = {}): Promise<PreparedEditor> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const key = editorBundleKey(root, options.mode);
  const dir = mkdtempSync(join(tmpdir(), 'school-editor-'));
  let reason = 'none kept';
  if (restoreFolder(cacheDir, CACHE_NAME, key, dir)) {
    let inputs: BundleInputs | undefined;
    try {
      inputs = JSON.parse(readFileSync(join(dir, INPUTS_FILE), 'utf8')) as BundleInputs;
    } catch {
      inputs = undefined;
    }
    const changed = inputs ? changedInput(root, inputs) : INPUTS_FILE;
    if (inputs && !changed && existsSync(join(dir, inputs.entry))) {
      rmSync(join(dir, INPUTS_FILE));
      return { dir, entry: inputs.entry, kept: true, seconds: seconds() };
    }
    reason = `${changed ?? inputs?.entry} changed`;
  } else if (existsSync(join(cacheDir, CACHE_NAME))) {
    reason = 'the packages, the configuration or the editor’s code changed, or the kept copy was damaged';
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  try {
    const inputs = await bundleEditor(root, dir, options.assets, options.mode);
    writeFileSync(join(dir, INPUTS_FILE), JSON.stringify(inputs));
    saveFolder(cacheDir, CACHE_NAME, key, dir);
    rmSync(join(dir, INPUTS_FILE));
    return { dir, entry: inputs.entry, kept: false, reason, seconds: seconds() };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`The editor (/admin/) could not be bundled: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * `prepareEditor` in a Node process of its own (`editor-bundle-process.ts`), as a build runs it.
 * Bundling the editor's five megabytes of JavaScript takes several hundred megabytes that the
 * bundler keeps until its process ends: in the build's own process they stayed there to the end
 * of the build, on top of the pages'. A process of its own also works on the other core while the
 * build reads the content.
 */
export function prepareEditorApart(root: string, cacheDir: string, options: { assets?: string } = {}): Promise<PreparedEditor> {
  const hooks = pathToFileURL(join(root, 'scripts/ts-hooks.mjs')).href;
  const entry = join(root, 'src/integrations/editor-bundle-process.ts');
  const child = spawn(process.execPath, ['--import', hooks, entry, root, cacheDir, options.assets ?? '_astro'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      const answer = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && answer.startsWith('{')) done(JSON.parse(answer) as PreparedEditor);
      else fail(new Error(err.trim() || `The editor (/admin/) could not be bundled: its process ended with ${code}.`));
    });
  });
}

/** The build log's line about the editor (the benchmark reads its time from it: scripts/bench/measure.ts). */
export function editorLogLine(editor: Pick<PreparedEditor, 'kept' | 'reason' | 'seconds'>): string {
  return editor.kept
    ? `Editor kept from the last build (nothing it is made from changed), in ${editor.seconds.toFixed(1)} s.`
    : `Editor bundled in ${editor.seconds.toFixed(1)} s (${editor.reason}); kept for the next build.`;
}

/**
 * The module the page /admin/ starts the editor with: under the development server it imports
 * the editor's source, which Vite serves; in a build, the bundle's entry by its address, left to
 * the browser (so the pages' own bundle never includes the editor).
 */
function editorModule(assets: string, entryUrl: (() => Promise<string>) | undefined): Plugin {
  return {
    name: 'school:editor-module',
    resolveId(id) {
      if (id === EDITOR_MODULE) return RESOLVED_EDITOR_MODULE;
      // The bundle's own address: not a module of this bundle.
      if (entryUrl && id.startsWith(`/${assets}/editor/`)) return { id, external: true };
      return undefined;
    },
    async load(id) {
      if (id !== RESOLVED_EDITOR_MODULE) return undefined;
      // Under the development server, the source by its address from the project's root, which Vite serves.
      const url = entryUrl ? await entryUrl() : `/${EDITOR_ENTRY}`;
      return `/** Loads and starts the editor. */\nexport const startEditor = () => import(${JSON.stringify(url)});\n`;
    },
  };
}

/** The integration: bundles or reuses the editor as the build starts, and publishes it with the site. */
export function editorBundle(): AstroIntegration {
  let prepared: Promise<PreparedEditor> | undefined;
  let building = false;
  return {
    name: 'school:editor-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        building = command === 'build';
        const entryUrl = building
          ? async () => {
              const { entry } = await prepared!;
              return `/${entry}`;
            }
          : undefined;
        updateConfig({ vite: { plugins: [editorModule(config.build.assets, entryUrl)] } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        // Started now, it is bundled while Astro reads the content and bundles the pages' code.
        prepared = prepareEditorApart(fileURLToPath(config.root), fileURLToPath(config.cacheDir), { assets: config.build.assets });
        prepared.then(
          (editor) => {
            // Removed after publishing, or here when the build stops before that.
            process.once('exit', () => rmSync(editor.dir, { recursive: true, force: true }));
            logger.info(editorLogLine(editor));
          },
          // The build fails where it waits for it, with this error.
          () => undefined,
        );
      },
      'astro:build:done': async ({ dir }) => {
        if (!prepared) return;
        const editor = await prepared;
        cpSync(editor.dir, fileURLToPath(dir), { recursive: true });
        rmSync(editor.dir, { recursive: true, force: true });
      },
    },
  };
}
