/**
 * Checks the whole site without building it and prints what to fix, in plain words:
 *   npm run doctor                 exit code 1 when something would break the site
 *   npm run doctor -- --strict     also 1 when there is anything to look at (for a scheduled CI job)
 *   npm run doctor -- --json       the findings as JSON
 * The content folder is SITE_CONTENT_DIR (default content/); in a trust's repository, the school
 * SCHOOL names with the trust's content, or without SCHOOL the trust and every school (docs/trusts.md).
 * "today" is SITE_NOW or the clock.
 */
import { formatReport, runDoctor } from './lib/doctor';
import { contentDir } from '../src/lib/content/settings';

const args = new Set(process.argv.slice(2));
const report = runDoctor(contentDir());
console.log(args.has('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
process.exitCode = report.problems.length || (args.has('--strict') && report.warnings.length) ? 1 : 0;
