/**
 * Which of a built site's image files its text mentions, so the originals nobody links to can be
 * removed (src/integrations/drop-originals.ts). Each text file is read once: the search only looks
 * where an image extension occurs, so it stays in proportion to the size of the site however many
 * images there are (searching all the text once per image did not).
 */

const EXTENSION = /\.(?:jpe?g|png|webp|avif|gif|tiff?)/gi;

/** A matcher for these file names (such as `photo.Bx1_a2.webp`). */
export function imageNameFinder(names: Iterable<string>) {
  const wanted = new Set(names);
  const lengths = [...new Set([...wanted].map((n) => n.length))];
  return {
    /**
     * Adds to `found` every wanted name that occurs anywhere in `text` (exactly as
     * `text.includes(name)` would find it); returns `found`.
     */
    collect(text: string, found: Set<string> = new Set()): Set<string> {
      for (const match of text.matchAll(EXTENSION)) {
        const end = match.index + match[0].length;
        for (const length of lengths) {
          if (length > end) continue;
          const candidate = text.slice(end - length, end);
          if (wanted.has(candidate)) found.add(candidate);
        }
      }
      return found;
    },
  };
}
