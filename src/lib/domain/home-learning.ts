/** Which home-learning resources belong to which year groups, classes and subjects. */

interface Resource {
  data: { year_groups: readonly string[]; classes: readonly string[]; subjects: readonly string[] };
}

/** "Year 3" → "year-3", for the year group's page address. */
export function yearGroupSlug(yearGroup: string): string {
  return yearGroup.toLowerCase().replace(/\s+/g, '-');
}

/** Whether a resource is for every year (it names no year group and no class). */
export function isForEveryone(r: Resource): boolean {
  return r.data.year_groups.length === 0 && r.data.classes.length === 0;
}

/** The resources for a class: its year group's, its own, and those for every year. */
export function resourcesForClass<R extends Resource>(resources: readonly R[], schoolClass: { id: string; data: { year_group: string } }): R[] {
  return resources.filter((r) => isForEveryone(r) || r.data.classes.includes(schoolClass.id) || r.data.year_groups.includes(schoolClass.data.year_group));
}

/** The resources for a year group, including those for its classes (given as ids) and for every year. */
export function resourcesForYearGroup<R extends Resource>(resources: readonly R[], yearGroup: string, classIds: readonly string[]): R[] {
  return resources.filter((r) => isForEveryone(r) || r.data.year_groups.includes(yearGroup) || r.data.classes.some((c) => classIds.includes(c)));
}

/** The resources for a subject. */
export function resourcesForSubject<R extends Resource>(resources: readonly R[], subject: string): R[] {
  return resources.filter((r) => r.data.subjects.includes(subject) || r.data.subjects.includes('all-subjects'));
}

/** The values in use, in the order given (year groups or subjects as the schema lists them). */
export function inUse(values: readonly string[], resources: readonly Resource[], pick: (r: Resource) => readonly string[]): string[] {
  const used = new Set(resources.flatMap(pick));
  return values.filter((v) => used.has(v));
}
