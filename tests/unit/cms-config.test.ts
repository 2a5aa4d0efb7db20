/**
 * The CMS configuration and the content schemas agree, field by field, so the editor can neither
 * offer a field the build rejects nor miss one it needs. The configuration is generated from the
 * schemas; these tests read both independently (a small schema reader of their own) and compare
 * name, required, type and choices, then check the values the editor's widgets save are values the
 * schemas accept. Also: the Git host chosen by environment variables, and the admin page's policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index';
import { settingsSchema } from '../../src/schemas/settings';
import { TRANSLATABLE, translationSchema } from '../../src/schemas/translation';
import { localDate } from '../../src/schemas/common';
import { adminContentSecurityPolicy } from '../../src/lib/security/csp';
import { cmsBackend } from '../../admin/config/git-host';
import { cmsConfig, configFields } from '../../admin/config/index';
import { cmsLogo, initials } from '../../admin/config/logo';
import { DATE_WIDGET, type CmsField } from '../../admin/config/widgets';
import { readTypedDate, type DateBounds } from '../../admin/dates';
import { preparedSize } from '../../admin/photos';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter';
import { statutoryItems } from '../../src/lib/content/statutory';
import { categoryLabel, eventCategoryLabel, homeLearningKindLabel, serviceCategoryLabel, subjectLabel } from '../../src/lib/domain/labels';

const classes = readdirSync('content/classes').map((f) => ({ slug: f.replace(/\.md$/, ''), title: f }));
const statutory = statutoryItems().map((s) => ({ key: s.key, title: s.title }));
const languages = [
  { code: 'ur', name: 'اردو' },
  { code: 'pl', name: 'Polski' },
];

function configInput(env: Record<string, string>, dev = false) {
  return {
    backend: cmsBackend(env, dev),
    contentDir: 'content',
    classes,
    statutory,
    languages,
    schoolName: 'Hazelbrook Primary School',
    siteUrl: 'https://www.hazelbrook.sch.uk',
  };
}
function configWith(env: Record<string, string>, dev = false) {
  return cmsConfig(configInput(env, dev));
}
// Date fields allow years up to a number of years after this one: fix "this year".
vi.stubEnv('SITE_NOW', '2026-11-23');
afterAll(() => {
  vi.unstubAllEnvs();
});
const config = configWith({}, true);

// --- A schema reader of the test's own, so the comparison does not reuse the generator's. ------

interface Expected {
  optional: boolean;
  type: string;
  values?: string[];
  element?: Expected;
  shape?: Record<string, Expected>;
}

function expected(schema: any): Expected {
  let s = schema;
  let optional = false;
  while (['optional', 'default'].includes(s.def.type)) {
    optional = true;
    s = s.def.innerType;
  }
  const type = s.def.type as string;
  if (type === 'enum') return { optional, type, values: s.options };
  if (type === 'array') return { optional, type, element: expected(s.def.element) };
  if (type === 'object') return { optional, type, shape: Object.fromEntries(Object.entries(s.shape).map(([k, v]) => [k, expected(v)])) };
  return { optional, type: type === 'pipe' || type === 'union' ? 'string' : type };
}

/** Widgets that save each kind of value. */
const WIDGETS: Record<string, string[]> = {
  string: ['string', 'text', 'school-date', 'hidden', 'relation', 'image', 'file', 'author'],
  number: ['number'],
  boolean: ['boolean', 'photo-consent'],
  enum: ['select'],
  array: ['list', 'relation', 'select'],
  object: ['object'],
};

const mismatches: string[] = [];

function compare(where: string, exp: Record<string, Expected>, fields: CmsField[], insideOptional: boolean, exceptions: string[] = []) {
  const names = fields.map((f) => f.name).filter((n) => n !== 'body');
  if (JSON.stringify(names) !== JSON.stringify(Object.keys(exp)))
    mismatches.push(`${where}: fields ${names.join(', ')} but the schema has ${Object.keys(exp).join(', ')}`);
  for (const field of fields) {
    const e = exp[field.name];
    if (!e) continue;
    const at = `${where} → ${field.name}`;
    // Inside an optional group every field is optional in the form (Decap would otherwise demand them
    // when the group is left empty); the check before saving catches a half-filled group.
    const required = !e.optional && !insideOptional;
    // Photo consent is needed whenever there are photos (its widget checks), so the form never calls it optional.
    const neededWithPhotos = field.widget === 'photo-consent' && field.required === true;
    if ((field.required !== false) !== required && !exceptions.includes(field.name) && !neededWithPhotos)
      mismatches.push(`${at}: required is ${field.required}, the schema says ${required}`);
    if (!WIDGETS[e.type]?.includes(field.widget)) mismatches.push(`${at}: widget ${field.widget} cannot hold a ${e.type}`);
    if (!field.label?.trim() || !field.hint?.trim()) mismatches.push(`${at}: needs a label and a hint`);
    if (e.type === 'enum') {
      const values = (field.options as { value: string }[]).map((o) => o.value);
      if (JSON.stringify(values) !== JSON.stringify(e.values)) mismatches.push(`${at}: choices ${values} but the schema allows ${e.values}`);
    }
    if (e.type === 'object') compare(at, e.shape!, field.fields as CmsField[], insideOptional || e.optional);
    if (e.type === 'array') {
      if (field.widget === 'relation' || field.widget === 'select') {
        if (field.multiple !== true) mismatches.push(`${at}: a list must allow several choices`);
      } else if (e.element!.type === 'object') {
        compare(at, e.element!.shape!, field.fields as CmsField[], false);
      } else {
        const item = field.field as CmsField;
        if (!WIDGETS[e.element!.type]?.includes(item.widget)) mismatches.push(`${at}: list items use ${item.widget}, the schema wants ${e.element!.type}`);
      }
    }
  }
}

describe('the CMS configuration matches the schemas', () => {
  const translations = languages.flatMap(({ code }) => TRANSLATABLE.map((name) => `${name}__${code}`));
  const collections: [string, Record<string, Expected>][] = [
    ...(Object.keys(COLLECTIONS) as CollectionName[]).map((name): [string, Record<string, Expected>] => [name, expected(COLLECTIONS[name].schema).shape!]),
    ...translations.map((name): [string, Record<string, Expected>] => [name, expected(translationSchema).shape!]),
    ['settings', expected(settingsSchema).shape!],
  ];

  it('has a collection for every kind of content, its translations and the settings file, and nothing else', () => {
    const names = (config.collections as { name: string }[]).map((c) => c.name).sort();
    expect(names).toEqual([...Object.keys(COLLECTIONS), ...translations, 'settings'].sort());
  });

  it.each(collections)('%s: every field, with the same name, required or not, type and choices', (name, shape) => {
    mismatches.length = 0;
    // A translation's file is named after its original, so the CMS asks for it (a hand-written file need not say it).
    compare(name, shape, configFields(config, name), false, name.includes('__') ? ['original'] : []);
    expect(mismatches).toEqual([]);
  });

  it('writes a translation where the site looks for it, named after the English original', () => {
    const c = (config.collections as any[]).find((x) => x.name === 'policies__pl');
    expect(c).toMatchObject({
      folder: 'content/policies/pl',
      slug: '{{fields.original}}',
      preview_path: 'pl/policies/{{filename}}/',
      label: 'Policies in Polski',
    });
    expect(configFields(config, 'policies__pl').find((f) => f.name === 'original')).toMatchObject({
      widget: 'relation',
      collection: 'policies',
      value_field: '{{slug}}',
      required: true,
    });
    expect((config.collections as any[]).find((x) => x.name === 'pages__ur').preview_path).toBe('ur/{{filename}}/');
  });

  it('points each collection at its folder, and the settings at school.yaml', () => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      const c = (config.collections as any[]).find((x) => x.name === name);
      expect(c.folder).toBe(`content/${spec.dir}`);
      expect(c.extension).toBe('md');
    }
    const settings = (config.collections as any[]).find((x) => x.name === 'settings');
    expect(settings.files[0].file).toBe('content/settings/school.yaml');
  });

  it('offers every field the demo content uses, so saving an entry never drops one', () => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      const known = new Set(configFields(config, name).map((f) => f.name));
      const dir = join('content', spec.dir);
      // Class updates are one folder down; other folders' sub-folders hold translations (their own fields).
      const files = readdirSync(dir, { recursive: 'nested' in spec && spec.nested, withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.md'))
        .map((d) => join(d.parentPath, d.name));
      for (const file of files) {
        const { data } = parseMarkdownFile(readFileSync(file, 'utf8'));
        for (const key of Object.keys(data)) expect(known.has(key), `${file}: ${key}`).toBe(true);
      }
    }
    for (const name of TRANSLATABLE) {
      for (const { code } of languages) {
        const known = new Set(configFields(config, `${name}__${code}`).map((f) => f.name));
        const dir = join('content', COLLECTIONS[name].dir, code);
        const files = (() => {
          try {
            return readdirSync(dir).filter((f) => f.endsWith('.md'));
          } catch {
            return [];
          }
        })();
        for (const file of files) {
          const { data } = parseMarkdownFile(readFileSync(join(dir, file), 'utf8'));
          for (const key of Object.keys(data)) expect(known.has(key), `${dir}/${file}: ${key}`).toBe(true);
        }
      }
    }
  });

  /** Every date box in the configuration, with the schema of the value it saves: top level, in groups and in lists. */
  function dateBoxes(): { at: string; field: CmsField; schema: any }[] {
    const out: { at: string; field: CmsField; schema: any }[] = [];
    const walk = (fields: CmsField[], shape: Record<string, any>, at: string) => {
      for (const field of fields) {
        const schema = shape[field.name];
        if (!schema) continue;
        let inner = schema;
        while (['optional', 'default'].includes(inner.def.type)) inner = inner.def.innerType;
        const here = `${at} → ${field.name}`;
        if (field.widget === 'school-date') out.push({ at: here, field, schema });
        if (field.fields && inner.def.type === 'object') walk(field.fields as CmsField[], inner.shape, here);
        if (inner.def.type === 'array') {
          const element = inner.def.element;
          if (field.fields && element.def.type === 'object') walk(field.fields as CmsField[], element.shape, here);
          if (field.field && (field.field as CmsField).widget === 'school-date')
            out.push({ at: `${here} → item`, field: field.field as CmsField, schema: element });
        }
      }
    };
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) walk(configFields(config, name), (COLLECTIONS[name].schema as any).shape, name);
    walk(configFields(config, 'settings'), (settingsSchema as any).shape, 'settings');
    walk(configFields(config, 'policies__pl'), (translationSchema as any).shape, 'policies__pl');
    return out;
  }

  it('gives every date field the date box, chosen by its schema, saving what the schema reads', () => {
    const boxes = dateBoxes();
    // Every kind of date the content has, including dates in groups (a repeat) and lists (its exceptions).
    expect(boxes.map((b) => b.at)).toEqual(
      expect.arrayContaining([
        'classUpdates → date',
        'events → start',
        'events → end',
        'events → repeat → until',
        'events → repeat → except → item',
        'policies → consultation → closes',
        'notices → starts',
        'notices → expires',
        'menus → starts',
        'vacancies → closes',
        'governors → appointed',
        'policies__pl → translated',
      ]),
    );
    // No date field is left with another editor.
    // Times of day (a club's 15:20) and a start written in words (a vacancy's "January 2027") are not dates.
    const notDates = ['clubs → start_time', 'clubs → end_time', 'vacancies → starts'];
    const others = (config.collections as any[])
      .flatMap((c) => ((c.fields ?? c.files[0].fields) as CmsField[]).map((f) => ({ at: `${c.name} → ${f.name}`, f })))
      .filter(({ f }) => ['datetime', 'date'].includes(f.widget) || (f.widget === 'string' && /date|opens|closes|start|end|approved|until/.test(f.name)));
    expect(others.map(({ at }) => at).filter((at) => !notDates.includes(at))).toEqual([]);
    for (const { at, field, schema } of boxes) {
      const kind = field.kind as DateBounds['kind'];
      // Typed the UK way, saved as the schema reads it, with no time zone.
      const typed = readTypedDate(kind === 'datetime' ? '14/10/2026 18:00' : '14/10/2026', field as unknown as DateBounds);
      expect(typed.value, at).toBe(kind === 'datetime' ? '2026-10-14T18:00' : '2026-10-14');
      expect(schema.safeParse(typed.value).success, at).toBe(true);
      if (kind === 'date-or-time') expect(readTypedDate('14/10/2026 6pm', field as unknown as DateBounds).value, at).toBe('2026-10-14T18:00');
    }
    expect(localDate.safeParse('2026-10-09T00:00:00.000+01:00').success).toBe(false);
  });

  it('accepts in the date box exactly the dates the schema accepts, with the same years', () => {
    // An update dated 1906-12-06 was once saved from the date box: every box carries its field's years.
    const years: Record<string, string | undefined> = {};
    for (const { at, field, schema } of dateBoxes()) {
      const bounds = field as unknown as DateBounds;
      const latest = (field.max as string | undefined) ?? '2100-12-31';
      const after = `${Number(latest.slice(0, 4)) + 1}-01-01`;
      const time = bounds.kind === 'datetime' ? 'T09:00' : '';
      for (const day of ['1906-12-06', '1999-12-31', '2000-01-01', '2026-11-23', '2026-02-30', latest, after, '2206-11-23']) {
        const value = `${day}${time}`;
        expect(readTypedDate(value, bounds).value !== undefined, `${at}: ${value}`).toBe(schema.safeParse(value).success);
      }
      years[at] = field.max as string | undefined;
    }
    expect(years).toMatchObject({
      'classUpdates → date': '2028-12-31',
      'newsletters → date': '2028-12-31',
      'policies → approved': '2027-12-31',
      'policies → next_review': '2032-12-31',
      'surveys → opens': '2028-12-31',
      'notices → starts': '2027-12-31',
      'notices → expires': '2027-12-31',
      'clubs → from': '2027-12-31',
      'events → start': '2031-12-31',
      'events → repeat → until': '2031-12-31',
    });
    // Event times too, written either way.
    const start = dateBoxes().find((b) => b.at === 'events → start')!;
    for (const value of [
      '2026-10-14',
      '2026-10-14T18:00',
      '2026-10-14T18:00+01:00',
      '2026-10-14T18:00Z',
      '1906-10-14T18:00',
      '2031-12-31',
      '2032-01-01T09:00',
    ]) {
      expect(readTypedDate(value, start.field as unknown as DateBounds).value !== undefined, value).toBe(start.schema.safeParse(value).success);
    }
  });

  it('starts a new entry on today’s date where the form says so, and on the demonstration school’s own date when it has one', () => {
    const date = configFields(config, 'classUpdates').find((f) => f.name === 'date')!;
    expect(date).toMatchObject({ widget: 'school-date', default: '{{now}}', time_zone: 'Europe/London' });
    expect(date.today).toBeUndefined();
    const demo = cmsConfig({ ...configInput({}, true), today: '2026-11-23' });
    expect(configFields(demo, 'classUpdates').find((f) => f.name === 'date')).toMatchObject({ default: '{{now}}', today: '2026-11-23' });
  });

  it('warns as the editor types when text is longer than the schema allows', () => {
    const title = configFields(config, 'classUpdates').find((f) => f.name === 'title')!;
    const pattern = new RegExp((title.pattern as string[])[0]!);
    expect(pattern.test('a'.repeat(120))).toBe(true);
    expect(pattern.test('a'.repeat(121))).toBe(false);
    expect((title.pattern as string[])[1]).toBe('keep it to 120 characters or fewer');
  });

  it('offers every choice in words (never a stored value such as “holiday-pack”), the same words the site shows', () => {
    const options: { at: string; label: string; value: string }[] = [];
    const walk = (fields: CmsField[], at: string) => {
      for (const f of fields) {
        const here = `${at} → ${f.name}`;
        for (const o of (f.options as { label: string; value: string }[] | undefined) ?? []) options.push({ at: here, ...o });
        if (f.field) walk([f.field as CmsField], here);
        if (f.fields) walk(f.fields as CmsField[], here);
      }
    };
    for (const c of config.collections as { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] }[])
      walk(c.fields ?? c.files?.flatMap((file) => file.fields) ?? [], c.name);
    expect(options.length).toBeGreaterThan(50);
    expect(options.filter((o) => !/^[^a-z]/.test(o.label)).map((o) => `${o.at}: ${o.value}`)).toEqual([]);
    // A select, or a list of selects (subjects).
    const label = (collection: CollectionName, name: string, value: string) => {
      const field = configFields(config, collection).find((f) => f.name === name)!;
      const select = (field.options ? field : field.field) as { options: { label: string; value: string }[] };
      return select.options.find((o) => o.value === value)?.label;
    };
    expect(label('policies', 'category', 'send')).toBe(categoryLabel('send'));
    expect(label('services', 'category', 'money-and-housing')).toBe(serviceCategoryLabel('money-and-housing'));
    expect(label('events', 'category', 'induction')).toBe(eventCategoryLabel('induction'));
    expect(label('homeLearning', 'subjects', 'design-and-technology')).toBe(subjectLabel('design-and-technology'));
    expect(label('homeLearning', 'kind', 'holiday-pack')).toBe(homeLearningKindLabel('holiday-pack'));
  });

  it('chooses classes and related policies from the site, and statutory items from the list', () => {
    const update = configFields(config, 'classUpdates').find((f) => f.name === 'class')!;
    expect(update).toMatchObject({ widget: 'relation', collection: 'classes', value_field: '{{slug}}' });
    const related = configFields(config, 'policies').find((f) => f.name === 'related')!;
    expect(related).toMatchObject({ widget: 'relation', collection: 'policies', value_field: '{{slug}}', multiple: true });
    const events = configFields(config, 'events').find((f) => f.name === 'classes')!;
    expect(events).toMatchObject({ widget: 'relation', collection: 'classes', multiple: true });
    const keys = (configFields(config, 'policies').find((f) => f.name === 'statutory')!.options as { value: string }[]).map((o) => o.value);
    expect(keys).toEqual(statutory.map((s) => s.key));
  });

  it('has the governors’ register and vacancies, with no field for a governor’s home address', () => {
    const collection = (name: string) => (config.collections as Record<string, any>[]).find((c) => c.name === name)!;
    expect(collection('governors')).toMatchObject({ folder: 'content/governors', label: 'Governors', preview_path: 'governors/register/', slug: '{{slug}}' });
    expect(collection('vacancies')).toMatchObject({
      folder: 'content/vacancies',
      label: 'Vacancies',
      preview_path: 'vacancies/{{filename}}/',
      slug: '{{slug}}',
    });
    const governor = configFields(config, 'governors');
    expect(governor.map((f) => f.name)).not.toContain('address');
    expect(governor.find((f) => f.name === 'email')).toMatchObject({ required: false });
    expect(governor.find((f) => f.name === 'category')!.options).toContainEqual({ label: 'Local authority governor', value: 'local-authority' });
    expect((governor.find((f) => f.name === 'attendance')!.fields as CmsField[]).map((f) => [f.name, f.widget])).toEqual([
      ['year', 'string'],
      ['meetings', 'number'],
      ['attended', 'number'],
    ]);
    const vacancy = configFields(config, 'vacancies');
    expect(vacancy.find((f) => f.name === 'closes')).toMatchObject({ required: true, widget: DATE_WIDGET, kind: 'datetime' });
    expect(vacancy.find((f) => f.name === 'documents')).toMatchObject({ widget: 'list', label: 'Application pack and job description' });
    expect(configFields(config, 'settings').find((f) => f.name === 'safer_recruitment')).toMatchObject({ widget: 'text', required: false });
  });

  it('files class updates in their class’s folder, dated, with photos beside them under content/uploads', () => {
    const c = (config.collections as any[]).find((x) => x.name === 'classUpdates');
    // Decap turns dots in a path template into hyphens, so no "fields." here.
    expect(c.path).toBe('{{class}}/{{date}}-{{slug}}');
    expect(c.path).not.toContain('.');
    expect(c.media_folder).toBe('/content/uploads/classes/{{fields.class}}/{{fields.date}}');
    expect(c.public_folder).toBe('/uploads/classes/{{fields.class}}/{{fields.date}}');
    expect(config).toMatchObject({ media_folder: 'content/uploads', public_folder: '/uploads' });
    const images = configFields(config, 'classUpdates').find((f) => f.name === 'images')!;
    const [src, alt] = images.fields as CmsField[];
    expect(src).toMatchObject({ name: 'src', widget: 'image', required: true });
    expect(alt).toMatchObject({ name: 'alt', widget: 'string', required: true });
    expect(configFields(config, 'classUpdates').find((f) => f.name === 'photo_consent')!.widget).toBe('photo-consent');
    const newsletters = (config.collections as any[]).find((x) => x.name === 'newsletters');
    expect(newsletters.slug).toBe('{{fields.date}}-{{slug}}');
  });

  it('cleans the preview of every Markdown field (every body), not relying on Decap’s default', () => {
    /** Every field of the configuration, nested ones included (objects, lists, list items). */
    const everyField = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((f) => [f, ...everyField((f.fields as CmsField[] | undefined) ?? []), ...everyField(f.field ? [f.field as CmsField] : [])]);
    const markdown = (config.collections as any[])
      .flatMap((c) => everyField(c.fields ?? c.files.flatMap((file: any) => file.fields)).map((f) => [c.name, f] as const))
      .filter(([, f]) => f.widget === 'markdown');
    // One body per collection that has one, and per translation collection.
    const bodies =
      (Object.keys(COLLECTIONS) as CollectionName[]).filter((name) => configFields(config, name).some((f) => f.name === 'body')).length + translations.length;
    expect(bodies).toBeGreaterThan(translations.length);
    expect(markdown).toHaveLength(bodies);
    for (const [collection, field] of markdown) expect(field.sanitize_preview, `${collection} → ${field.name}`).toBe(true);
  });

  it('uses the editorial workflow, and leaves preparing photos to the editor, which never enlarges them', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    // Decap's media_processing sets every photo to one width, enlarging smaller ones; the editor
    // prepares photos itself (admin/browser/uploads.ts, admin/photos.ts).
    expect(config.media_processing).toBeUndefined();
    expect(preparedSize(4000, 3000)).toEqual({ width: 2000, height: 1500 });
    expect(preparedSize(1600, 1200)).toEqual({ width: 1600, height: 1200 });
    expect(preparedSize(2000, 3000)).toEqual({ width: 2000, height: 3000 });
    expect(preparedSize(4032, 3024)).toEqual({ width: 2000, height: 1500 });
    expect(preparedSize(6000, 1)).toEqual({ width: 2000, height: 1 });
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
  });
});

describe('the Git host comes from environment variables', () => {
  it('offers only the local Git backend under npm start when none is set', () => {
    const b = cmsBackend({ CMS_LOCAL_BACKEND: 'http://127.0.0.1:8090/api/v1', CMS_LOCAL_BRANCH: 'term-dates' }, true);
    expect(b).toMatchObject({ configured: true, backend: { name: 'proxy', branch: 'term-dates' }, local_backend: { url: 'http://127.0.0.1:8090/api/v1' } });
    expect(cmsBackend({}, true).local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });

  it('is “not set up” in a build without one, so the page says so instead of showing a login that cannot work', () => {
    const b = cmsBackend({}, false);
    expect(b.configured).toBe(false);
    expect(b.local_backend).toBeUndefined();
  });

  it('sets up GitLab with PKCE (no server needed), on gitlab.com or a school’s own GitLab', () => {
    const b = cmsBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'hazelbrook/website', CMS_APP_ID: 'abc123', CMS_BASE_URL: 'https://git.example.sch.uk' }, false);
    expect(b.problems).toEqual([]);
    expect(b.backend).toEqual({
      name: 'gitlab',
      repo: 'hazelbrook/website',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://git.example.sch.uk',
      auth_endpoint: 'oauth/authorize',
      api_root: 'https://git.example.sch.uk/api/v4',
    });
    expect(b.publish_mode).toBe('editorial_workflow');
    expect(cmsBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x' }, false).backend).toMatchObject({
      base_url: 'https://gitlab.com',
      api_root: 'https://gitlab.com/api/v4',
    });
  });

  it('sets up GitHub with an OAuth provider of the school’s own (no Netlify)', () => {
    const b = cmsBackend({ CMS_BACKEND: 'github', CMS_REPO: 'hazelbrook/website', CMS_BASE_URL: 'https://cms-auth.example.sch.uk', CMS_BRANCH: 'live' }, false);
    expect(b.problems).toEqual([]);
    expect(b.backend).toEqual({
      name: 'github',
      repo: 'hazelbrook/website',
      branch: 'live',
      base_url: 'https://cms-auth.example.sch.uk',
      auth_endpoint: 'auth',
      api_root: 'https://api.github.com',
    });
  });

  it('sets up Gitea (without the workflow, which Decap does not support there) and Forgejo (with it)', () => {
    const gitea = cmsBackend({ CMS_BACKEND: 'gitea', CMS_REPO: 'school/site', CMS_APP_ID: 'id', CMS_BASE_URL: 'https://git.example.org' }, false);
    expect(gitea.problems).toEqual([]);
    expect(gitea.backend).toMatchObject({ name: 'gitea', app_id: 'id', base_url: 'https://git.example.org', api_root: 'https://git.example.org/api/v1' });
    expect(gitea.publish_mode).toBe('simple');
    const forgejo = cmsBackend({ CMS_BACKEND: 'forgejo', CMS_REPO: 'school/site', CMS_APP_ID: 'id', CMS_BASE_URL: 'https://codeberg.org' }, false);
    expect(forgejo.backend).toMatchObject({ name: 'forgejo', api_root: 'https://codeberg.org/api/v1' });
    expect(forgejo.publish_mode).toBe('editorial_workflow');
  });

  it('says what is missing, in words for whoever sets up the hosting', () => {
    expect(cmsBackend({ CMS_BACKEND: 'gitlab' }, false).problems).toEqual([
      'CMS_BACKEND is gitlab, so CMS_REPO must name the repository, such as school/website.',
      expect.stringContaining("CMS_APP_ID must be the OAuth application's ID"),
    ]);
    expect(cmsBackend({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' }, false).problems[0]).toContain('CMS_BASE_URL must be the address of your OAuth provider');
    expect(cmsBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_BASE_URL: 'http://git.example.org' }, false).problems).toEqual([
      'CMS_BASE_URL must start with https:// (it is "http://git.example.org").',
    ]);
    expect(cmsBackend({ CMS_BACKEND: 'netlify' }, false).problems[0]).toContain('use gitlab, github, gitea or forgejo');
  });

  it('can publish straight away when a school does not want the review step', () => {
    expect(cmsBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_PUBLISH_MODE: 'simple' }, false).publish_mode).toBe('simple');
  });

  it('keeps the local backend out of a production configuration', () => {
    const prod = configWith({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x' });
    expect(prod.local_backend).toBeUndefined();
    expect(configWith({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x' }, true).local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });
});

describe('the admin page’s Content-Security-Policy', () => {
  const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('lets the CMS talk to its Git host and nothing else', () => {
    const csp = directives(
      adminContentSecurityPolicy(cmsBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://git.example.org' }, false)),
    );
    expect(csp['connect-src']).toEqual(["'self'", 'blob:', 'https://git.example.org']);
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    const github = directives(
      adminContentSecurityPolicy(cmsBackend({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://auth.example.org' }, false)),
    );
    expect(github['connect-src']).toEqual(["'self'", 'blob:', 'https://api.github.com', 'https://www.githubstatus.com']);
    expect(github['img-src']).toContain('https://avatars.githubusercontent.com');
  });

  it('allows the local backend only when it is configured', () => {
    const local = directives(adminContentSecurityPolicy(cmsBackend({ CMS_LOCAL_BACKEND: 'http://127.0.0.1:8090/api/v1' }, true)));
    expect(local['connect-src']).toEqual(["'self'", 'blob:', 'http://127.0.0.1:8090']);
  });
});

describe('branding', () => {
  it('writes the school’s name and initials in the colours of the site’s design tokens', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    const svg = cmsLogo('Hazelbrook Primary School', tokens);
    expect(svg).toContain('fill="#1f5a4a"');
    expect(svg).toContain('>HP<');
    expect(svg).toContain('>Hazelbrook Primary School<');
    expect(cmsLogo('St Mary & St John <C of E>', tokens)).toContain('St Mary &amp; St John &lt;C of E&gt;');
    expect(initials('The Oaks Academy')).toBe('O');
  });
});
