/**
 * The class updates list opens on the teacher's own class: the class of the last update saved on
 * this computer (admin/browser/checks.ts remembers it) is chosen in the list's "Filter by" menu, as
 * the teacher would choose it, the first time the list is shown each time the editor is opened.
 * Choosing another class, or none, works as before. Decap has no setting or public API for this,
 * so it is done through the menu itself (its state is Decap's own).
 */
import { CLASS_KEY, collections } from './decap';

const LIST = /^#\/collections\/classUpdates\/?$/;

/** The menu's button, by the words the locale gives it. */
function menuButton(words: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('[role=button], button')].find((b) => b.textContent?.trim() === words);
}

/** Filters the class updates list by the remembered class, once, when the list is first shown. */
export function openOnOwnClass(filterBy: string) {
  const filters = collections.find((c) => c.name === 'classUpdates')?.view_filters ?? [];
  let done = false;
  const apply = () => {
    if (done || !LIST.test(location.hash)) return;
    const own = localStorage.getItem(CLASS_KEY);
    const label = filters.find((f) => f.pattern === `^${own}$`)?.label;
    const button = label ? menuButton(filterBy) : undefined;
    if (!button) return;
    done = true;
    observer.disconnect();
    button.click();
    requestAnimationFrame(() => {
      const item = [...document.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent?.trim() === label);
      item?.click();
      // The menu stays open after a choice (several filters can be on): close it again.
      button.click();
    });
  };
  const observer = new MutationObserver(apply);
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('hashchange', apply);
}
