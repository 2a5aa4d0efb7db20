/**
 * Work done once per build. A build renders thousands of pages from the same content, and every
 * page asks for some of the same lists (the pages for the menu, the classes for their names):
 * reading, filtering and sorting a collection once instead of once per page keeps the build's
 * time in proportion to the number of pages, not pages × entries.
 */

/**
 * `load`, remembered after its first call while `enabled()` is true (a production build). Each
 * caller gets its own copy of the list, so a page that sorts or changes it cannot change what
 * other pages see. While `enabled()` is false (the development server, where editors see their
 * changes at once) every call loads afresh.
 */
export function memoiseList<T>(load: () => Promise<T[]>, enabled: () => boolean): () => Promise<T[]> {
  let remembered: Promise<T[]> | undefined;
  return async () => {
    if (!enabled()) return load();
    remembered ??= load();
    try {
      return [...(await remembered)];
    } catch (error) {
      // A failed load is not remembered, so the next page tries again and reports its own error.
      remembered = undefined;
      throw error;
    }
  };
}

/** `load`, computed once while `enabled()` is true; a fresh value each call otherwise. */
export function memoise<T>(load: () => Promise<T>, enabled: () => boolean): () => Promise<T> {
  let remembered: Promise<T> | undefined;
  return () => {
    if (!enabled()) return load();
    remembered ??= load().catch((error: unknown) => {
      remembered = undefined;
      throw error;
    });
    return remembered;
  };
}
