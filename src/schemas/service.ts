/** A support service for families: `content/services/<slug>.md`, listed at `/support/`. */
import { z } from 'astro/zod';
import { draft, email, httpsUrl, oneOf, summary, text } from './common';

export const SERVICE_CATEGORIES = [
  'health',
  'mental-health',
  'send',
  'family-support',
  'money-and-housing',
  'safety',
  'language',
  'early-years',
  'other',
] as const;

export const serviceSchema = z.object({
  /** The service's name. */
  title: text({ max: 120 }),
  /** What kind of help it gives. */
  category: oneOf(SERVICE_CATEGORIES),
  /** What it offers and who it is for. */
  summary,
  /** Phone number, as parents would dial it. */
  phone: text({ max: 40 }).optional(),
  /** Email address. */
  email: email.optional(),
  /** Website (https). */
  url: httpsUrl.optional(),
  /** Languages the service can help in, besides English. */
  languages: z.array(text({ max: 40 })).default([]),
  draft,
});

export type Service = z.infer<typeof serviceSchema>;
/** A support service category as the schema accepts it (every one needs a label in src/lib/domain/labels.ts). */
export type ServiceCategory = Service['category'];
