/** A class: `content/classes/<slug>.md` → `/classes/<slug>/`. The body is the class's introduction. */
import { z } from 'astro/zod';
import { draft, summary, text, yearGroup } from './common';

export const classSchema = z.object({
  /** The class's name, such as "Oak Class". */
  title: text({ max: 60 }),
  /** The year group, such as "Year 3". */
  year_group: yearGroup,
  /** Names of the class's teachers, as parents know them ("Mrs Okafor"). */
  teachers: z.array(text({ max: 80 }), { error: 'must be a list of names.' }).min(1, { error: 'needs at least one teacher.' }),
  /** Position in the list of classes (Reception first = 1). */
  order: z.number({ error: 'must be a number, such as 1 for the first class.' }).int(),
  /** One sentence about the class for the class list. */
  summary,
  draft,
});

export type SchoolClass = z.infer<typeof classSchema>;
