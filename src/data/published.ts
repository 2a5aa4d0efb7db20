/** The frontmatter and text of everything parents can see, for finding which uploads it uses. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { markdownBody } from '@/lib/content/frontmatter';
import { memoise } from '@/lib/core/memo';
import {
  getClassUpdates,
  getClasses,
  getConsultationDrafts,
  getCurriculumLetters,
  getEvents,
  getHomeLearning,
  getMenus,
  getNewsletters,
  getPages,
  getPolicies,
  getServices,
  getSurveys,
  getGovernors,
  getVacancies,
  inBuild,
  settings,
} from './site';

/**
 * An entry's Markdown text, read from its file: the content store keeps no copy of it
 * (`retainBody: false` in src/content.config.ts), as the store is bundled into the build's code.
 */
function bodyOf(entry: { filePath?: string }): string {
  return entry.filePath ? markdownBody(readFileSync(resolve(entry.filePath), 'utf8')) : '';
}

/** Read once per build (two routes ask), afresh each time under the development server. */
export const publishedTexts = memoise(async (): Promise<string[]> => {
  const published = [
    ...(await getPolicies()),
    ...(await getConsultationDrafts()),
    ...(await getNewsletters()),
    ...(await getClasses()),
    ...(await getClassUpdates()),
    ...(await getCurriculumLetters()),
    ...(await getEvents()),
    ...(await getPages()),
    ...(await getSurveys()),
    ...(await getServices()),
    ...(await getHomeLearning()),
    ...(await getGovernors()),
    // A closed vacancy keeps its page, and the documents it links to.
    ...(await getVacancies()),
    ...(await getMenus()),
  ];
  // The settings link documents too (the prospectus on /admissions/).
  return [JSON.stringify(settings), ...published.map((entry) => `${JSON.stringify(entry.data)}\n${bodyOf(entry)}`)];
}, inBuild);
