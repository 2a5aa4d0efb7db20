/**
 * The site's image service (`image.service` in astro.config.mjs): Astro's own sharp service, but
 * that a version of a picture already being made while pages rendered (`early-pictures.ts`) is
 * waited for instead of made a second time.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { madeEarly } from './early-pictures';

const pictureService: LocalImageService = {
  ...sharpService,
  async transform(input, options, config, logger) {
    return (await madeEarly(options as Parameters<typeof madeEarly>[0])) ?? sharpService.transform(input, options, config, logger);
  },
};

export default pictureService;
