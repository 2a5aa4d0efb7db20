/**
 * Netlify build plugin: restores the site's build cache (resized pictures, Astro's content store,
 * the archive search index) before the build and saves it after, with Netlify's own cache. The
 * build checks every part against its inputs, so a stale or missing cache costs time, never a
 * wrong site; the folder is SITE_CACHE_DIR, set in netlify.toml.
 */
const folder = () => process.env.SITE_CACHE_DIR || '.cache/site';
/** Only the production build (the live site) uses and keeps the cache: never a deploy preview's. */
const production = () => process.env.CONTEXT === 'production';

/** Before the build: the cache of the last build, when Netlify has one. */
export const onPreBuild = async ({ utils }) => {
  if (!production()) return;
  const restored = await utils.cache.restore(folder());
  console.log(restored ? `Build cache restored into ${folder()}.` : 'No build cache yet: this build makes everything.');
};

/** After a successful build: kept for the next one. */
export const onPostBuild = async ({ utils }) => {
  if (!production()) return;
  await utils.cache.save(folder());
};
