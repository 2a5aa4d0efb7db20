/**
 * The contents list of a long text: its main headings (`##`), so a parent can jump to "Bullying"
 * in a policy without scrolling through the sections before it. A short text has none: with
 * fewer than `CONTENTS_MINIMUM` main headings the list would only repeat what is on the screen.
 */

/** A heading as the Markdown processor records it: level, id (the link target) and text. */
export interface TextHeading {
  depth: number;
  slug: string;
  text: string;
}

/** How many main headings a text needs before it gets a contents list. */
export const CONTENTS_MINIMUM = 3;

/** The text's main headings to list, in order, or none when the text is short. Headings without an id or text cannot be linked to and are left out. */
export function contentsOf(headings: readonly TextHeading[], minimum = CONTENTS_MINIMUM): TextHeading[] {
  const main = headings.filter((h) => h.depth === 2 && h.slug !== '' && h.text.trim() !== '');
  return main.length >= minimum ? main : [];
}
