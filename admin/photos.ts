/**
 * How the editor prepares a photo before it is committed (admin/browser/uploads.ts): phone photos
 * are 4000 pixels wide and carry where they were taken, so every photo is re-encoded (which drops
 * that data) and one wider than the limit is made smaller. A photo is never made larger: the build
 * makes the small versions parents download, and enlarging only adds bytes to the repository.
 */

/** The widest a committed photo may be, in pixels. */
export const PHOTO_MAX_WIDTH = 2000;
/** JPEG and WebP quality of a re-encoded photo (0 to 1). */
export const PHOTO_QUALITY = 0.85;
/** The kinds of picture the browser can re-encode; others (a PDF, an SVG) are committed as they are. */
export const PREPARED_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The size a photo is committed at: its own, or narrowed to PHOTO_MAX_WIDTH keeping its shape. */
export function preparedSize(width: number, height: number, maxWidth = PHOTO_MAX_WIDTH): { width: number; height: number } {
  if (width <= maxWidth) return { width, height };
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) };
}
