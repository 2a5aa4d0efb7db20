/** A newsletter: `content/newsletters/<slug>.md` → `/newsletters/<slug>/`. */
import { z } from 'astro/zod';
import { POST_YEARS_AHEAD, dateWithin, draft, image, summary, text } from './common';

export const newsletterSchema = z.object({
  /** The newsletter's title, such as "Newsletter 5: Harvest and Black History Month". */
  title: text({ max: 120 }),
  /** The date it goes out. A future date keeps it hidden until that day. */
  date: dateWithin('newsletters must be dated', POST_YEARS_AHEAD),
  /** Two sentences for listings, feeds and search results. */
  summary,
  /** An optional picture at the top. */
  image: image.optional(),
  draft,
});

export type Newsletter = z.infer<typeof newsletterSchema>;
