/**
 * Pictures resized while the pages render. Astro resizes the pictures the pages asked for only
 * once every page is rendered; rendering is one thread, so on the two cores of a small build
 * machine one core waited through it, and the resizing (over a quarter of a cold build of a
 * ten-year archive) came after. Here each version of a picture starts as soon as a page has asked
 * for it, one at a time (the other core goes on rendering), and is put where Astro's image step
 * looks first: its cache of resized pictures, under the file name Astro gives that version. When
 * Astro's image step comes to the version it copies it from there; one still being made, Astro
 * waits for through the site's image service (`picture-service.ts`), and one not yet started is
 * started then. Each version is made by the same service, from the same file and with the same
 * options as Astro's step would use, so the output is the same, byte for byte.
 *
 * Astro's part of this is internal (its list of the versions pages asked for, the names of its
 * cache's files, the options its step passes), like the pages kept between builds: on an upgrade
 * of Astro, re-check `assets/build/generate.js` and `assets/vite-plugin-assets.js` (see
 * performance.md). `tests/scenarios/build-cache.test.ts` › "pictures resized while the pages
 * render" checks that every version was made early (the build's log says how many) and that the
 * files are those of a build where Astro's step makes them all (`SITE_RESIZE_AFTER_PAGES=1`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger, ImageTransform } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import sharp from 'sharp';

// libvips' cache of recent operations never helps here (each version is made once, from a fresh
// read of the photo) and held a hundred megabytes or more at the build's busiest moment.
sharp.cache(false);

/** A version of a picture, as Astro's list of versions to make holds it. */
interface Version {
  finalPath: string;
  transform: ImageTransform;
}

/** What Astro's image step passes to the image service for a version: its options, with the picture's path for `src`. */
type ServiceOptions = Omit<ImageTransform, 'src'> & { src: string };

/** What the image service answers: the version's bytes and format. */
type Transformed = Awaited<ReturnType<typeof sharpService.transform>>;

interface Made {
  file: string;
  format: Transformed['format'];
}

interface Job {
  started?: Promise<Made>;
  start: () => Promise<Made>;
}

/** Shared through `globalThis`: the integration runs in Astro's process, the pages in a bundle loaded into it. */
interface State {
  outDir: string;
  cacheDir: string;
  imageConfig: AstroConfig['image'];
  logger: AstroIntegrationLogger;
  jobs: Map<string, Job>;
  /** How many versions of each picture were looked at already. */
  seen: Map<string, number>;
  queue: Job[];
  running: number;
  scheduled: boolean;
  made: number;
  waitedFor: number;
}

const STATE = Symbol.for('school.early-pictures');
/** Versions made at a time while pages render: the other core renders. */
const AT_A_TIME = 1;

const state = (): State | undefined => (globalThis as Record<symbol, State | undefined>)[STATE];

/** Astro's list of the versions pages have asked for so far, by the picture's path in the output. */
function versionsAskedFor(): Map<string, { transforms: Map<string, Version> }> | undefined {
  return (globalThis as { astroAsset?: { staticImages?: Map<string, { transforms: Map<string, Version> }> } }).astroAsset?.staticImages;
}

/** The path Astro's image step gives the image service for a picture (the picture's own address). */
const sourcePath = (src: ImageTransform['src']): string => (typeof src === 'string' ? src : src.src);

/** A version's options as the image service receives them, written with the keys in order (an option set to nothing is left out). */
export function versionKey(options: ServiceOptions | ImageTransform): string {
  const plain: Record<string, unknown> = { ...options, src: sourcePath(options.src) };
  return JSON.stringify(
    Object.keys(plain)
      .filter((key) => plain[key] !== undefined)
      .sort()
      .map((key) => [key, plain[key]]),
  );
}

function pump(s: State): void {
  while (s.running < AT_A_TIME && s.queue.length > 0) {
    const job = s.queue.shift()!;
    if (job.started) continue;
    s.running++;
    job
      .start()
      .catch(() => undefined)
      .finally(() => {
        s.running--;
        pump(s);
      });
  }
}

function jobFor(s: State, picture: string, version: Version): Job {
  const options: ServiceOptions = { ...version.transform, src: sourcePath(version.transform.src) };
  const job: Job = {
    start() {
      job.started ??= (async () => {
        const file = join(s.cacheDir, basename(version.finalPath));
        if (existsSync(file)) return { file, format: version.transform.format as Made['format'] };
        const made = await sharpService.transform(await readFile(join(s.outDir, picture)), options, s.imageConfig, s.logger);
        // Whole or not at all: Astro copies whatever file it finds under that name.
        await mkdir(s.cacheDir, { recursive: true });
        const partial = `${file}.${process.pid}.partial`;
        try {
          await writeFile(partial, made.data);
          await rename(partial, file);
        } finally {
          await rm(partial, { force: true });
        }
        s.made++;
        return { file, format: made.format };
      })();
      return job.started;
    },
  };
  return job;
}

/** Looks at every version the pages have asked for, and starts those not seen before. */
function lookAtVersions(s: State): void {
  s.scheduled = false;
  for (const [picture, { transforms }] of versionsAskedFor() ?? []) {
    if (s.seen.get(picture) === transforms.size) continue;
    s.seen.set(picture, transforms.size);
    for (const version of transforms.values()) {
      const key = versionKey(version.transform);
      if (s.jobs.has(key)) continue;
      const job = jobFor(s, picture, version);
      s.jobs.set(key, job);
      s.queue.push(job);
    }
  }
  pump(s);
}

/**
 * A page has asked for versions of a picture: start making them (in a build; elsewhere nothing).
 * Called from where pages ask for pictures; looks at Astro's list once the page's work in hand
 * is done, so many pictures asked for at once are looked at together.
 */
export function resizeSoon(): void {
  const s = state();
  if (!s || s.scheduled) return;
  s.scheduled = true;
  setImmediate(() => lookAtVersions(s));
}

/**
 * The version with these options, when it was started early: Astro's image step asks for it (it
 * was not in the cache yet). Undefined when it was not started early, or failed: the image
 * service then makes it itself, and reports any problem as it always does.
 */
export async function madeEarly(options: ServiceOptions): Promise<Transformed | undefined> {
  const s = state();
  const job = s?.jobs.get(versionKey(options));
  if (!s || !job) return undefined;
  try {
    const made = await job.start();
    s.waitedFor++;
    return { data: await readFile(made.file), format: made.format };
  } catch {
    return undefined;
  }
}

/** The file in Astro's picture cache naming the image service's settings its pictures were made with. */
export const PICTURE_SETTINGS_FILE = 'school-image-settings.json';

/**
 * Empties Astro's picture cache (`dir`) when the image service's settings (the encoders' effort,
 * the resizing kernel) are not those its pictures were made with. Astro names a kept picture by
 * its size, format and quality only: without this, pictures made under the old settings would
 * still be published after a change to them. Returns true when it emptied the folder.
 */
export function keepPicturesOnlyUnder(dir: string, settings: unknown): boolean {
  const file = join(dir, PICTURE_SETTINGS_FILE);
  const wanted = JSON.stringify(settings);
  let kept: string | undefined;
  try {
    kept = readFileSync(file, 'utf8');
  } catch {
    kept = undefined;
  }
  if (kept === wanted) return false;
  const had = existsSync(dir) && readdirSync(dir).length > 0;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, wanted);
  return had;
}

export function earlyPictures(): AstroIntegration {
  let building = false;
  let command = '';
  return {
    name: 'school:early-pictures',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        // SITE_RESIZE_AFTER_PAGES=1 leaves the pictures to Astro's image step alone, as before:
        // the test compares the two builds' files.
        building = command === 'build' && process.env.SITE_RESIZE_AFTER_PAGES !== '1';
      },
      'astro:config:done': ({ config, logger }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(new URL('assets/', config.cacheDir));
        if (keepPicturesOnlyUnder(cacheDir, config.image.service)) logger.info('Resized pictures made again: the image service’s settings changed.');
        if (!building) return;
        (globalThis as Record<symbol, State>)[STATE] = {
          outDir: fileURLToPath(config.outDir),
          cacheDir,
          imageConfig: config.image,
          logger,
          jobs: new Map(),
          seen: new Map(),
          queue: [],
          running: 0,
          scheduled: false,
          made: 0,
          waitedFor: 0,
        };
      },
      'astro:build:generated': ({ logger }) => {
        const s = state();
        if (!s) return;
        if (s.jobs.size > 0) {
          logger.info(
            `Pictures: ${s.made} version(s) resized while pages rendered (${s.waitedFor} of them finished while Astro's image step waited), of ${s.jobs.size} asked for; the rest were kept from the last build.`,
          );
        }
        delete (globalThis as Record<symbol, State | undefined>)[STATE];
      },
    },
  };
}
