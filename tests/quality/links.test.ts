/**
 * No broken links on the built demo school: every address a page, feed, calendar, sitemap or
 * robots.txt gives on the school's own site is a built file, and every #anchor exists. Links to
 * other sites are listed, never fetched. tests/unit/links.test.ts proves each kind of break is found.
 */
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links';
import { readSettings } from '../../src/lib/content/settings';
import { builtFiles } from '../helpers/site-files';

describe('links', () => {
  it('every internal address and anchor in the demo school resolves', () => {
    const { settings } = readSettings('content');
    const report = checkLinks(builtFiles(inject('demoDir')), settings!.url);
    const external = [...report.external.entries()].map(([url, pages]) => `  ${url} (${pages.size} page${pages.size === 1 ? '' : 's'})`);
    console.info(
      `Links: ${report.checked} internal addresses checked, ${report.broken.length} broken; ${report.external.size} external addresses (not fetched):\n${external.join('\n')}`,
    );
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.broken.map((b) => `${b.from}: ${b.url} (${b.where}) ${b.problem}`)).toEqual([]);
  });
});
