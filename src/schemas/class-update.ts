/**
 * A weekly class update: `content/class-updates/<class>/<slug>.md` → `/classes/<class>/<slug>/`.
 */
import { z } from 'astro/zod';
import { POST_YEARS_AHEAD, dateWithin, draft, image, list, photoConsent, requirePhotoConsent, slug, summary, text } from './common';

export const classUpdateSchema = z
  .object({
    /** The update's headline, such as "Leaf hunting and number bonds". */
    title: text({ max: 120 }),
    /** The short name of the class, such as oak. It must match the folder the update is in. */
    class: slug,
    /** The date of the update. A future date keeps it hidden until that day. */
    date: dateWithin('class updates must be dated', POST_YEARS_AHEAD),
    /** Who wrote it, as parents know them ("Mr Ahmed"). */
    author: text({ max: 80 }),
    /** One or two sentences for listings and feeds. */
    summary,
    /** Photos, each with a description. */
    images: list(image),
    /** Tick to confirm every child shown has photo consent. Required when there are photos. */
    photo_consent: photoConsent,
    draft,
  })
  .superRefine((v, ctx) => requirePhotoConsent(ctx, v.images.length > 0, v.photo_consent));

export type ClassUpdate = z.infer<typeof classUpdateSchema>;
