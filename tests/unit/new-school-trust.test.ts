/** What `npm run new-school -- --trust` tells the trust to do next: the code owners' lines must match the school's folder on each Git host. */
import { describe, expect, it } from 'vitest';
import { trustSchoolNextSteps } from '../../scripts/lib/new-school';

const line = (text: string, host: string) =>
  text
    .split('\n')
    .find((l) => l.includes(host))!
    .trim();
const pattern = (text: string, host: string) => line(text, host).split(/\s+/).at(-2)!;

describe('the next steps after adding a school to a trust', () => {
  const steps = trustSchoolNextSteps('examples/oakfield-trust', 'ashgrove', 'https://www.ashgrove.sch.uk/');

  it('names the build, the domain and the GitLab list of sites', () => {
    expect(steps).toContain('SCHOOL=ashgrove npm run build');
    expect(steps).toContain('Point its domain, www.ashgrove.sch.uk, at that site.');
    expect(steps).toMatch(/add ashgrove to SITE in\s+\.gitlab\/trust\.gitlab-ci\.yml/);
  });

  it('GitHub and GitLab: a folder from the top of the repository', () => {
    expect(pattern(steps, '.github/CODEOWNERS')).toBe('/examples/oakfield-trust/schools/ashgrove/');
  });

  it('Gitea and Forgejo: a regular expression over the whole path that matches the school’s files and no other school’s', () => {
    // Gitea reads the pattern with its doubled backslashes halved, then anchors it at both ends.
    const written = pattern(steps, '.gitea/CODEOWNERS');
    const regexp = new RegExp(`^${written.replace(/\\\\/g, '\\')}$`);
    expect(regexp.test('examples/oakfield-trust/schools/ashgrove/policies/a.md')).toBe(true);
    expect(regexp.test('examples/oakfield-trust/schools/ashgrove-juniors/policies/a.md')).toBe(false);
    expect(regexp.test('examples/oakfield-trust/trust/policies/a.md')).toBe(false);
    const dotted = pattern(trustSchoolNextSteps('sites.v2', 'ashgrove', 'https://a.sch.uk'), '.gitea/CODEOWNERS');
    expect(new RegExp(`^${dotted.replace(/\\\\/g, '\\')}$`).test('sitesxv2/schools/ashgrove/a.md')).toBe(false);
  });

  it('a trust at the top of the repository or given as ./content/', () => {
    expect(pattern(trustSchoolNextSteps('./content/', 'ashgrove', 'https://a.sch.uk'), '.github/CODEOWNERS')).toBe('/content/schools/ashgrove/');
    expect(pattern(trustSchoolNextSteps('.', 'ashgrove', 'https://a.sch.uk'), '.github/CODEOWNERS')).toBe('/schools/ashgrove/');
  });
});
