/**
 * Writes a synthetic archive of a school that has kept its website for years: weekly newsletters,
 * seven classes with frequent photo updates, events, curriculum letters, policies and pages, all
 * valid against the site's schemas. Seeded, so the same size and seed give the same files.
 *
 * Photos are a few dozen generated JPEGs reused across updates (a real archive has thousands of
 * distinct photos, but resizing them measures sharp, not the site): see `photos` below.
 *
 *   node --import ./scripts/ts-hooks.mjs scripts/bench/generate-archive.ts --entries 8000 [--seed 1] [--out DIR]
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDate } from '../../src/lib/core/format.ts';
import { readSettings } from '../../src/lib/content/settings.ts';
import { addDays, addMonths, weekdayOf, type LocalDate } from '../../src/lib/core/time.ts';
import {
  COMMITTEES,
  EVENT_KINDS,
  PAGE_TITLES,
  POLICY_SECTIONS,
  POLICY_TITLES,
  Random,
  SURNAMES,
  TITLES,
  TOPICS,
  classParagraph,
  policyList,
  policyParagraph,
  reminders,
  schoolParagraph,
  slugify,
} from './words.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ArchiveOptions {
  /** Folder to write the content tree into (it should be empty). */
  dir: string;
  /** Roughly how many entries to write (within a few per cent). */
  entries: number;
  seed?: number;
  /** The last school day of the archive (the build's "now"); a few entries are dated after it. */
  end?: LocalDate;
  /** Distinct photos to generate and reuse. */
  photos?: number;
}

export interface ArchiveSummary {
  dir: string;
  years: number;
  counts: Record<string, number>;
  total: number;
  photos: number;
  /** Photo references in class updates and newsletters (each a resized picture on a page). */
  photoUses: number;
}

const CLASSES = [
  { id: 'acorn', title: 'Acorn Class', year: 'Reception' },
  { id: 'hazel', title: 'Hazel Class', year: 'Year 1' },
  { id: 'chestnut', title: 'Chestnut Class', year: 'Year 2' },
  { id: 'oak', title: 'Oak Class', year: 'Year 3' },
  { id: 'rowan', title: 'Rowan Class', year: 'Year 4' },
  { id: 'birch', title: 'Birch Class', year: 'Year 5' },
  { id: 'willow', title: 'Willow Class', year: 'Year 6' },
] as const;

/** A YAML double-quoted string. */
const q = (text: string) => JSON.stringify(text);

/** Dates and numbers as they are (the schemas read dates as text), other text quoted. */
const scalar = (value: unknown) => (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(value) ? q(value) : String(value));

function markdown(front: Record<string, unknown>, body: string): string {
  const lines = Object.entries(front).flatMap(([key, value]) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) {
      if (value.length === 0) return [];
      if (typeof value[0] !== 'object') return [`${key}: [${value.map((v) => q(String(v))).join(', ')}]`];
      return [
        `${key}:`,
        ...value.flatMap((item: Record<string, string>) => Object.entries(item).map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${q(v)}`)),
      ];
    }
    if (typeof value === 'object' && value !== null)
      return [`${key}:`, ...Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [`  ${k}: ${scalar(v)}`]))];
    return [`${key}: ${scalar(value)}`];
  });
  return `---\n${lines.join('\n')}\n---\n${body.trim()}\n`;
}

/** School days are Monday to Friday outside the holidays (roughly English term dates). */
function isHoliday(day: LocalDate): boolean {
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  return (
    m === 8 ||
    (m === 7 && d > 21) ||
    (m === 9 && d < 3) ||
    (m === 10 && d > 24) ||
    (m === 12 && d > 19) ||
    (m === 1 && d < 5) ||
    (m === 2 && d > 14 && d < 22) ||
    (m === 4 && d < 15) ||
    (m === 5 && d > 25)
  );
}

/** Fridays of term from `start` to `end`. */
function schoolFridays(start: LocalDate, end: LocalDate): LocalDate[] {
  let day = start;
  while (weekdayOf(day) !== 5) day = addDays(day, 1);
  const fridays: LocalDate[] = [];
  for (; day <= end; day = addDays(day, 7)) if (!isHoliday(day)) fridays.push(day);
  return fridays;
}

/** The academic year a date falls in, written 2026-27. */
function academicYear(day: LocalDate): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const first = m >= 9 ? y : y - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

function termOf(day: LocalDate): 'autumn' | 'spring' | 'summer' {
  const m = Number(day.slice(5, 7));
  return m >= 9 ? 'autumn' : m <= 3 ? 'spring' : 'summer';
}

const person = (r: Random) => `${r.pick(TITLES)} ${r.pick(SURNAMES)}`;

/**
 * Photo-like JPEGs (soft gradients, shapes and grain, 1600 × 1200, with camera EXIF the build
 * must strip), through sharp, the library Astro's image pipeline uses.
 */
async function writePhotos(r: Random, files: string[]): Promise<void> {
  const { default: sharp } = await import('sharp');
  const [width, height] = [1600, 1200];
  for (const file of files) {
    const pixels = Buffer.alloc(width * height * 3);
    const top = [r.int(60, 230), r.int(60, 230), r.int(60, 230)];
    const bottom = [r.int(20, 160), r.int(60, 200), r.int(20, 160)];
    const shapes = Array.from({ length: r.int(4, 9) }, () => ({
      x: r.int(0, width),
      y: r.int(0, height),
      radius: r.int(60, 360),
      colour: [r.int(0, 255), r.int(0, 255), r.int(0, 255)],
    }));
    let seed = r.int(1, 1 << 30);
    for (let y = 0; y < height; y++) {
      const t = y / height;
      for (let x = 0; x < width; x++) {
        let colour = [top[0]! * (1 - t) + bottom[0]! * t, top[1]! * (1 - t) + bottom[1]! * t, top[2]! * (1 - t) + bottom[2]! * t];
        for (const s of shapes) if ((x - s.x) ** 2 + (y - s.y) ** 2 < s.radius ** 2) colour = s.colour;
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const grain = (seed % 25) - 12;
        const i = (y * width + x) * 3;
        pixels[i] = Math.max(0, Math.min(255, colour[0]! + grain));
        pixels[i + 1] = Math.max(0, Math.min(255, colour[1]! + grain));
        pixels[i + 2] = Math.max(0, Math.min(255, colour[2]! + grain));
      }
    }
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .withExif({ IFD0: { Make: 'BenchPhone', Model: 'Synthetic 1' } })
      .jpeg({ quality: 88 })
      .toFile(file);
  }
}

/** Writes the archive and returns what it wrote. */
export async function generateArchive(options: ArchiveOptions): Promise<ArchiveSummary> {
  const { dir, entries, seed = 1, end = '2026-11-23', photos = 50 } = options;
  const r = new Random(seed);
  const counts: Record<string, number> = {};
  let photoUses = 0;
  const write = (collection: string, path: string, text: string) => {
    const file = join(dir, collection, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    counts[collection] = (counts[collection] ?? 0) + 1;
  };

  // Ten years for 8,000 entries; a small archive covers fewer years so every kind is still there.
  const years = Math.max(1, Math.min(10, Math.round(entries / 800)));
  const start = `${Number(end.slice(0, 4)) - years}-${end.slice(5)}`;
  const fridays = schoolFridays(start, end);
  const policies = Math.min(POLICY_TITLES.length, Math.max(10, Math.round(entries * 0.005)));
  const pages = Math.min(PAGE_TITLES.length, Math.max(8, Math.round(entries * 0.004)));
  const letterTerms = [...new Set(fridays.map((f) => `${academicYear(f)}|${termOf(f)}`))];
  const fixed = CLASSES.length + policies + pages + fridays.length + letterTerms.length * CLASSES.length;
  const rest = Math.max(0, entries - fixed);
  const events = Math.round(rest * 0.2);
  const updates = rest - events;

  mkdirSync(join(dir, 'settings'), { recursive: true });
  copyFileSync(join(ROOT, 'content/settings/school.yaml'), join(dir, 'settings/school.yaml'));
  // The settings show a photo (the welcome) and link a document (the prospectus) of the demo's own: bring them too.
  const { settings } = readSettings(join(ROOT, 'content'));
  for (const upload of [settings?.welcome?.photo?.src, settings?.admissions?.prospectus?.file]) {
    if (!upload?.startsWith('/uploads/')) continue;
    mkdirSync(join(dir, upload, '..'), { recursive: true });
    copyFileSync(join(ROOT, 'content', upload), join(dir, upload));
  }

  // Photos: a few per class and a few for newsletters, reused across the years.
  const photoFiles = Array.from({ length: photos }, (_, i) => {
    const owner = i % (CLASSES.length + 1) === CLASSES.length ? 'newsletters' : `classes/${CLASSES[i % (CLASSES.length + 1)]!.id}`;
    return `/uploads/${owner}/photo-${String(i + 1).padStart(3, '0')}.jpg`;
  });
  for (const f of photoFiles) mkdirSync(join(dir, f, '..'), { recursive: true });
  await writePhotos(
    r,
    photoFiles.map((f) => join(dir, f)),
  );
  const photosOf = (owner: string) => photoFiles.filter((f) => f.startsWith(`/uploads/${owner}/`));

  const teachers = new Map<string, string>(CLASSES.map((c) => [c.id, person(r)]));
  CLASSES.forEach((c, i) => {
    const topic = r.pick(TOPICS);
    write(
      'classes',
      `${c.id}.md`,
      markdown(
        {
          title: c.title,
          year_group: c.year,
          teachers: [teachers.get(c.id)!],
          order: i + 1,
          summary: `${c.year}: learning about ${topic}, with PE twice a week and reading every day.`,
        },
        `${classParagraph(r, c.title, topic)}\n\n## Our week\n\n- **PE:** ${r.pick(['Monday', 'Tuesday'])} and ${r.pick(['Thursday', 'Friday'])}.\n- **Reading:** at least 15 minutes at home five times a week.\n- **Homework:** set on Friday, due the following Wednesday.\n\n## Talking to us\n\n${schoolParagraph(r)}`,
      ),
    );
  });

  // Newsletters: every Friday of term, some with a photo.
  fridays.forEach((friday, i) => {
    const number = i + 1;
    const image = r.chance(0.3) ? r.pick(photosOf('newsletters')) : undefined;
    if (image) photoUses++;
    const diary = Array.from(
      { length: r.int(3, 6) },
      (_, k) => `- **${formatDate(addDays(friday, 3 + k * r.int(2, 5)))}:** ${r.pick(EVENT_KINDS).title.toLowerCase()}`,
    ).join('\n');
    const body = [
      `## From the headteacher\n\n${schoolParagraph(r, 4, 6)}\n\n${schoolParagraph(r)}`,
      `## Dates for your diary\n\n${diary}`,
      `## Attendance\n\nThis week’s attendance was ${r.int(93, 99)}.${r.int(0, 9)}%. Well done to ${r.pick(CLASSES).title}, who win the attendance cup with ${r.int(97, 100)}%. ${schoolParagraph(r, 2, 3)}`,
      `## Celebrations\n\n${classParagraph(r, r.pick(CLASSES).title, r.pick(TOPICS), 2, 4)}`,
      `## Reminders\n\n${reminders(r)}`,
    ].join('\n\n');
    write(
      'newsletters',
      `${friday}-newsletter-${number}.md`,
      markdown(
        {
          title: `Newsletter ${number}: ${r.pick(['Welcome back', 'A busy week', 'Harvest and helping others', 'Sports news', 'Reading for pleasure', 'Looking ahead', 'Thank you'])}`,
          date: friday,
          summary: `News from the week ending ${formatDate(friday)}: ${r.pick(['dates for the diary', 'attendance', 'celebrations', 'reminders about uniform'])} and ${r.pick(['class news', 'a message from the headteacher', 'clubs', 'school meals'])}.`,
          image: image ? { src: image, alt: 'A colourful picture from the week in school, with bright shapes on a soft background' } : undefined,
          draft: i % 97 === 50 ? true : undefined,
        },
        body,
      ),
    );
  });

  // Class updates: spread over the classes' weeks, most with one to three photos.
  const slugs = new Set<string>();
  for (let i = 0; i < updates; i++) {
    const c = CLASSES[i % CLASSES.length]!;
    const friday = fridays[Math.floor((i / updates) * fridays.length)]!;
    const day = addDays(friday, -r.int(0, 4));
    const topic = r.pick(TOPICS);
    const title = `${r.pick(['Learning about', 'Exploring', 'A week of', 'Finding out about', 'All about'])} ${topic}`;
    let slug = `${day}-${slugify(title)}`;
    while (slugs.has(`${c.id}/${slug}`)) slug = `${slug}-${r.int(2, 9)}`;
    slugs.add(`${c.id}/${slug}`);
    const images = r.chance(0.7)
      ? r
          .some(photosOf(`classes/${c.id}`), r.int(1, 3))
          .map((src) => ({ src, alt: `${c.title} learning about ${topic}: a colourful picture of shapes and light` }))
      : [];
    photoUses += images.length;
    const body = [
      classParagraph(r, c.title, topic, 4, 7),
      classParagraph(r, c.title, topic, 3, 5),
      r.chance(0.6) ? `## Try at home\n\n${classParagraph(r, c.title, topic, 2, 3)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    write(
      'class-updates',
      `${c.id}/${slug}.md`,
      markdown(
        {
          title,
          class: c.id,
          date: day,
          author: teachers.get(c.id),
          summary: `${c.title} have been learning about ${topic}: what we did this week and how you can help at home.`,
          images,
          photo_consent: images.length > 0 ? true : undefined,
        },
        body,
      ),
    );
  }

  // Curriculum letters: one per class per term.
  for (const key of letterTerms) {
    const [year, term] = key.split('|') as [string, 'autumn' | 'spring' | 'summer'];
    const first = Number(year.slice(0, 4));
    const date = term === 'autumn' ? `${first}-09-08` : term === 'spring' ? `${first + 1}-01-06` : `${first + 1}-04-16`;
    for (const c of CLASSES) {
      const topic = r.pick(TOPICS);
      write(
        'curriculum-letters',
        `${c.id}-${term}-${year}.md`,
        markdown(
          {
            title: `${c.title} (${c.year}): ${term[0]!.toUpperCase()}${term.slice(1)} term ${year}`,
            class: c.id,
            year_group: c.year,
            term,
            academic_year: year,
            date,
            summary: `What ${c.title} will learn this ${term} term, with our topic ${topic}, and simple ways to help at home.`,
          },
          `${classParagraph(r, c.title, topic)}\n\n## What we will learn\n\n${policyList(r, 4)}\n\n## Helping at home\n\n${schoolParagraph(r)}`,
        ),
      );
    }
  }

  // Events: mostly one-off, some for one class, a few weekly clubs, some still to come.
  const eventEnd = addDays(end, 120);
  for (let i = 0; i < events; i++) {
    const kind = r.pick(EVENT_KINDS);
    const day = addDays(start, Math.floor((i / events) * Math.round((Date.parse(eventEnd) - Date.parse(start)) / 86_400_000)));
    const weekday = weekdayOf(day);
    const schoolDay = weekday === 0 ? addDays(day, 1) : weekday === 6 ? addDays(day, 2) : day;
    const forClass = kind.category === 'trip' || r.chance(0.25) ? [r.pick(CLASSES).id] : [];
    const weekly = kind.category === 'club' && r.chance(0.5);
    const hour = kind.title.includes('assembly') ? 14 : r.int(9, 18);
    const starts = kind.timed ? `${schoolDay}T${String(hour).padStart(2, '0')}:${r.pick(['00', '15', '30'])}` : schoolDay;
    const ends = kind.timed
      ? `${schoolDay}T${String(hour + 1).padStart(2, '0')}:${r.pick(['00', '30', '45'])}`
      : kind.category === 'holiday'
        ? addDays(schoolDay, 4)
        : undefined;
    const title = forClass.length ? `${CLASSES.find((c) => c.id === forClass[0])!.title}: ${kind.title.toLowerCase()}` : kind.title;
    write(
      'events',
      `${schoolDay}-${slugify(title)}-${i + 1}.md`,
      markdown(
        {
          title,
          start: starts,
          end: weekly ? undefined : ends,
          location: kind.place,
          category: kind.category,
          classes: forClass,
          repeat: weekly ? { every: 'week', until: addDays(schoolDay, 7 * r.int(4, 10)) } : undefined,
          booking_url: r.chance(0.15) ? 'https://www.schoolbookings.example.org/hazelbrook' : undefined,
          summary: `${kind.title} on ${formatDate(schoolDay)}. ${r.pick(['All families are welcome.', 'Please book a place.', 'Children should bring a packed lunch.', 'More details from the office.'])}`,
        },
        `${schoolParagraph(r, 2, 4)}\n\n${r.chance(0.5) ? schoolParagraph(r, 2, 3) : ''}`,
      ),
    );
  }

  // Policies: long texts with headings and lists, reviewed on different cycles.
  const policyIds = POLICY_TITLES.slice(0, policies).map((t) => slugify(t));
  POLICY_TITLES.slice(0, policies).forEach((title, i) => {
    const approved = addMonths(end, -r.int(1, 30));
    const sections = POLICY_SECTIONS.map(
      (heading) => `## ${heading}\n\n${policyParagraph(r)}\n\n${r.chance(0.5) ? `${policyList(r, r.int(3, 5))}\n\n` : ''}${policyParagraph(r)}`,
    );
    write(
      'policies',
      `${policyIds[i]}.md`,
      markdown(
        {
          title: `${title} policy`,
          summary: `How the school approaches ${title.toLowerCase()}: what we do, who is responsible, and how we work with families.`,
          category: 'other',
          committee: r.pick(COMMITTEES),
          owner: `Headteacher – ${person(r)}`,
          approved,
          review_months: r.pick([12, 24, 36]),
          related: r.some(
            policyIds.filter((id) => id !== policyIds[i]),
            r.int(0, 3),
          ),
        },
        `${policyParagraph(r)}\n\n${sections.join('\n\n')}`,
      ),
    );
  });

  // Pages, including the ones the home page links to.
  PAGE_TITLES.slice(0, pages).forEach((title, i) => {
    write(
      'pages',
      `${slugify(title)}.md`,
      markdown(
        { title, summary: `${title}: what parents and carers need to know, and who to ask.`, nav: i < 4 ? i + 1 : undefined },
        `${schoolParagraph(r, 4, 6)}\n\n## What you need to know\n\n${policyList(r, 4)}\n\n## Who to ask\n\n${schoolParagraph(r)}`,
      ),
    );
  });

  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { dir, years, counts, total, photos, photoUses };
}

/**
 * What a teacher publishes on an ordinary morning: one new class update dated `date`, with one new
 * photo (so the build resizes one picture). Returns the update's file, relative to `dir`.
 */
export async function addClassUpdate(dir: string, date: LocalDate, seed = 2): Promise<string> {
  const r = new Random(seed);
  const c = CLASSES[0];
  const photo = `/uploads/classes/${c.id}/photo-new-${date}.jpg`;
  await writePhotos(r, [join(dir, photo)]);
  const file = `class-updates/${c.id}/${date}-our-new-garden.md`;
  writeFileSync(
    join(dir, file),
    markdown(
      {
        title: 'Our new garden',
        class: c.id,
        date,
        author: 'Mrs Okafor',
        summary: `${c.title} planted bulbs in the new garden beds this week, and here is how you can help at home.`,
        images: [{ src: photo, alt: `${c.title} planting bulbs in the new garden beds` }],
        photo_consent: true,
      },
      `${classParagraph(r, c.title, 'gardens', 4, 6)}\n\n## Try at home\n\n${classParagraph(r, c.title, 'gardens', 2, 3)}`,
    ),
  );
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '8000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const dir = values.out ?? mkdtempSync(join(tmpdir(), 'school-archive-'));
  const started = performance.now();
  const summary = await generateArchive({ dir, entries: Number(values.entries), seed: Number(values.seed) });
  console.log(
    `Wrote ${summary.total} entries over ${summary.years} years (${JSON.stringify(summary.counts)}) and ${summary.photos} photos used ${summary.photoUses} times to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (values.check) {
    const { checkContent } = await import('../../src/lib/content/check.ts');
    const { problems } = checkContent(dir);
    console.log(
      problems.length
        ? problems
            .slice(0, 20)
            .map((p) => `${p.file}: ${p.field ?? ''} ${p.message}`)
            .join('\n')
        : 'Content check: no problems.',
    );
    if (problems.length) process.exitCode = 1;
  }
}
