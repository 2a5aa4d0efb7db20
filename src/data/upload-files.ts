/**
 * Every picture in the content folder's uploads/, for Vite to import (and Astro to resize): only
 * the glob, in a module of its own, because the build leaves this one module out of the hash of
 * each route's code (src/integrations/page-cache.ts). Keyed pages name the pictures they show
 * instead (src/data/page-cache.ts `pictures`), so a new photo does not render every page again.
 */
import type { ImageMetadata } from 'astro';

// '@school-uploads' is the content folder's uploads/ (see astro.config.mjs), wherever it is.
export const images = import.meta.glob<{ default: ImageMetadata }>('@school-uploads/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP}');
