/**
 * The statutory list's own schema: what `src/data/statutory.yaml` holds (each item, must or should,
 * for which schools, and the guidance it comes from). A mistake in the file stops the build.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from './common';
import { PHASES, SCHOOL_TYPES } from './settings';

export type Requirement = 'must' | 'should';

const requirement = z.enum(['must', 'should']);
const document = z.object({ title: z.string().min(1), url: z.url({ protocol: /^https$/ }) });

const itemSchema = z.strictObject({
  key: z.string().regex(SLUG_PATTERN),
  title: z.string().min(1),
  requirement: z.union([requirement, z.strictObject({ maintained: requirement, academy: requirement })]),
  school_types: z.array(z.enum(SCHOOL_TYPES)).min(1).optional(),
  phases: z.array(z.enum(PHASES)).min(1).optional(),
  mainstream_only: z.boolean().optional(),
  min_employees: z.number().int().positive().optional(),
  trust: z.literal(true).optional(),
  source: z.strictObject({ guidance: z.string(), section: z.string().min(1) }),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  description: z.string().min(1),
});

export const listSchema = z
  .strictObject({
    guidance: z.record(z.string(), z.union([document, z.strictObject({ maintained: document, academy: document })])),
    items: z.array(itemSchema).min(1),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, i) => {
      if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: `"${item.key}" is used twice.` });
      seen.add(item.key);
      if (!(item.source.guidance in list.guidance)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'source', 'guidance'], message: `"${item.source.guidance}" is not listed under guidance.` });
      }
    });
  });

export type ListFile = z.infer<typeof listSchema>;
export type StatutoryItem = ListFile['items'][number];
export type Guidance = ListFile['guidance'];
