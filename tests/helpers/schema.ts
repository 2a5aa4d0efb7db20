/** A schema's verdict on some frontmatter, as lines a test can compare: `field.path: message`. */
import type { z } from 'astro/zod';

export function schemaProblems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
