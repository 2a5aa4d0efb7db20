/** The frontmatter and text of everything parents can see, for finding which uploads it uses. */
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
  settings,
} from './site';

export async function publishedTexts(): Promise<string[]> {
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
  return [JSON.stringify(settings), ...published.map((entry) => `${JSON.stringify(entry.data)}\n${entry.body ?? ''}`)];
}
