/** Home-learning resources with the year groups and subjects families can pick from. */
import { SUBJECTS } from '../schemas/home-learning';
import { YEAR_GROUPS } from '../schemas/common';
import { homeLearningKindLabel, subjectLabel } from '../lib/domain/labels';
import { inUse, yearGroupSlug } from '../lib/domain/home-learning';
import { getClasses, getHomeLearning, type HomeLearning } from './site';

export interface HomeLearningFilters {
  yearGroups: { label: string; href: string; classIds: string[] }[];
  subjects: { label: string; href: string; value: string }[];
}

/** Year groups the school has classes in, and subjects some resource covers, as filter links. */
export async function homeLearningFilters(): Promise<HomeLearningFilters> {
  const classes = await getClasses();
  const resources = await getHomeLearning();
  const yearGroups = YEAR_GROUPS.filter((y) => classes.some((c) => c.data.year_group === y));
  return {
    yearGroups: yearGroups.map((y) => ({
      label: y,
      href: `/home-learning/year/${yearGroupSlug(y)}/`,
      classIds: classes.filter((c) => c.data.year_group === y).map((c) => c.id),
    })),
    subjects: inUse(SUBJECTS, resources, (r) => r.data.subjects)
      .filter((s) => s !== 'all-subjects')
      .map((s) => ({ label: subjectLabel(s), href: `/home-learning/subject/${s}/`, value: s })),
  };
}

/** "Holiday pack · Maths, Reading · Year 3, Year 4" for a resource's line under its title. */
export async function resourceKicker(resource: HomeLearning): Promise<string> {
  const classes = new Map((await getClasses()).map((c) => [c.id, c.data.title]));
  const who = [...resource.data.year_groups, ...resource.data.classes.map((c) => classes.get(c) ?? c)];
  return [
    homeLearningKindLabel(resource.data.kind),
    resource.data.subjects.map(subjectLabel).join(', '),
    who.length ? who.join(', ') : 'Every year group',
  ].join(' · ');
}
