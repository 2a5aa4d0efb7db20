/**
 * The hourly check of the hosting workflows: a rebuild is due when an urgent notice went up or
 * came down in the last two hours, read from the notice files without the YAML parser.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LOOK_BACK_MINUTES, noticeTimes, rebuildDue, settingsTimeZone } from '../../scripts/lib/rebuild-due';
import { contentWith } from '../helpers/content';

const notice = (fields: string) => `---\ntitle: "Snow: school closed today"\nseverity: closure\n${fields}\nsummary: Closed.\n---\nThe paths are not safe.\n`;

describe('reading a notice file without the YAML parser', () => {
  it('finds when it goes up and comes down, written plainly or in quotes (as the editor saves them)', () => {
    expect(noticeTimes(notice('starts: 2026-01-08T06:30\nexpires: 2026-01-09T00:00'))).toEqual(['2026-01-08T06:30', '2026-01-09T00:00']);
    expect(noticeTimes(notice('starts: \'2026-01-08T06:30\'\nexpires: "2026-01-09T00:00:00" # midnight'))).toEqual(['2026-01-08T06:30', '2026-01-09T00:00']);
    expect(noticeTimes(notice('starts: 2026-01-08T06:30\r\nexpires: 2026-01-09T00:00').replace(/\n/g, '\r\n'))).toEqual([
      '2026-01-08T06:30',
      '2026-01-09T00:00',
    ]);
  });

  it('ignores a draft, the text after the frontmatter and anything that is not a school time', () => {
    expect(noticeTimes(notice('starts: 2026-01-08T06:30\nexpires: 2026-01-09T00:00\ndraft: true'))).toEqual([]);
    expect(noticeTimes('---\ntitle: x\n---\nstarts: 2026-01-08T06:30\n')).toEqual([]);
    expect(noticeTimes(notice('starts: tomorrow\nexpires: 2026-01-09'))).toEqual([]);
    expect(noticeTimes('no frontmatter at all')).toEqual([]);
  });

  it('reads the school’s time zone from the settings, London when it is not there', () => {
    expect(settingsTimeZone('name: School\ntimezone: Europe/Dublin\n')).toBe('Europe/Dublin');
    expect(settingsTimeZone('name: School\n')).toBe('Europe/London');
  });
});

describe('whether a rebuild is due', () => {
  const times = ['2026-01-08T06:30', '2026-01-09T00:00'];
  const at = (iso: string) => rebuildDue(times, new Date(iso), 'Europe/London');

  it('is when a notice went up or came down in the last two hours', () => {
    expect(LOOK_BACK_MINUTES).toBe(120);
    expect(at('2026-01-08T06:45:00Z')).toBe(true);
    expect(at('2026-01-08T08:29:00Z')).toBe(true); // a run that GitHub started late, or the one after a skipped run
    expect(at('2026-01-09T00:45:00Z')).toBe(true); // the expiry at midnight takes effect within the hour
  });

  it('is not at any other hour, nor before a notice goes up', () => {
    expect(at('2026-01-08T06:29:00Z')).toBe(false);
    expect(at('2026-01-08T08:31:00Z')).toBe(false);
    expect(at('2026-01-08T15:45:00Z')).toBe(false);
  });

  it('counts school time: in summer a 7am notice goes up at 6am UTC', () => {
    expect(rebuildDue(['2026-07-01T07:00'], new Date('2026-07-01T06:15:00Z'), 'Europe/London')).toBe(true);
    expect(rebuildDue(['2026-07-01T07:00'], new Date('2026-07-01T05:15:00Z'), 'Europe/London')).toBe(false);
  });
});

describe('the script the workflows run', () => {
  const run = (content: string, now: string) =>
    spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/rebuild-due.ts'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_CONTENT_DIR: content, SITE_NOW: now },
    });
  const content = contentWith({ 'notices/snow.md': notice('starts: 2026-01-08T06:30\nexpires: 2026-01-09T00:00') });

  it('prints build=true or build=false for the workflow, and why', () => {
    const due = run(content, '2026-01-09T00:20');
    expect(due.status).toBe(0);
    expect(due.stdout).toBe('build=true\n');
    const quiet = run(content, '2026-01-08T12:00');
    expect(quiet.stdout).toBe('build=false\n');
    expect(quiet.stderr).toContain('nothing to rebuild');
  });

  it('builds nothing on a site without notices', () => {
    expect(run(contentWith({}), '2026-01-08T07:00').stdout).toBe('build=false\n');
  });
});
