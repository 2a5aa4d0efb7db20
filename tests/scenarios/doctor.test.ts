/**
 * `npm run doctor` on the demo school and on a broken copy of the basic fixture: what it finds,
 * in plain words, and its exit codes for CI.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../helpers/build';
import { BASIC_CONTENT, contentWith, fixtureFile } from '../helpers/content';
import { applicability } from '../../src/lib/domain/statutory';
import { statutoryItems } from '../../src/lib/content/statutory';
import { settingsSchema } from '../../src/schemas/settings';
import { picturesWithoutAlt } from '../../scripts/lib/doctor';
import { internalLinks } from '../../src/lib/content/addresses';

function doctor(contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/doctor.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: contentDir, SITE_NOW: '2026-11-23', CMS_BACKEND: '', CMS_REPO: '', ...env },
  });
}

describe('npm run doctor', () => {
  it('passes the demo school, listing what governors and the office should look at', () => {
    const run = doctor('content');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/content\/policies\/complaints\.md — the review of "Complaints procedure" was due on 2026-09-26/);
    expect(run.stdout).toMatch(
      /! \d+ thing\(s\) to look at:[\s\S]*nothing publishes "Governing board diversity" \(governor-diversity\), which the guidance says the school should publish/,
    );
    expect(run.stdout).toMatch(/no Git host is set up for the CMS/);
    expect(run.stdout).toMatch(/✓ Links: \d+ links inside the site all lead somewhere/);
    expect(run.stdout).not.toMatch(/✗/);
  });

  it('fails with --strict when there is anything to look at, and reports JSON', () => {
    expect(doctor('content', ['--strict']).status).toBe(1);
    const json = JSON.parse(doctor('content', ['--json']).stdout);
    expect(json.problems).toEqual([]);
    expect(json.warnings.filter((w: { topic: string }) => w.topic === 'reviews')).toHaveLength(3);
  });

  it('reports a missing must as a problem (exit 1) and a missing should as a warning', () => {
    const run = doctor(BASIC_CONTENT, ['--json']);
    const json = JSON.parse(run.stdout) as { problems: { topic: string; message: string }[]; warnings: { topic: string; message: string }[] };
    const statutory = (list: { topic: string; message: string }[]) => list.filter((f) => f.topic === 'statutory').map((f) => f.message);
    expect(statutory(json.problems)).toContainEqual(
      expect.stringMatching(/^nothing publishes "Opening hours and the school week" \(opening-hours\), which the school must publish/),
    );
    expect(statutory(json.problems).join('\n')).not.toMatch(/music-development-plan|careers|funding-agreement/);
    expect(statutory(json.warnings)).toContainEqual(
      expect.stringMatching(
        /^nothing publishes "Music development plan summary" \(music-development-plan\), which the guidance says the school should publish/,
      ),
    );
    expect(doctor(BASIC_CONTENT).status).toBe(1);
  });

  it('passes a school that publishes every must, however many shoulds it lacks, and counts only published pages', () => {
    const settings = settingsSchema.parse(parse(fixtureFile('settings/school.yaml')));
    const musts = statutoryItems()
      .filter((i) => {
        const a = applicability(i, settings);
        return a.applies && a.requirement === 'must';
      })
      .map((i) => i.key);
    const page = (draft: boolean) =>
      `---\ntitle: Key information\nsummary: Everything we publish.\nstatutory: [${musts.join(', ')}]\ndraft: ${String(draft)}\n---\nAll of it.\n`;
    const run = doctor(contentWith({ 'pages/key-information.md': page(false) }));
    expect(run.stdout).not.toMatch(/✗|must publish/);
    expect(run.stdout).toMatch(/which the guidance says the school should publish/);
    expect(run.status).toBe(0);
    expect(doctor(contentWith({ 'pages/key-information.md': page(true) })).stdout).toMatch(
      /✗[\s\S]*nothing publishes "Admission arrangements" \(admissions\), which the school must publish/,
    );
  });

  it('finds broken links, pictures without descriptions, content and CMS problems, and exits 1', () => {
    const update = fixtureFile('class-updates/oak/2026-10-09-leaf-hunt.md');
    const newsletter = fixtureFile('newsletters/2026-11-20-newsletter-1.md');
    const dir = contentWith({
      'newsletters/2026-11-20-newsletter-1.md': `${newsletter}\nRead [the uniform policy](/policies/uniform) and [the plan](/policies/secret-plan/) and [old page](/policies/old-uniform/#prices).\n`,
      'class-updates/oak/2026-10-09-leaf-hunt.md': `${update}\n![](/uploads/classes/oak/leaf.jpg)\n`,
      'policies/behaviour.md': fixtureFile('policies/behaviour.md').replace(/approved: \S+/, 'approved: 2026-02-30'),
    });
    const run = doctor(dir, [], { CMS_BACKEND: 'gitlab' });
    expect(run.status).toBe(1);
    const out = run.stdout;
    expect(out).toMatch(
      /newsletters\/2026-11-20-newsletter-1\.md — has a link on line 10 that parents could not follow: "\/policies\/secret-plan\/" is a draft/,
    );
    expect(out).toMatch(/"\/policies\/old-uniform\/" is not a page on the site/);
    expect(out).not.toMatch(/"\/policies\/uniform"/);
    expect(out).toMatch(/2026-10-09-leaf-hunt\.md — the picture \/uploads\/classes\/oak\/leaf\.jpg has no description/);
    expect(out).toMatch(/policies\/behaviour\.md — approved: .*2026-02-30/);
    expect(out).toMatch(/CMS_BACKEND is gitlab, so CMS_REPO must name the repository/);
  });
});

describe('the doctor and the build agree about links', () => {
  it('stops the build on exactly the links the doctor lists, from one rule', () => {
    const about = `${fixtureFile('pages/about.md')}\n[Form](/uploads/forms/missing.pdf), [settings](/uploads/../../package.json), [plan](/policies/secret-plan/), [old](/policies/old-uniform/), [fine](/policies/uniform/)\n`;
    const dir = contentWith({ 'pages/about.md': about });
    const report = doctor(dir, ['--json']);
    expect(report.status).toBe(1);
    const links = (JSON.parse(report.stdout).problems as { topic: string; file: string; message: string }[]).filter((p) => p.topic === 'links');
    expect(links.map((p) => /"([^"]+)"/.exec(p.message)![1])).toEqual([
      '/uploads/forms/missing.pdf',
      '/uploads/../../package.json',
      '/policies/secret-plan/',
      '/policies/old-uniform/',
    ]);
    const build = buildSite(dir);
    expect(build.ok).toBe(false);
    expect(build.output).toContain('The site was not built because 4 things need fixing in the content');
    for (const p of links) expect(build.output).toContain(`${p.file}: ${p.message}`);
  });
});

describe('reading links and pictures from Markdown', () => {
  it('finds site-internal links in Markdown and HTML, without anchors, and ignores other sites', () => {
    expect(internalLinks('[a](/policies/uniform/#prices) [b](https://example.org/x) <a href="/events/">c</a> [d](//cdn.example/x) [e](</a b/> "t")')).toEqual([
      '/policies/uniform/',
      '/events/',
      '/a b/',
    ]);
    // Reference definitions, pictures, and HTML links with either quote mark are links too.
    expect(internalLinks('[form][1] ![map](/uploads/map.pdf) <a href=\'/uploads/x.pdf\'>x</a>\n\n[1]: /uploads/form.pdf "Form"')).toEqual([
      '/uploads/map.pdf',
      '/uploads/x.pdf',
      '/uploads/form.pdf',
    ]);
  });
  it('finds pictures with no description', () => {
    expect(
      picturesWithoutAlt('![](/uploads/a.jpg) ![ok](/uploads/b.jpg) <img src="/uploads/c.jpg"> <img alt="" src="/d.jpg"> <img src="/e.jpg" alt="Fine">'),
    ).toEqual(['/uploads/a.jpg', '/uploads/c.jpg', '/d.jpg']);
  });
});
